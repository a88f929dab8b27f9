"""The workbook of rows an import left out: the clerk's own columns, then 错误原因 and the row
number in the original file, so each row can be fixed and imported again."""
from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook

from desktop.xlsx_cells import text_cell, value_cell

from .importer import ImportResult, ImportSource


def write_error_workbook(path: Path | str, source: ImportSource, result: ImportResult) -> Path:
    path = Path(path)
    book = Workbook(write_only=True)
    ws = book.create_sheet("未导入的行")
    ws.freeze_panes = "A2"
    ws.append([text_cell(ws, h) for h in source.layout.headers] + [text_cell(ws, "错误原因"),
                                                                   text_cell(ws, "原文件行号")])
    for problem in result.problems:
        ws.append([value_cell(ws, c if c != "" else None) for c in problem.cells]
                  + [text_cell(ws, problem.reason), value_cell(ws, problem.row_number)])
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    os.replace(tmp, path)   # never leave half a workbook under the real name
    return path
