"""Recording a month's figure: validation, the unusual-value and closed-month rules, audit.

Every change is one write transaction: the entry, and its line in the audit log (old → new,
with the reason when the month is closed). The window, its undo stack and the command line
all change entries through ``EntryService.set_entry``, so they refuse the same things.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from db import audit
from db import entries as entry_rows
from db.connection import write
from desktop.entry import closing
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.entry.bounds import check_bound
from desktop.entry.rows import (ProgressRow, progress_row, progress_rows, reaches, unit_indicators,
                                unit_target)
from desktop.entry.values import DERIVED_MESSAGE, EntryValue, display, from_row, parse, to_row
from desktop.errors import UserError
from desktop.entry.explanations import explanation_problem
from desktop.plan.formatting import number
from desktop.messages import QT_TRANSLATE_NOOP, Message, Month
from desktop.plan.periods import check_in_plan, plan_periods
from desktop.plan.progress import median
from desktop.entry.stale import ReasonRequired, guard, reason_problem
from desktop.security.roles import require

UNUSUAL_MONTH_FACTOR = Decimal(3)   # a month above 3× the office's own median month
UNUSUAL_YTD_FACTOR = Decimal(2)     # a year to date passing twice the target
MIN_HISTORY = 3                     # months needed before the median means anything


class NoteRequired(UserError):
    """The value is unusual: it is kept only with a 说明 (note) saying why."""


@dataclass(frozen=True)
class Change:
    indicator_id: str
    period: str
    old: EntryValue | None
    new: EntryValue | None


class EntryService:
    def __init__(self, db, plan, unit, user: User):
        self.db, self.plan, self.unit, self.user = db, plan, unit, user
        self.user_name = user.name
        # Looked up on every save: worked out once per service (the plan does not change under it).
        self._indicators = unit_indicators(plan, unit)
        self._by_id = {i.id: i for i in self._indicators}
        self._periods = frozenset(plan_periods(plan))

    # ---------------------------------------------------------------- reading
    def indicators(self):
        return list(self._indicators)

    def rows(self, period: str) -> list[ProgressRow]:
        return progress_rows(self.db, self.plan, self.unit, check_in_plan(self.plan, period))

    def row(self, indicator_id: str, period: str) -> ProgressRow:
        return progress_row(self.db, self.plan, self.unit, self._indicator(indicator_id), period)

    def entry(self, indicator_id: str, period: str) -> EntryValue | None:
        return from_row(entry_rows.get(self.db, self.unit.code, indicator_id, period))

    def is_closed(self, period: str) -> bool:
        return closing.is_closed(self.db, self.unit.code, period)

    # ---------------------------------------------------------------- writing
    def set_text(self, indicator_id: str, period: str, text: str, *, note: str | None = None,
                 reason: str | None = None, done_on: str | None = None) -> Change:
        """Typed text → value (empty text clears). ``note`` None keeps the note already there."""
        indicator = self._indicator(indicator_id)
        new = parse(indicator, text, plan=self.plan, done_on=done_on)
        if new is not None and note is not None:
            new = new.with_note(note)
        return self.set_entry(indicator_id, period, new, reason=reason, keep_note=note is None)

    def set_note(self, indicator_id: str, period: str, note: str, *, reason: str | None = None) -> Change:
        old = self.entry(indicator_id, period)
        if old is None:
            raise UserError(QT_TRANSLATE_NOOP("core", "本月还没有填写数值，请先填写数值（或“不适用”）再写说明"))
        return self.set_entry(indicator_id, period, old.with_note(note.strip()), reason=reason)

    def set_entry(self, indicator_id: str, period: str, new: EntryValue | None, *,
                  reason: str | None = None, keep_note: bool = False) -> Change:
        """Store ``new`` (None clears) after every check; one transaction with its audit line.
        ``keep_note``: the value replaces the month's figure but its 说明 stays."""
        require(self.user, "enter_data")
        indicator = self._indicator(indicator_id)
        if period not in self._periods:
            check_in_plan(self.plan, period)   # raises with the reason
        if indicator.kind == "derived":
            raise UserError(DERIVED_MESSAGE, indicator.name)
        if not reaches(self.plan, indicator, period):
            raise UserError(QT_TRANSLATE_NOOP("core", "「{0}」是{1}年度任务，{2}不再填报"), indicator.name, self.plan.year,
                            Month(period))
        reason = (reason or "").strip()
        if new is not None and new.has_number and indicator.kind != "milestone":
            check_bound(self.plan, self.unit, indicator, new.value)   # no note admits a slip
        with write(self.db):
            rows, closed = entry_rows.history_for_save(self.db, self.unit.code, indicator_id, period)
            history = {r["period"]: r for r in rows}
            old = from_row(history.get(period))
            if keep_note and new is not None and old is not None and not new.note:
                new = new.with_note(old.note)
            if new is None and old is None or new is not None and new.same_content(old):
                return Change(indicator_id, period, old, old)
            if closed and (problem := reason_problem(reason) or explanation_problem(reason)):
                raise ReasonRequired(Message(QT_TRANSLATE_NOOP("core", "{0}已导出报送，修改需填写原因（将记入审计日志）"),
                                             Month(period)) if not reason else problem)
            if new is not None and explanation_problem(new.note):   # "x" explains nothing
                self._check_usual(indicator, period, new, history)
            at = now_text()
            target = f"{self.unit.code} {period} {indicator.name}（{indicator.id}）"
            # the month's own figure and the 累计 of exported months after it
            with guard(self.db, self.plan, self.unit.code, [indicator], user=self.user_name, reason=reason,
                       change=f"填报指标 {target}", from_period=period):
                if new is None:
                    entry_rows.delete(self.db, self.unit.code, indicator_id, period)
                else:
                    entry_rows.upsert(self.db, {"office_code": self.unit.code, "indicator_id": indicator_id,
                                                "period": period, "updated_at": at,
                                                "updated_by": self.user_name, **to_row(new)})
                audit.append(self.db, at=at, user=self.user_name, action="清空指标" if new is None else "填报指标",
                             target=target, old=_audit_text(old, indicator), new=_audit_text(new, indicator),
                             reason=reason)
        return Change(indicator_id, period, old, new)

    def close_period(self, period: str, *, revision: int = 1, at: str | None = None) -> None:
        """Mark a month as exported (called by the export, inside its own work or alone)."""
        require(self.user, "export")
        check_in_plan(self.plan, period)
        closing.close_period(self.db, self.unit.code, period, by=self.user_name, revision=revision, at=at)

    # ---------------------------------------------------------------- rules
    def _check_usual(self, indicator, period: str, new: EntryValue, history: dict[str, dict]) -> None:
        if not new.has_number or indicator.kind == "milestone":
            return
        figures = {p: Decimal(r["value"]) for p, r in history.items()
                   if p != period and r["state"] == "value" and r["value"] is not None}
        numbers = list(figures.values())
        said = Message(QT_TRANSLATE_NOOP("core", "（{0}）"), explanation_problem(new.note)) if new.note.strip() else ""
        typical = median(numbers) if len(numbers) >= MIN_HISTORY else None
        if typical and new.value > UNUSUAL_MONTH_FACTOR * typical:
            raise NoteRequired(
                QT_TRANSLATE_NOOP("core", "「{0}」本月 {1} 超过本单位月中位数 {2} 的 3 倍，请在“说明”中写明原因后再保存{3}"),
                indicator.name, number(new.value), number(typical), said)
        target, _ = unit_target(self.plan, self.unit, indicator)
        if indicator.sums_over_months and target:
            ytd = sum((v for p, v in figures.items() if p < period), Decimal(0)) + new.value
            if ytd > UNUSUAL_YTD_FACTOR * target:
                raise NoteRequired(
                    QT_TRANSLATE_NOOP("core", "「{0}」累计 {1} 超过全年任务 {2} 的 2 倍，请在“说明”中写明原因后再保存{3}"),
                    indicator.name, number(ytd), number(target), said)

    def _indicator(self, indicator_id: str):
        if indicator_id in self._by_id:
            return self._by_id[indicator_id]
        try:
            known = self.plan.indicator(indicator_id)
        except KeyError:
            raise UserError(QT_TRANSLATE_NOOP("core", "计划中没有编号为 {0} 的指标，请用 street-ledger entry show 查看指标编号"),
                            indicator_id) from None
        who = Message(QT_TRANSLATE_NOOP("core", "区级填报") if known.district_only
                      else QT_TRANSLATE_NOOP("core", "不在本单位的任务分解中"))
        raise UserError(QT_TRANSLATE_NOOP("core", "「{0}」{1}，本数据库（{2}）不填报该指标"), known.name, who,
                        self.unit.name)


def _audit_text(entry: EntryValue | None, indicator) -> str:
    if entry is None:
        return "（空）"
    text = display(entry)
    return text + (f"（说明：{entry.note}）" if entry.note else "")

