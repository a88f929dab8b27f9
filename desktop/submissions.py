"""报送情况: which unit sent which month, which revision is in force, what was late, missing or refused.

A month's deadline is the plan's ``report_deadline_day`` of the following month; a workbook
exported after that day is late. A month whose deadline has not passed yet is not missing."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db import ledger
from desktop.district_units import ReportingUnit, reporting_units
from desktop.office_verify import STATUS_LABELS
from desktop.plan.model import Plan


@dataclass(frozen=True)
class Cell:
    state: str            # merged | rejected | missing | pending
    revision: int = 0
    late: bool = False
    exported_at: str = ""
    status: str = ""      # rejected: the status of the latest refused file
    reason: str = ""      # rejected: its plain reason

    @property
    def text(self) -> str:
        if self.state == "merged":
            return f"第{self.revision}版" + ("（逾期）" if self.late else "")
        if self.state == "rejected":
            return f"被拒（{STATUS_LABELS.get(self.status, self.status)}）"
        return {"missing": "未报送", "pending": ""}[self.state]


@dataclass
class Matrix:
    units: list[ReportingUnit]
    months: list[str]
    cells: dict[tuple[str, str], Cell]

    def cell(self, unit: str, month: str) -> Cell:
        return self.cells[(unit, month)]

    def counts(self, month: str) -> dict[str, int]:
        out = {"merged": 0, "late": 0, "rejected": 0, "missing": 0, "pending": 0}
        for u in self.units:
            c = self.cells[(u.code, month)]
            out[c.state] += 1
            out["late"] += c.late
        return out


def deadline(plan: Plan, period: str) -> date:
    year, month = int(period[:4]), int(period[5:])
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return date(year, month, plan.report_deadline_day)


def build(db, plan: Plan, *, today: date | None = None) -> Matrix:
    today = today or date.today()
    units = reporting_units(db, plan)
    months = [f"{plan.year}-{m:02d}" for m in range(1, 13)]
    in_force = {(r["unit_code"], r["period"]): r for r in ledger.in_force(db, str(plan.year))}
    refused = {(r["unit_code"], r["period"]): r for r in ledger.rejections(db, str(plan.year))}
    cells = {}
    for u in units:
        for m in months:
            due = deadline(plan, m)
            got = in_force.get((u.code, m))
            if got is not None:
                exported = got["exported_at"][:10]
                cells[(u.code, m)] = Cell("merged", got["revision"], exported > due.isoformat(), got["exported_at"])
            elif (u.code, m) in refused:
                r = refused[(u.code, m)]
                cells[(u.code, m)] = Cell("rejected", status=r["status"], reason=r["reason"])
            else:
                cells[(u.code, m)] = Cell("missing" if today > due else "pending")
    return Matrix(units=units, months=months, cells=cells)
