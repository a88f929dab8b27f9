"""How large a month's figure can plausibly be. Above this bound a value is refused whatever
the note says: 99,999,999,999 disabled persons served is a typing slip, not an unusual month.

The plan may set the bound per indicator (``max_month``); otherwise it follows from the
office's annual target: ten times the whole year's target in a single month, never below a
small floor (targets of 2 or 3 still allow an ordinary month). An indicator without a target
is bounded only by a ceiling no street office reaches.
"""
from __future__ import annotations

from decimal import Decimal

from desktop.entry.rows import unit_target
from desktop.errors import UserError
from desktop.plan.formatting import number
from desktop.messages import QT_TRANSLATE_NOOP, Message

TARGET_FACTOR = Decimal(10)
FLOOR = Decimal(100)
CEILING = Decimal(1_000_000)


def month_bound(plan, unit, indicator) -> tuple[Decimal, Message]:
    """(the largest plausible month value, how it was set, in words)."""
    if indicator.max_month is not None:
        return indicator.max_month, Message(QT_TRANSLATE_NOOP("core", "计划规定的每月上限"))
    target, _ = unit_target(plan, unit, indicator)
    if indicator.kind == "rate" and indicator.unit == "%":
        return Decimal(100), Message(QT_TRANSLATE_NOOP("core", "百分比"))
    if target:
        bound = max(TARGET_FACTOR * target, FLOOR)
        return bound, Message(QT_TRANSLATE_NOOP("core", "按全年任务 {0}{1} 的 {2} 倍计"), number(target), indicator.unit,
                              number(TARGET_FACTOR))
    return CEILING, Message(QT_TRANSLATE_NOOP("core", "无全年任务的指标的上限"))


def check_bound(plan, unit, indicator, value: Decimal) -> None:
    bound, why = month_bound(plan, unit, indicator)
    if value > bound:
        raise UserError(QT_TRANSLATE_NOOP("core", "「{0}」本月 {1}{2} 超出合理范围（每月至多 {3}{2}，{4}），未保存。"
                                          "请核对是否多输了数字；如确有此数，请联系区里在计划中调整该指标的每月上限"),
                        indicator.name, number(value), indicator.unit, number(bound), why)
