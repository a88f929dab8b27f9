"""A register (and its child logs) as an .xlsx: Chinese headers, typed cells, ID and phone
numbers as text, frozen header row with filters. Written atomically. Personal data: needs
export_personal_data, masks IDs (and leaves out birth dates, ages as bands) for a role without
view_full_id, and is audited with the number of rows."""
from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from desktop.registers import personal_export
from desktop.security.auth import User
from desktop.plan.model import Field, Plan
from desktop.exchange.submission_format import column_for
from desktop.exchange.workbook.print_layout import column_width, set_page
from desktop.exchange.xlsx_cells import text_cell, value_cell

from .field_types import of

from .privacy import hides, shown_value

from .records import iter_log_rows, iter_records
from .schema import name_field


def cell_for(ws, f: Field, value):
    return of(f).cell(ws, f, value)


def _hidden_cell(ws, shown):
    """A masked ID or an age band as text; a left-out birth date as an empty cell."""
    return text_cell(ws, shown) if shown else value_cell(ws, None)


def _sheet(book, title: str, headers: list[str], text_columns: list[int], fields: list[Field], lead: int):
    """A sheet of ``lead`` key columns, then one per field, sized and set up to print readably."""
    ws = book.create_sheet(title[:31])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}1"
    widths = [10.0] * lead + [column_width(column_for(f)) for f in fields]
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    for i in text_columns:
        ws.column_dimensions[get_column_letter(i + 1)].number_format = "@"
    set_page(ws, widths, title=title)
    return ws


def export_register(db, plan: Plan, register_id: str, office: str, path: Path | str, *, user: User) -> int:
    personal_export.require_export(user)
    register = plan.register(register_id)
    fields = register.fields
    whole = personal_export.full_ids(user)
    hidden = [not whole and hides(f, user.role) for f in fields]
    text_typed = [of(f).text_cell or h for f, h in zip(fields, hidden)]
    book = Workbook(write_only=True)
    ws = _sheet(book, register.name, ["序号"] + [f.label for f in fields],
                [i + 1 for i, t in enumerate(text_typed) if t], fields, 1)
    ws.append([text_cell(ws, "序号")] + [text_cell(ws, f.label) for f in fields])
    count, names = 0, {}
    key = name_field(register)
    for rec in iter_records(db, plan, register_id, office):
        count += 1
        ws.append([value_cell(ws, rec.id)] + [
            _hidden_cell(ws, shown_value(f, rec.values[f.id], user.role)) if h else cell_for(ws, f, rec.values[f.id])
            for f, h in zip(fields, hidden)])
        if register.logs and key:
            names[rec.id] = rec.values.get(key.id)
    for log in register.logs:
        lws = _sheet(book, f"{register.name}-{log.name}", ["记录序号", "姓名"] + [f.label for f in log.fields], [],
                     log.fields, 2)
        lws.append([text_cell(lws, "记录序号"), text_cell(lws, key.label if key else "")]
                   + [text_cell(lws, f.label) for f in log.fields])
        for row in iter_log_rows(db, plan, register_id, log.id, office):
            lws.append([value_cell(lws, row.record_id), value_cell(lws, names.get(row.record_id))]
                       + [cell_for(lws, f, row.values[f.id]) for f in log.fields])
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    os.replace(tmp, path)
    personal_export.record(db, user, f"台账「{register.name}」", count, path, whole_ids=whole)
    return count
