"""What a merge keeps beyond 本月 and the register rows: a district report's 累计 and register
sizes (for the level above), and the answers to feedback an office's revision carries.

A district report states each indicator's year to date in 累计; the city takes it as the
district's year to date instead of summing the months it happens to hold (with only December
merged that sum would be December alone). Its 台账汇总 sheet says how many records each
register has per office, which the city carries up as the district's counts."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from db import carried
from db import feedback as feedback_rows
from desktop.plan.model import Plan
from desktop.district.register_summary import SUMMARY_SHEET, carried_counts as summary_counts
from desktop.exchange.submission_format import IND, INDICATOR_SHEET
from desktop.exchange.submission_read import ContentError
from desktop.exchange.workbook.reader import Reading
from desktop.messages import QT_TRANSLATE_NOOP

UPPER_ROLES = ("district", "city")


def carried_ytd(plan: Plan, reading: Reading) -> list[tuple[str, str]]:
    """(indicator_id, 累计) of a district's report; nothing for an office's workbook."""
    if reading.meta.get("unit_role") not in UPPER_ROLES:
        return []
    out = []
    for n, row in enumerate(reading.sheets.get(INDICATOR_SHEET, [])[1:], start=2):
        if len(row) <= IND["累计"] or row[IND["累计"]] == "":
            continue
        text = row[IND["累计"]].strip()
        try:
            ok = Decimal(text).is_finite()
        except InvalidOperation:
            ok = False
        if not ok:
            raise ContentError(QT_TRANSLATE_NOOP("core", "指标进度第{0}行的累计 {1} 不是数字"), n, repr(text))
        out.append((row[0], text))
    return out


def register_counts(plan: Plan, reading: Reading) -> dict[str, int]:
    """register id -> records, summed over the offices of the report's 台账汇总."""
    if reading.meta.get("unit_role") not in UPPER_ROLES:
        return {}
    try:
        return summary_counts(plan, reading.sheets.get(SUMMARY_SHEET, []))
    except ValueError as exc:
        raise ContentError(str(exc)) from None


def record_carried(db, unit: str, period: str, revision: int, answers: list[tuple], ytd: list[tuple],
                   counts: dict[str, int] | None = None) -> None:
    """Inside the merge's transaction: the answers, the carried 累计 and the register counts."""
    if answers:
        feedback_rows.record_answers(db, unit, period, revision, answers)
    if ytd:
        carried.set_ytd(db, unit, period, ytd)
    if counts:
        latest = carried.counts_period(db, unit)
        if latest is None or latest <= (period, revision):
            carried.set_register_counts(db, unit, period, revision, counts)
