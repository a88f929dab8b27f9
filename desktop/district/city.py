"""What only a city's report has: its districts' register sizes, carried up from their reports.

A city holds no register rows (a district's report carries its merged registers as sheets,
counted at the merge, see desktop.district.carried); the count per district and register is
what the level above needs to see how much each district keeps on record."""
from __future__ import annotations

from db import carried
from desktop.plan.model import Plan
from desktop.exchange.workbook.sheets import Column, Sheet

REGISTER_COUNT_SHEET = "台账条数"


def register_count_sheet(db, plan: Plan, names: dict[str, str]) -> Sheet:
    counts: dict[str, dict[str, int]] = {}
    for unit, register, records in carried.register_counts(db):
        counts.setdefault(unit, {})[register] = records
    cols = [Column("区", width=16)] + [Column(r.name, "integer", width=14) for r in plan.registers]
    rows = [[names.get(code, code)] + [by_register.get(r.id) for r in plan.registers]
            for code, by_register in counts.items()]
    totals = [sum(by.get(r.id, 0) for by in counts.values()) for r in plan.registers]
    return Sheet(REGISTER_COUNT_SHEET, cols, rows + ([["合计", *totals]] if rows else []))


def city_sheets(db, plan: Plan, unit, names: dict[str, str]) -> list[Sheet]:
    return [register_count_sheet(db, plan, names)] if unit.is_city else []
