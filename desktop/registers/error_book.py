"""The workbook of rows an import left out: the clerk's own columns, then 错误原因 and the row
number in the original file, so each row can be fixed and imported again. ID and phone columns
are text cells formatted as text (@): an ID retyped there keeps all 18 digits."""
from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook

from desktop.xlsx_cells import text_cell, value_cell

from .importer import ImportResult, ImportSource

TEXT_TYPES = ("cn_id", "phone")


def _as_text(cell) -> str:
    """A cell as the clerk sees it; a whole number read as float loses its '.0'."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return "" if cell is None else str(cell)


def write_error_workbook(path: Path | str, source: ImportSource, result: ImportResult, *,
                         register=None, mapping: list[str | None] | None = None) -> Path:
    """``register`` and ``mapping`` (the column match used) tell which columns hold IDs and phones."""
    path = Path(path)
    types = {f.id: f.type for f in register.fields} if register is not None else {}
    mapping = source.mapping if mapping is None else mapping
    textual = {i for i, fid in enumerate(mapping) if types.get(fid) in TEXT_TYPES}
    book = Workbook(write_only=True)
    ws = book.create_sheet("未导入的行")
    ws.freeze_panes = "A2"
    ws.append([text_cell(ws, h) for h in source.layout.headers] + [text_cell(ws, "错误原因"),
                                                                   text_cell(ws, "原文件行号")])
    for problem in result.problems:
        ws.append([text_cell(ws, _as_text(c)) if i in textual else value_cell(ws, c if c != "" else None)
                   for i, c in enumerate(problem.cells)]
                  + [text_cell(ws, problem.reason), value_cell(ws, problem.row_number)])
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    os.replace(tmp, path)   # never leave half a workbook under the real name
    return path
