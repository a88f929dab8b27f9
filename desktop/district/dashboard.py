"""What the district 工作台 shows: every indicator's district figure against its target and
序时进度, which offices are behind, and the district's own indicators.

Office-level indicators come from the offices' merged figures (``district_progress``);
district-only ones (GDP, fiscal revenue, named works) from the district's own entries, read
through ``progress_rows`` exactly as the entry page reads them, so the two pages agree.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from desktop.district import city_milestones, progress as district_progress
from desktop.entry.dashboard import AreaProgress, monthly_series
from desktop.district.progress import office_target
from desktop.district.units import ReportingUnit
from desktop.entry.rows import progress_rows
from desktop.entry.values import EntryValue
from desktop.plan.model import Area, Indicator
from desktop.plan.progress import HUNDRED, completion_percent
from desktop.plan.statuses import BEHIND, NOT_MET

ONE_PLACE = Decimal("0.1")
LAGGING = (BEHIND, NOT_MET)             # not_met: a rate the district average misses (district_progress)


@dataclass(frozen=True)
class OfficeFigure:
    """One office's part of an office-level indicator."""
    unit: ReportingUnit
    target: Decimal | None                 # the office's share (or the common target)
    achieved: Decimal | None
    percent: Decimal | None
    behind: bool
    reported: bool                         # a submission for the period is merged


@dataclass(frozen=True)
class IndicatorRow:
    indicator: Indicator
    area: Area
    district_only: bool                    # entered by the district itself
    target: Decimal | None
    month: EntryValue | None               # the period's district figure (None: nothing)
    achieved: Decimal | None               # year to date, or latest for rates
    milestone: EntryValue | None           # the latest status of a named deliverable
    completion: Decimal | None             # percent, one decimal
    elapsed: Decimal
    status: str
    reporting: int | None                  # offices with a figure; None for district-only
    behind: tuple[ReportingUnit, ...] = ()
    offices: tuple[OfficeFigure, ...] = ()
    monthly: tuple[tuple[str, EntryValue | None], ...] = ()
    progress: str = ""                     # district-only: 完成/正常/滞后 on the figures so far, even
                                           # when this month is empty (desktop.plan.progress.Assessment)

    @property
    def lagging(self) -> bool:
        return self.status in LAGGING


@dataclass(frozen=True)
class OfficeBehind:
    unit: ReportingUnit
    count: int                             # indicators on which the office trails
    reported: bool


@dataclass(frozen=True)
class DistrictOverview:
    period: str
    units: list[ReportingUnit]
    reported: int
    rows: list[IndicatorRow]
    areas: list[AreaProgress]
    offices_behind: list[OfficeBehind]

    def row(self, indicator_id: str) -> IndicatorRow:
        return next(r for r in self.rows if r.indicator.id == indicator_id)


def _value(number: Decimal | None) -> EntryValue | None:
    return None if number is None else EntryValue("value", number)


def _office_row(plan, ip, progress, names) -> IndicatorRow:
    ind = ip.indicator
    completion = completion_percent(ind, ip.achieved, ip.target)
    offices = tuple(OfficeFigure(unit=u, target=office_target(plan, ind, u.code), achieved=ip.by_office.get(u.code),
                                 percent=ip.office_percent.get(u.code), behind=u.code in ip.behind,
                                 reported=u.code in progress.reported) for u in progress.units)
    return IndicatorRow(
        indicator=ind, area=plan.area(plan.measure(ind.measure_id).area_id), district_only=False,
        target=ip.target, month=_value(ip.month), achieved=ip.achieved, milestone=None, completion=completion,
        elapsed=ip.elapsed.quantize(ONE_PLACE), status=ip.status, reporting=ip.reporting,
        behind=tuple(names[c] for c in ip.behind), offices=offices,
        monthly=tuple((m, _value(v)) for m, v in zip(progress.months, ip.monthly)))


