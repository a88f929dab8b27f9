"""Report periods (months) and 序时进度, the share of the time already passed.

A period is 'YYYY-MM'. The plan runs from January of its year to ``plan.last_period()``.
For a period, time elapsed is counted in whole months at the END of the chosen month (the
clerk reports a month once it is over): 2023-03 of a year target is 3/12 = 25.0%. For a
date it is counted in days, leap years included: 2024-02-29 is day 60 of 366.
A staged or dated target is measured over its own window: from the plan's first month to the
deadline that applies (targets are cumulative, so every stage starts at the plan start).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.errors import UserError
from desktop.messages import QT_TRANSLATE_NOOP

BAD_PERIOD = QT_TRANSLATE_NOOP("core", "月份“{0}”格式不对，应写作 YYYY-MM，例如 2023-03")

HUNDRED = Decimal(100)
ONE_PLACE = Decimal("0.1")


def parse(period: str) -> tuple[int, int]:
    try:
        year, month = period.split("-")
        y, m = int(year), int(month)
    except (AttributeError, ValueError):
        raise UserError(BAD_PERIOD, period) from None
    if len(year) != 4 or len(month) != 2 or not 1 <= m <= 12:
        raise UserError(BAD_PERIOD, period)
    return y, m


def make(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def first_period(plan) -> str:
    return make(plan.year, 1)


def plan_periods(plan) -> list[str]:
    """Every month the plan runs: its year, and the next where a stage or deadline reaches."""
    out, (y, m) = [], (plan.year, 1)
    last = plan.last_period()
    while make(y, m) <= last:
        out.append(make(y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def check_in_plan(plan, period: str) -> str:
    parse(period)
    if period not in plan_periods(plan):
        raise UserError(QT_TRANSLATE_NOOP("core", "月份 {0} 不在计划期内（{1} 至 {2}），请选择计划期内的月份"),
                        period, first_period(plan), plan.last_period())
    return period


def default_period(plan, today: date | None = None) -> str:
    """The current month, clamped into the plan's range.

    Once the whole plan is over, the plan year's December: the months after it carry only the
    staged targets, and a review after the fact is a review of the plan year."""
    today = today or date.today()
    current = make(today.year, today.month)
    if current > plan.last_period():
        return make(plan.year, 12)
    return max(current, first_period(plan))


def previous(period: str) -> str:
    y, m = parse(period)
    return make(y - 1, 12) if m == 1 else make(y, m - 1)


def label(period: str) -> str:
    """2023年3月, as the office writes a month."""
    y, m = parse(period)
    return f"{y}年{m}月"


def months_through(start: str, end: str) -> int:
    """Months from ``start`` to ``end``, both included (0 when end is before start)."""
    (y0, m0), (y1, m1) = parse(start), parse(end)
    return max(0, (y1 - y0) * 12 + (m1 - m0) + 1)


def stage_for(indicator, period: str):
    """The stage that applies on ``period``: the first whose deadline is not yet past; after the
    last deadline the last stage (the whole target) still applies. None for an unstaged target."""
    for stage in indicator.stages:
        if period <= stage.by:
            return stage
    return indicator.stages[-1] if indicator.stages else None


def window_end(plan, indicator, period: str) -> str:
    """The deadline that applies on ``period``: the stage's, the indicator's due month, or year end."""
    stage = stage_for(indicator, period)
    if stage is not None:
        return stage.by
    return indicator.due or make(plan.year, 12)


def elapsed_percent(plan, indicator, period: str) -> Decimal:
    """序时进度 at the end of ``period``, in percent, capped at 100."""
    start = first_period(plan)
    total = months_through(start, window_end(plan, indicator, period))
    passed = months_through(start, period)
    return min(HUNDRED, HUNDRED * passed / total).quantize(ONE_PLACE) if total else HUNDRED


def elapsed_on(day: date, start: date, end: date) -> Decimal:
    """Share of [start, end] passed at the end of ``day``, counted in days (leap years included)."""
    total = (end - start).days + 1
    passed = min(max((day - start).days + 1, 0), total)
    return (HUNDRED * passed / total).quantize(Decimal("0.01"))


def year_elapsed_on(day: date) -> Decimal:
    return elapsed_on(day, date(day.year, 1, 1), date(day.year, 12, 31))
