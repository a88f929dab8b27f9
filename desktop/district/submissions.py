"""报送情况: which unit sent which month, which revision is in force, what was late, missing or refused.

A month's deadline is the plan's ``report_deadline_day`` of the following month; a workbook
exported after that day is late. A month whose deadline has not passed yet is not missing.

A refused file (tampered, conflicting, unknown key…) stays on the month until a later revision
is merged that resolves it: a tampered 第2版 while 第1版 is in force still shows 拒收, and a
conflict over 第N版 is resolved only by a 第N+1版. An older file turned away (已有更高版本) is no
refusal. Cell words are the window's: 第N版, 第N版·迟报, 拒收（…）, 缺报."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from db import ledger
from desktop.district.units import ReportingUnit, reporting_units
from desktop.feedback.status import marks as feedback_marks
from desktop.feedback.statuses import state_label as feedback_label
from desktop.exchange import statuses
from desktop.plan.model import Plan


@dataclass(frozen=True)
class Cell:
    state: str            # merged | rejected | missing | pending
    revision: int = 0
    late: bool = False
    exported_at: str = ""
    status: str = ""      # rejected: the status of the latest refused file
    reason: str = ""      # rejected: its plain reason
    refused_revision: int = 0   # rejected: the revision the refused file claimed (0: unknown)
    feedback: str = ""    # awaiting_resubmission | resubmitted (desktop.feedback.statuses), "" when none asked

    @property
    def text(self) -> str:
        return self._text + (f"·{feedback_label(self.feedback)}" if self.feedback else "")

    @property
    def _text(self) -> str:
        if self.state == "merged":
            return f"第{self.revision}版" + ("·迟报" if self.late else "")
        if self.state == "rejected":
            return f"拒收（{statuses.label(self.status)}）"
        return {"missing": "缺报", "pending": ""}[self.state]


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


NOT_REFUSALS = ("superseded", "duplicate", "merged", "verified")   # turned away, but nothing to redo


def _revision(rejection: dict) -> int:
    text = str(rejection["revision"] or "")
    return int(text) if text.isdigit() else 0


def _resolved(rejection: dict, in_force: dict | None) -> bool:
    """Whether the revision in force settles a refusal: a later one, or for anything but a
    conflict the same revision merged intact. A refusal of unknown revision: anything in force."""
    if in_force is None:
        return False
    refused = _revision(rejection)
    if refused == 0:
        return True
    if rejection["status"] == "conflict":
        return in_force["revision"] > refused
    return in_force["revision"] >= refused


def deadline(plan: Plan, period: str) -> date:
    year, month = int(period[:4]), int(period[5:])
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return date(year, month, plan.report_deadline_day)


def build(db, plan: Plan, *, today: date | None = None) -> Matrix:
    today = today or date.today()
    units = reporting_units(db, plan)
    months = [f"{plan.year}-{m:02d}" for m in range(1, 13)]
    in_force = {(r["unit_code"], r["period"]): r for r in ledger.in_force(db, str(plan.year))}
    refused = {(r["unit_code"], r["period"]): r for r in ledger.rejections(db, str(plan.year))
               if r["status"] not in NOT_REFUSALS}
    cells = {}
    for u in units:
        for m in months:
            due = deadline(plan, m)
            got = in_force.get((u.code, m))
            r = refused.get((u.code, m))
            if r is not None and not _resolved(r, got):
                cells[(u.code, m)] = Cell("rejected", got["revision"] if got else 0, status=r["status"],
                                          reason=r["reason"], refused_revision=_revision(r))
            elif got is not None:
                exported = got["exported_at"][:10]
                cells[(u.code, m)] = Cell("merged", got["revision"], exported > due.isoformat(), got["exported_at"])
            else:
                cells[(u.code, m)] = Cell("missing" if today > due else "pending")
    for key, mark in feedback_marks(db, str(plan.year)).items():
        if key in cells:
            cells[key] = replace(cells[key], feedback=mark.state)
    return Matrix(units=units, months=months, cells=cells)
