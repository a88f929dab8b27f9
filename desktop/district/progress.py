"""District progress per indicator, from the offices' merged month values (全区进度).

Counts, amounts and register-derived figures are summed over the months and the offices.
Rates take each office's latest value up to the period; the district figure is then the sum for
a rate whose target is shared out (``split = "share"``, e.g. community guards) and the plain
mean of the offices' values otherwise (``split = "same"``, e.g. the unemployment rate), reported
with how many offices meet the target themselves — an average can hide an office that does not.
Time elapsed (序时进度) is the share of the indicator's window passed at the end of the period,
and a staged target is judged at the stage in force, as the office's own grid judges it.
An office with no submission merged for the period is 未报送 on it, never 滞后: nobody can
tell from silence whether it is behind."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from db import carried as carried_rows
from db import ledger, merged, meta
from desktop.district.units import ReportingUnit, months_of, reporting_units
from desktop.plan.periods import elapsed_percent
from desktop.plan.model import Indicator, Plan
from desktop.plan.progress import applicable_target
from desktop.plan.statuses import BEHIND, DONE, MISSING, NOT_MET, ON_TRACK, progress_status
from desktop.unit import CITY_LEVEL

HUNDRED = Decimal(100)


@dataclass
class IndicatorProgress:
    indicator: Indicator
    target: Decimal | None                 # the target in force on the period (a stage's share)
    month: Decimal | None                  # the district figure for the period itself
    achieved: Decimal | None               # year to date (rates: latest)
    percent: Decimal | None                # achieved / target × 100 (at-least indicators)
    elapsed: Decimal
    status: str                            # done | on_track | behind | not_met | missing
    by_office: dict[str, Decimal | None] = field(default_factory=dict)
    office_percent: dict[str, Decimal | None] = field(default_factory=dict)
    behind: list[str] = field(default_factory=list)               # reported offices trailing
    not_reported: list[str] = field(default_factory=list)         # offices with nothing for the period
    meeting: tuple[int, int] | None = None  # rates: offices meeting the target / offices reporting
    monthly: list[Decimal | None] = field(default_factory=list)   # district figure month by month
    reporting: int = 0

    def __post_init__(self):
        progress_status(self.status)        # only a status of the registry can be answered


@dataclass
class DistrictProgress:
    period: str
    units: list[ReportingUnit]
    months: list[str]
    indicators: list[IndicatorProgress]
    reported: set[str]                      # units with a submission merged for the period
    reported_by_month: dict[str, set[str]] = field(default_factory=dict)


def _meets(ind: Indicator, value: Decimal | None, target: Decimal | None) -> bool:
    if value is None or target is None:
        return False
    return value <= target if ind.direction == "at_most" else value >= target


def _percent(value: Decimal | None, target: Decimal | None) -> Decimal | None:
    if value is None or not target:
        return None
    return value * HUNDRED / target


def _status(ind: Indicator, achieved, target, percent, elapsed) -> str:
    if achieved is None:
        return MISSING
    if target is None:
        return ON_TRACK
    if _meets(ind, achieved, target):
        return DONE
    if ind.direction == "at_most" or ind.kind == "rate":
        return NOT_MET
    return BEHIND if percent is not None and percent < elapsed else ON_TRACK


def _office_figure(ind: Indicator, series: dict[str, Decimal], months: list[str]) -> Decimal | None:
    """One office's year-to-date sum (or latest value, for rates) over ``months``."""
    values = [series[m] for m in months if m in series]
    if not values:
        return None
    return sum(values, Decimal(0)) if ind.sums_over_months else values[-1]


def _combine(ind: Indicator, figures: list[Decimal]) -> Decimal | None:
    if not figures:
        return None
    total = sum(figures, Decimal(0))
    if ind.kind == "rate" and ind.split != "share":
        return total / len(figures)
    return total


def office_target(plan: Plan, ind: Indicator, code: str) -> Decimal | None:
    """The unit's own target: its assignment, or the district's target when every office has it."""
    share = plan.assignments.get((code, ind.id))
    if share is None and ind.split == "same" and any(o.code == code for o in plan.offices):
        share = ind.target
    return share


