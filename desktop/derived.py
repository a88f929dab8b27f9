"""Indicator figures computed from the registers (台账). The registers feature fills this in."""
from __future__ import annotations

from decimal import Decimal


def derived_month_values(db, plan, office_code: str, indicator) -> dict[str, Decimal]:
    """Period 'YYYY-MM' → the month's figure for a derived indicator of one office."""
    return {}


def describe_source(plan, indicator) -> str:
    """Where a derived figure comes from, in the office's words."""
    source = indicator.source or {}
    try:
        register = plan.register(source.get("register", ""))
    except KeyError:
        return "由台账自动统计"
    fields = list(register.fields)
    log_name = ""
    if source.get("log"):
        log = next((lg for lg in register.logs if lg.id == source["log"]), None)
        if log is not None:
            fields, log_name = list(log.fields), f"「{log.name}」"

    def label(field_id: str | None) -> str:
        return next((f.label for f in fields if f.id == field_id), field_id or "")

    how = f"合计「{label(source.get('field'))}」" if source.get("aggregate") == "sum" else "计数"
    where = ""
    for field_id, allowed in (source.get("where") or {}).items():
        where += f"，「{label(field_id)}」为{'或'.join(allowed)}"
    return (f"由台账「{register.name}」{log_name}按「{label(source.get('date_field'))}」"
            f"所在月份自动统计（{how}{where}）")
