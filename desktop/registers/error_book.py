"""The workbook of rows an import left out: the clerk's own columns, then 错误原因 and the row
number in the original file, so each row can be fixed and imported again. It is personal data:
it needs export_personal_data, is audited, and for a role without view_full_id the ID cells are
masked and birth dates left out (the row number finds the row in the original file). ID and
phone columns are text cells formatted as text (@): an ID retyped there keeps all 18 digits."""
from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook

from desktop.registers import cn_id, personal_export
from desktop.security.auth import User
from desktop.plan.model import Register
from desktop.exchange.xlsx_cells import text_cell, value_cell

from .field_types import of
from .importer import ImportResult, ImportSource
from .privacy import hides, shown_value

def _masker(register: Register, mapping: list[str | None], role: str):
    """cells -> cells as ``role`` may see them: mapped ID/birth/age columns, and any other cell
    that is a valid resident ID."""
    fields = {f.id: f for f in register.fields}
    hidden = {i: fields[fid] for i, fid in enumerate(mapping) if fid in fields and hides(fields[fid], role)}

    def shown(i: int, cell):
        if i in hidden:
            return shown_value(hidden[i], cell, role) if cell not in (None, "") else cell
        if isinstance(cell, str) and len(cn_id.normalize(cell)) in (15, 18):
            try:
                return cn_id.mask(cn_id.parse(cell).number)
            except cn_id.IdError:
                return cell
        return cell
    return lambda cells: [shown(i, c) for i, c in enumerate(cells)]


def _as_text(cell) -> str:
    """A cell as the clerk sees it; a whole number read as float loses its '.0'."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return "" if cell is None else str(cell)


def write_error_workbook(db, path: Path | str, source: ImportSource, result: ImportResult, *,
                         user: User, register: Register, mapping: list[str | None] | None = None) -> Path:
    """``mapping``: the column → field mapping the import used (default: the suggested one); it
    also tells which columns hold IDs and phones."""
    personal_export.require_export(user)
    whole = personal_export.full_ids(user)
    mapping = source.mapping if mapping is None else mapping
    masked = (lambda cells: list(cells)) if whole else _masker(register, mapping, user.role)
    path = Path(path)
    text_cells = {f.id for f in register.fields if of(f).text_cell}
    textual = {i for i, fid in enumerate(mapping) if fid in text_cells}
    book = Workbook(write_only=True)
    ws = book.create_sheet("未导入的行")
    ws.freeze_panes = "A2"
    ws.append([text_cell(ws, h) for h in source.layout.headers] + [text_cell(ws, "错误原因"),
                                                                   text_cell(ws, "原文件行号")])
    for problem in result.problems:
        ws.append([text_cell(ws, _as_text(c)) if i in textual else value_cell(ws, c if c != "" else None)
                   for i, c in enumerate(masked(problem.cells))]
                  + [text_cell(ws, problem.reason), value_cell(ws, problem.row_number)])
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    os.replace(tmp, path)   # never leave half a workbook under the real name
    personal_export.record(db, user, f"台账「{register.name}」未导入的行（{source.path.name}）",
                           len(result.problems), path, whole_ids=whole)
    return path
