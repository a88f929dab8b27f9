"""What the district takes from a verified submission: each indicator's 本月 and the register rows.

Works on the canonical rows of a ``Reading`` (strings, header first), laid out as
``desktop.exchange.submission_format`` says. A district's consolidated report has the same 指标进度 sheet
and no office register sheets, so a level above merges it with the same code."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from desktop.errors import UserError
from desktop.plan.model import Plan
from desktop.exchange.submission_format import (IND, INDICATOR_SHEET, MISSING, NOT_APPLICABLE, log_sheet_name,
                                       register_sheet_name)

MILESTONE_STATES = ("未启动", "推进中", "已完成")


class ContentError(UserError):
    """A signed file whose content does not fit the plan's layout (reported as malformed)."""


@dataclass
class Content:
    values: list[tuple] = field(default_factory=list)    # (indicator_id, value, state, milestone, done_on)
    records: list[tuple] = field(default_factory=list)   # (sheet, record_no, id_number, cells_json)


def month_value(text: str) -> tuple[str, str, str]:
    """(value, state, milestone) of one 本月 cell."""
    text = text.strip()
    if text in MILESTONE_STATES:
        return "", "milestone", text
    if text == NOT_APPLICABLE:
        return "", "na", ""
    if text in ("", MISSING):
        return "", "missing", ""
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ContentError(f"本月值 {text!r} 不是数字、不适用、未填或节点状态") from None
    if not number.is_finite():
        raise ContentError(f"本月值 {text!r} 不是有效数字")
    return text, "value", ""


def _cell(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


def indicator_values(plan: Plan, rows: list[list[str]]) -> list[tuple]:
    known = {i.id for i in plan.indicators}
    out, seen = [], set()
    for n, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        ind_id = row[0]
        if ind_id not in known:
            raise ContentError(f"指标进度第{n}行的编号 {ind_id!r} 不在计划中")
        if ind_id in seen:
            raise ContentError(f"指标进度中编号 {ind_id} 出现了两次")
        seen.add(ind_id)
        try:
            value, state, milestone = month_value(_cell(row, IND["本月"]))
        except ContentError as exc:
            raise ContentError(f"指标进度第{n}行：{exc.message}") from None
        out.append((ind_id, value, state, milestone, _cell(row, IND["完成日期"])))
    return out


def register_records(plan: Plan, sheets: dict[str, list[list[str]]]) -> list[tuple]:
    out = []
    for reg in plan.registers:
        rows = sheets.get(register_sheet_name(reg))
        if rows is None:
            continue
        id_col = next((i + 1 for i, f in enumerate(reg.fields) if f.type == "cn_id"), None)
        name = register_sheet_name(reg)
        for row in rows[1:]:
            if row:
                ident = _cell(row, id_col).upper() if id_col else ""
                out.append((name, _record_no(row), ident, json.dumps(row, ensure_ascii=False)))
        for log in reg.logs:
            lname = log_sheet_name(reg, log)
            for row in sheets.get(lname, [])[1:]:
                if row:
                    out.append((lname, _record_no(row), "", json.dumps(row, ensure_ascii=False)))
    return out


def _record_no(row: list[str]) -> int | None:
    return int(row[0]) if row and row[0].lstrip("-").isdigit() else None


def read_content(plan: Plan, sheets: dict[str, list[list[str]]]) -> Content:
    if INDICATOR_SHEET not in sheets:
        raise ContentError(f"文件中没有「{INDICATOR_SHEET}」工作表")
    return Content(values=indicator_values(plan, sheets[INDICATOR_SHEET]), records=register_records(plan, sheets))
