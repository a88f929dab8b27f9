"""What the entry grid, the dashboard and the export read: one row per indicator and month.

``progress_rows(db, plan, unit, period)`` is the one read path: the office's (or, in a district
database, the district's) indicators in plan order, with this month's value, year to date,
target and stage target, completion %, 序时进度 and status.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from db import entries as entry_rows
from desktop.entry import derived
from desktop.entry.values import EntryValue, from_row
from desktop.plan.formatting import number
from desktop.plan.periods import elapsed_percent, stage_for
from desktop.plan.model import Area, Indicator, Measure, Stage
from desktop.plan.progress import Assessment, assess


@dataclass(frozen=True)
class ProgressRow:
    indicator: Indicator
    area: Area
    measure: Measure
    period: str
    target: Decimal | None          # this unit's whole target
    stretch: Decimal | None         # 力争
    stage: Stage | None
    month: EntryValue | None        # None: not filled
    elapsed: Decimal                # 序时进度, percent
    assessment: Assessment
    source: str = ""                # where a derived figure comes from

    @property
    def status(self) -> str:
        return self.assessment.status

    @property
    def ytd(self) -> Decimal | None:
        return self.assessment.achieved

    @property
    def completion(self) -> Decimal | None:
        return self.assessment.completion

    @property
    def stage_target(self) -> Decimal | None:
        return self.assessment.stage_target

    @property
    def note(self) -> str:
        return self.month.note if self.month else ""

    @property
    def editable(self) -> bool:
        return self.indicator.kind != "derived"


def reaches(plan, indicator, period: str) -> bool:
    """Whether the indicator is still reported on ``period``: every one through the plan year,
    and after it only those whose stages or deadline reach that far (petitions into 2024)."""
    last = max([f"{plan.year}-12", indicator.due or ""] + [s.by for s in indicator.stages])
    return period <= last


def unit_indicators(plan, unit, period: str | None = None) -> list[Indicator]:
    """What this database enters (on ``period``): an office its assigned indicators, the
    district its own."""
    chosen = plan.district_indicators() if unit.role == "district" else plan.office_indicators(unit.code)
    if period is not None:
        chosen = [i for i in chosen if reaches(plan, i, period)]
    area_order = {a.id: n for n, a in enumerate(plan.areas)}
    measure_order = {m.id: n for n, m in enumerate(plan.measures)}
    position = {i.id: n for n, i in enumerate(plan.indicators)}
    return sorted(chosen, key=lambda i: (area_order[plan.measure(i.measure_id).area_id],
                                         measure_order[i.measure_id], position[i.id]))


def unit_target(plan, unit, indicator) -> tuple[Decimal | None, Decimal | None]:
    """(target, stretch) for this unit: the district's own figures, or the office's share."""
    if unit.role == "district":
        return indicator.target, indicator.stretch
    share = plan.target_for(unit.code, indicator.id)
    if share is None:
        return None, None
    stretch = indicator.stretch
    if stretch is not None and indicator.split != "same" and indicator.target:
        stretch = share * stretch / indicator.target
    return share, stretch


def month_values(db, plan, unit, indicator, stored: list[dict] | None = None) -> dict[str, EntryValue]:
    """Period → value for one indicator: register figures for derived ones, entries otherwise."""
    if indicator.kind == "derived":
        figures = derived.derived_month_values(db, plan, unit.code, indicator)
        return {p: EntryValue("value", Decimal(v)) for p, v in figures.items()}
    if stored is None:
        stored = entry_rows.history(db, unit.code, indicator.id)
    return {r["period"]: from_row(r) for r in stored}


def progress_row(db, plan, unit, indicator, period: str,
                 values: dict[str, EntryValue] | None = None) -> ProgressRow:
    if values is None:
        values = month_values(db, plan, unit, indicator)
    target, stretch = unit_target(plan, unit, indicator)
    elapsed = elapsed_percent(plan, indicator, period)
    measure = plan.measure(indicator.measure_id)
    month = values.get(period)
    if month is None and indicator.kind == "derived":
        month = EntryValue("value", Decimal(0))    # no register record that month counts 0
    return ProgressRow(
        indicator=indicator, area=plan.area(measure.area_id), measure=measure, period=period,
        target=target, stretch=stretch, stage=stage_for(indicator, period), month=month,
        elapsed=elapsed, assessment=assess(indicator, target, values, period, elapsed),
        source=derived.describe_source(plan, indicator) if indicator.kind == "derived" else "")


def all_values(db, plan, unit, up_to: str | None = None) -> dict[str, dict[str, EntryValue]]:
    """Indicator id → period → value for every indicator of the unit, in two queries or so."""
    grouped: dict[str, list[dict]] = {}
    for r in entry_rows.for_office(db, unit.code, up_to=up_to):
        grouped.setdefault(r["indicator_id"], []).append(r)
    return {i.id: month_values(db, plan, unit, i, grouped.get(i.id, []))
            for i in unit_indicators(plan, unit)}


def progress_rows(db, plan, unit, period: str) -> list[ProgressRow]:
    values = all_values(db, plan, unit)
    return [progress_row(db, plan, unit, i, period, values[i.id])
            for i in unit_indicators(plan, unit, period)]


def missing_count(rows: list[ProgressRow]) -> int:
    """Indicators still empty this month (不适用 is filled; register figures never are missing)."""
    return sum(1 for r in rows if r.editable and r.month is None)


def _num(value) -> str | None:
    return None if value is None else number(value).replace(",", "")


def _pct(value) -> str | None:
    return None if value is None else str(value)


def row_as_data(r: ProgressRow) -> dict:
    """One row as plain data (decimal strings, percents with one decimal), for --json and export."""
    month = r.month
    state = "empty" if month is None else ("na" if month.is_na else "value")
    return {"indicator": r.indicator.id, "name": r.indicator.name, "kind": r.indicator.kind,
            "unit": r.indicator.unit, "area": r.area.name, "measure": r.measure.name,
            "state": state, "value": _num(month.value) if month and month.value is not None else None,
            "milestone_status": month.status if month else None,
            "done_on": month.done_on if month else None,
            "ytd": _num(r.ytd), "target": _num(r.target), "stretch": _num(r.stretch),
            "stage_target": _num(r.stage_target), "stage_by": r.stage.by if r.stage else None,
            "completion_percent": _pct(r.completion), "time_elapsed_percent": _pct(r.elapsed),
            "status": r.status, "note": r.note, "source": r.source or None}