def indicator_progress(plan: Plan, ind: Indicator, units: list[ReportingUnit], months: list[str],
                       values: dict[tuple[str, str], Decimal], reported: set[str] | None = None,
                       carried: dict[tuple[str, str], Decimal] | None = None) -> IndicatorProgress:
    """``carried``: the 累计 a district's report stated, (unit, period) -> figure (see city_ytd)."""
    series = {u.code: {m: values[(u.code, m)] for m in months if (u.code, m) in values} for u in units}
    period = months[-1] if months else f"{plan.year}-01"
    elapsed = elapsed_percent(plan, ind, period) if months else Decimal(0)
    by_office = {}
    for u in units:
        stated = city_ytd(ind, carried, u.code, months)
        by_office[u.code] = stated if stated is not None else _office_figure(ind, series[u.code], months)
    reported = {u.code for u in units} if reported is None else reported
    office_pct, behind, not_reported, meeting_count = {}, [], [], 0
    for u in units:
        share, figure = applicable_target(ind, office_target(plan, ind, u.code), period), by_office[u.code]
        office_pct[u.code] = _percent(figure, share) if ind.direction == "at_least" else None
        if share is None:
            continue
        if u.code not in reported:
            not_reported.append(u.code)
            continue
        if _meets(ind, figure, share):
            meeting_count += figure is not None
        elif ind.kind == "rate" or office_pct[u.code] is None or office_pct[u.code] < elapsed:
            behind.append(u.code)
    figures = [v for v in by_office.values() if v is not None]
    achieved = _combine(ind, figures)
    monthly = [_combine(ind, [s[m] for s in series.values() if m in s]) for m in months]
    target = applicable_target(ind, ind.target, period)
    percent = _percent(achieved, target) if ind.direction == "at_least" else None
    meeting = (meeting_count, len(figures)) if ind.kind == "rate" and target is not None else None
    return IndicatorProgress(
        indicator=ind, target=target, month=monthly[-1] if monthly else None, achieved=achieved,
        percent=percent, elapsed=elapsed, status=_status(ind, achieved, target, percent, elapsed),
        by_office=by_office, office_percent=office_pct, behind=behind, not_reported=not_reported,
        meeting=meeting, monthly=monthly, reporting=len(figures))


def city_ytd(ind: Indicator, carried, code: str, months: list[str]) -> Decimal | None:
    """A district's own 累计 of the latest month it reported, for what sums over months: its
    report says its year to date, which the months the city happens to hold may not add up to."""
    if not carried or not ind.sums_over_months:
        return None
    stated = [carried[(code, m)] for m in months if (code, m) in carried]
    return stated[-1] if stated else None


def month_values(rows) -> dict[str, dict[tuple[str, str], Decimal]]:
    """indicator id -> {(unit, period): value}, numbers only (不适用 and 未填 carry no figure)."""
    out: dict[str, dict] = defaultdict(dict)
    for unit, period, ind_id, value, state, _milestone, _done in rows:
        if state == "value" and value != "":
            out[ind_id][(unit, period)] = Decimal(value)
    return out


def office_level_indicators(plan: Plan) -> list[Indicator]:
    return [i for i in plan.indicators if i.scope == "office"]


def compute(db, plan: Plan, period: str) -> DistrictProgress:
    units, months = reporting_units(db, plan), months_of(plan, period)
    values = month_values(merged.values(db, str(plan.year)))
    by_month: dict[str, set[str]] = {m: set() for m in months}
    for r in ledger.in_force(db, str(plan.year)):
        if r["period"] in by_month:
            by_month[r["period"]].add(r["unit_code"])
    reported = by_month.get(period, set())
    # at a city every indicator, the districts' own too, comes from the districts' reports
    city = meta.get(db, "level", "") == CITY_LEVEL
    carried = month_values((u, p, i, v, "value", "", "") for u, p, i, v in carried_rows.carried_ytd(db, str(plan.year)))
    items = [indicator_progress(plan, ind, units, months, values.get(ind.id, {}), reported, carried.get(ind.id))
             for ind in (plan.indicators if city else office_level_indicators(plan))]
    return DistrictProgress(period=period, units=units, months=months, indicators=items, reported=reported,
                            reported_by_month=by_month)
