"""What the 工作台 tells: per area how far along against 序时进度, and what needs attention.

Area progress is the mean completion of the area's indicators that have a target (each
capped at 100%, milestones counting 0 / 50 / 100), against the mean of their 序时进度.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.entry.rows import ProgressRow, all_values, progress_rows, reaches
from desktop.entry.values import EntryValue
from desktop.plan.periods import first_period, plan_periods, previous
from desktop.plan.model import Area
from desktop.plan.progress import HUNDRED
from desktop.plan.statuses import BEHIND

ONE_PLACE = Decimal("0.1")


@dataclass(frozen=True)
class AreaProgress:
    area: Area
    completion: Decimal | None     # mean percent, None when nothing in the area has a target
    elapsed: Decimal
    indicators: int
    behind: int


@dataclass(frozen=True)
class Overview:
    period: str
    areas: list[AreaProgress]
    behind: list[ProgressRow]              # 滞后 on the figures so far (this month filled or not);
                                           # overdue milestones are listed apart
    overdue_milestones: list[ProgressRow]
    unfilled_last_month: list[ProgressRow]
    last_month: str | None


def _mean(values: list[Decimal]) -> Decimal | None:
    return (sum(values, Decimal(0)) / len(values)).quantize(ONE_PLACE) if values else None


def area_progress(rows: list[ProgressRow]) -> list[AreaProgress]:
    out: dict[str, list[ProgressRow]] = {}
    for r in rows:
        out.setdefault(r.area.id, []).append(r)
    result = []
    for group in out.values():
        measured = [r for r in group if r.target is not None or r.indicator.kind == "milestone"]
        done = [min(r.completion or Decimal(0), HUNDRED) for r in measured]
        result.append(AreaProgress(
            area=group[0].area, completion=_mean(done),
            elapsed=_mean([r.elapsed for r in measured] or [group[0].elapsed]),
            indicators=len(group), behind=sum(1 for r in group if r.assessment.progress == BEHIND)))
    return result


@dataclass(frozen=True)
class DashboardData:
    """What the 工作台 shows for a month, read in one go (the window reads it on a worker: the
    register figures scan whole registers) — the overview and every indicator's months."""
    overview: Overview
    values: dict[str, dict[str, EntryValue]]

    def series(self, plan, indicator_id: str) -> list[tuple[str, EntryValue | None]]:
        return series_of(plan, self.values, indicator_id, self.overview.period)


def dashboard_data(db, plan, unit, period: str) -> DashboardData:
    return DashboardData(overview(db, plan, unit, period), all_values(db, plan, unit))


def overview(db, plan, unit, period: str) -> Overview:
    rows = progress_rows(db, plan, unit, period)
    last = previous(period) if period > first_period(plan) else None
    unfilled = []
    if last is not None:
        unfilled = [r for r in progress_rows(db, plan, unit, last) if r.editable and r.month is None]
    overdue = [r for r in rows if r.assessment.overdue]
    behind = [r for r in rows if r.assessment.progress == BEHIND and not r.assessment.overdue]
    return Overview(period, area_progress(rows), behind, overdue, unfilled, last)


def monthly_series(db, plan, unit, indicator_id: str, through: str) -> list[tuple[str, EntryValue | None]]:
    """(period, value) for every month the indicator is reported, through ``through``."""
    return series_of(plan, all_values(db, plan, unit), indicator_id, through)


def series_of(plan, all_months: dict[str, dict[str, EntryValue]], indicator_id: str,
              through: str) -> list[tuple[str, EntryValue | None]]:
    values = all_months.get(indicator_id, {})
    indicator = plan.indicator(indicator_id)
    return [(p, values.get(p)) for p in plan_periods(plan) if p <= through and reaches(plan, indicator, p)]
