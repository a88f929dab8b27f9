"""Milestones (里程碑: named works with a status and a completion date) at a city, from its
districts' reports.

Each district's report states, for the period, the latest status of each of its milestones and
the date it was done. A city holds no entries of its own: its row for a milestone is the least
advanced status of the districts that state one (已完成 only when every one of them is done,
with the last of their dates), 滞后 when the year has run out and one is not done, and the
districts not done are the ones behind."""
from __future__ import annotations

from db import merged
from desktop.district.units import ReportingUnit
from desktop.entry.values import EntryValue
from desktop.plan.model import Plan
from desktop.plan.periods import elapsed_percent
from desktop.plan.progress import BEHIND, DONE, HUNDRED, MILESTONE_SHARE, MISSING, ON_TRACK
from desktop.plan.statuses import COMPLETED, MILESTONE_STATUSES

ADVANCE = list(MILESTONE_STATUSES)       # not started → in progress → completed


def stated(db, plan: Plan, period: str) -> dict[str, dict[str, tuple[str, EntryValue]]]:
    """milestone id -> district code -> (month, its latest status through ``period``)."""
    ids = {i.id for i in plan.indicators if i.kind == "milestone"}
    out: dict[str, dict[str, tuple[str, EntryValue]]] = {}
    for unit, month, ind_id, _value, state, status, done_on in merged.values(db, str(plan.year)):
        if ind_id not in ids or state != "milestone" or status not in MILESTONE_STATUSES or month > period:
            continue
        seen = out.setdefault(ind_id, {})
        if unit not in seen or seen[unit][0] < month:
            seen[unit] = (month, EntryValue("value", status=status, done_on=done_on or None))
    return out


def combined(plan: Plan, ind, by_unit: dict[str, tuple[str, EntryValue]], units: list[ReportingUnit],
             period: str) -> dict:
    """The city's figures for one milestone: month, milestone, completion, status, progress,
    reporting and the districts behind (IndicatorRow's fields)."""
    elapsed = elapsed_percent(plan, ind, period)
    if not by_unit:
        return dict(month=None, milestone=None, completion=None, status=MISSING, progress="", reporting=0,
                    behind=(), elapsed=elapsed)
    latest = [v for _, v in by_unit.values()]
    least = min(latest, key=lambda v: ADVANCE.index(v.status))
    done = least.status == COMPLETED
    done_on = max((v.done_on for v in latest if v.done_on), default=None) if done else None
    value = EntryValue("value", status=least.status, done_on=done_on)
    progress = DONE if done else (BEHIND if elapsed >= HUNDRED else ON_TRACK)
    this_month = any(month == period for month, _ in by_unit.values())
    behind = tuple(u for u in units if u.code in by_unit and progress == BEHIND
                   and by_unit[u.code][1].status != COMPLETED)
    return dict(month=value if this_month else None, milestone=value, completion=MILESTONE_SHARE[least.status],
                status=progress if this_month else MISSING, progress=progress, reporting=len(by_unit),
                behind=behind, elapsed=elapsed)