def _own_row(db, plan, unit, r) -> IndicatorRow:
    return IndicatorRow(
        indicator=r.indicator, area=r.area, district_only=True, target=r.target, month=r.month,
        achieved=r.ytd, milestone=r.assessment.milestone, completion=r.completion, elapsed=r.elapsed,
        status=r.status, reporting=None,
        monthly=tuple(monthly_series(db, plan, unit, r.indicator.id, r.period)), progress=r.assessment.progress)


def _city_milestones(db, plan, progress, period: str, names) -> dict[str, IndicatorRow]:
    stated = city_milestones.stated(db, plan, period)
    out = {}
    for ind in (i for i in plan.indicators if i.kind == "milestone"):
        f = city_milestones.combined(plan, ind, stated.get(ind.id, {}), progress.units, period)
        out[ind.id] = IndicatorRow(
            indicator=ind, area=plan.area(plan.measure(ind.measure_id).area_id), district_only=False, target=None,
            month=f["month"], achieved=None, milestone=f["milestone"], completion=f["completion"],
            elapsed=f["elapsed"].quantize(ONE_PLACE), status=f["status"], reporting=f["reporting"],
            behind=f["behind"], progress=f["progress"])
    return out


def _mean(values: list[Decimal]) -> Decimal | None:
    return (sum(values, Decimal(0)) / len(values)).quantize(ONE_PLACE) if values else None


def area_progress(rows: list[IndicatorRow]) -> list[AreaProgress]:
    """As on the office 工作台: mean completion (each capped at 100%) against mean 序时进度."""
    groups: dict[str, list[IndicatorRow]] = {}
    for r in rows:
        groups.setdefault(r.area.id, []).append(r)
    out = []
    for group in groups.values():
        measured = [r for r in group if r.target is not None or r.indicator.kind == "milestone"]
        out.append(AreaProgress(
            area=group[0].area, completion=_mean([min(r.completion or Decimal(0), HUNDRED) for r in measured]),
            elapsed=_mean([r.elapsed for r in measured] or [group[0].elapsed]),
            indicators=len(group), behind=sum(1 for r in group if r.lagging)))
    return out


def offices_behind(progress) -> list[OfficeBehind]:
    """Offices trailing on at least one indicator, most first (ties in the plan's office order),
    then the offices that sent nothing for the period (count 0: 未报送, not 滞后)."""
    counts = Counter(code for ip in progress.indicators for code in ip.behind)
    ranked = sorted((u for u in progress.units if counts[u.code]), key=lambda u: -counts[u.code])
    silent = [u for u in progress.units if u.code not in progress.reported and not counts[u.code]]
    return [OfficeBehind(u, counts[u.code], u.code in progress.reported) for u in ranked + silent]


def overview(db, plan, unit, period: str, progress=None) -> DistrictOverview:
    """``progress``: the period's district_progress.compute, when the caller already has it."""
    progress = progress or district_progress.compute(db, plan, period)
    names = {u.code: u for u in progress.units}
    by_id = {ip.indicator.id: _office_row(plan, ip, progress, names) for ip in progress.indicators}
    if not unit.is_city:     # a city's district-level figures are its districts'
        by_id.update({r.indicator.id: _own_row(db, plan, unit, r) for r in progress_rows(db, plan, unit, period)})
    else:                    # and its milestones their stated statuses
        by_id.update(_city_milestones(db, plan, progress, period, names))
    rows = [by_id[i.id] for i in _plan_order(plan) if i.id in by_id]
    return DistrictOverview(period=period, units=progress.units, reported=len(progress.reported), rows=rows,
                            areas=area_progress(rows), offices_behind=offices_behind(progress))


def _plan_order(plan) -> list[Indicator]:
    area_order = {a.id: n for n, a in enumerate(plan.areas)}
    position = {i.id: n for n, i in enumerate(plan.indicators)}
    return sorted(plan.indicators, key=lambda i: (area_order[plan.measure(i.measure_id).area_id], position[i.id]))

