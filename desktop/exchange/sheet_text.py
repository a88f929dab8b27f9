"""Tab-separated text, the way Excel and WPS put a copied block on the clipboard.

Rows end with CR LF (or LF), cells are separated by tabs, and a cell holding a tab, a line
break or a quote is quoted with doubled quotes inside. Parsed with the csv module (a real
parser, not a split), so a quoted cell with a line break stays one cell.
"""
from __future__ import annotations

import csv
import io


def parse(text: str) -> list[list[str]]:
    """The block as rows of cells; the trailing line break Excel adds gives no empty row."""
    if not text:
        return []
    rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter="\t")]
    while rows and all(c == "" for c in rows[-1]):
        rows.pop()
    return rows


def format_rows(rows: list[list[str]]) -> str:
    """Rows as Excel writes them, so a copied block pastes back into Excel cell for cell."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow(["" if c is None else str(c) for c in row])
    return out.getvalue()
