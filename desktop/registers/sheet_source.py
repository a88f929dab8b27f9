"""Read the first visible, non-empty sheet of an .xlsx or .xls file, or a CSV file, into rows of
cells, behind the guard.

Cells come as calamine gives them: str, float, int, bool, date, datetime; '' for empty. A
workbook is guarded and parsed in the reading child (a reader's crash refuses the file, it does
not end the program); a CSV is read here, streaming and bounded (``workbook_guard.delimited``)."""
from __future__ import annotations

from pathlib import Path

from desktop.exchange.guard import kind_of, regular_size
from desktop.exchange.guard.delimited import read_csv
from desktop.exchange.guard.reading import read_book


def read_rows(path: Path | str) -> list[list]:
    path = Path(path)
    if kind_of(path) == "csv":
        return read_csv(path)
    regular_size(path)                   # a FIFO or a folder is refused before a child is started
    book = read_book(path)
    for name, visible in zip(book.names, book.visible):
        rows = book.sheets.get(name, [])
        if visible and any(any(c != "" for c in r) for r in rows):
            return rows
    return []
