"""The units a district (or the level above) merges: the plan's offices, then any other unit it
has trusted or merged — a city merging district reports has districts, not offices."""
from __future__ import annotations

from dataclasses import dataclass

from db import meta, trust_store
from desktop.plan.model import Plan
from desktop.unit import CITY_LEVEL


@dataclass(frozen=True)
class ReportingUnit:
    code: str
    name: str


def reporting_units(db, plan: Plan) -> list[ReportingUnit]:
    """A city's members are only the districts it trusts: the plan's offices are theirs, not its."""
    units = [] if meta.get(db, "level", "") == CITY_LEVEL else [ReportingUnit(o.code, o.name) for o in plan.offices]
    known = {u.code for u in units}
    for row in trust_store.all_keys(db):
        if row["unit_code"] not in known:
            units.append(ReportingUnit(row["unit_code"], row["unit_name"]))
            known.add(row["unit_code"])
    return units


def months_of(plan: Plan, period: str) -> list[str]:
    """The plan year's months up to and including ``period``."""
    last = int(period[5:]) if period[:4] == str(plan.year) else 12
    return [f"{plan.year}-{m:02d}" for m in range(1, last + 1)]
