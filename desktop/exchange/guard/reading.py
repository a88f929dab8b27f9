"""Read a guarded workbook with python-calamine: every sheet's cells, as calamine gives them.

``load_book`` is what the reading child runs (``child``); ``read_book`` and ``read_books`` are
what callers use. An .xls is an OLE file the zip guard cannot look into, so its sheets are
measured after calamine has parsed them and before any Python object is made of them."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .limits import DEFAULT_LIMITS, Limits, UnsafeWorkbook
from desktop.messages import Message, QT_TRANSLATE_NOOP

XLS_HEADROOM = 200 * 1024 * 1024     # what calamine may map for one .xls, beyond the child's own


@dataclass
class Book:
    names: list[str]
    visible: list[bool]
    sheets: dict[str, list[list]] = field(default_factory=dict)    # name → rows from A1


def _unreadable(path: Path, exc: BaseException, sheet: str = "") -> UnsafeWorkbook:
    where = f"中的工作表「{sheet}」" if sheet else ""
    return UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "无法读取工作簿 {0}{1}（文件可能不完整或不是 Excel 文件）：{2}"),
                                  path.name, where, exc), "malformed")


def load_book(path: Path | str, guard: bool = True, limits: Limits = DEFAULT_LIMITS) -> Book:
    """The guard, then every sheet. ``guard=False`` only for a file this program has just written."""
    from python_calamine import CalamineWorkbook

    from . import check_file

    path = Path(path)
    kind = check_file(path, limits) if guard else "xlsx"
    if kind == "xls":
        from .child import headroom

        with headroom(XLS_HEADROOM):
            return _read(path, kind, limits, CalamineWorkbook)
    return _read(path, kind, limits, CalamineWorkbook)


def _read(path: Path, kind: str, limits: Limits, CalamineWorkbook) -> Book:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        metas = workbook.sheets_metadata
    except Exception as exc:       # calamine raises its own error types for damaged files
        raise _unreadable(path, exc) from None
    names = [m.name for m in metas]
    book = Book(names, [str(m.visible).endswith("Visible") and not str(m.visible).endswith("Hidden") for m in metas])
    area = 0
    try:
        for index, name in enumerate(names):
            try:
                sheet = workbook.get_sheet_by_index(index)
            except Exception as exc:
                raise _unreadable(path, exc, name) from None
            if kind == "xls":          # what the zip guard checks for .xlsx, measured here
                last = sheet.end       # (row, column) from 0 of the last cell; rows are read from A1
                height, width = (last[0] + 1, last[1] + 1) if last else (0, 0)
                area += height * width
                if (height > limits.max_rows or width > limits.max_columns or height * width > limits.max_cells
                        or area > limits.max_total_area):
                    raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 的工作表「{1}」有 {2} 行、{3} 列，超出本程序接受的范围（{4} 行、{5} 列），已拒绝"),
                                                 path.name, name, format(height, ','), width, format(limits.max_rows, ','), limits.max_columns))
            book.sheets[name] = sheet.to_python(skip_empty_area=False)
    finally:
        workbook.close()
    return book


BOOK_JOB = load_book          # what the reading child runs for each file (a test may replace it)


def read_book(path: Path | str) -> Book:
    """One untrusted workbook, guarded and read in the reading child."""
    from .child import run_in_child

    return run_in_child(BOOK_JOB, Path(path))


def read_books(paths: Iterable[Path]) -> Iterator[tuple[Path, Book | UnsafeWorkbook]]:
    """Each workbook's book or its refusal, in order; the next file is read while the caller
    works on this one."""
    from .child import run_ahead

    return run_ahead(BOOK_JOB, [Path(p) for p in paths])
