"""An exported month changes only with a reason, and shows it (报送后有变动，需重新导出).

``guard`` wraps the writing part of any change that may alter an exported month's figures (a
register record added, edited or deleted, an import, a log row, an indicator entry). Inside the
change's own write transaction it reads the figures of the office's exported months before and
after; when one differs and no acceptable reason was given it raises ``ExportedMonthChanged``,
which rolls the whole transaction back. With a reason the figures, the reason and the change
go into the audit log and each month is marked stale until its next revision is exported."""
from __future__ import annotations

import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass

from db import audit
from db import stale_months as stale_rows
from db.connection import write
from desktop.entry import closing
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.entry.exported_figures import Impact, compare, figures
from desktop.plan.periods import label
from desktop.messages import QT_TRANSLATE_NOOP, Message, Month

STALE_TEXT = QT_TRANSLATE_NOOP("core", "{0}报送后有变动，需重新导出")
MIN_REASON_CHARS = 3      # letters or characters that say something: 「更正」 is not a reason yet


class ReasonRequired(UserError):
    """The month is closed (already exported): a change needs a reason for the audit log."""


class ExportedMonthChanged(ReasonRequired):
    """The change alters figures of exported months; ``impact`` lists them, old → new."""

    def __init__(self, impact: Impact, problem: str):
        self.impact, self.problem = impact, problem
        super().__init__(QT_TRANSLATE_NOOP("core", "{0}已导出报送，此次修改会改变：{1}。{2}（命令行用 --reason），"
                                           "原因记入审计日志，该月随后须重新导出"),
                         impact.months_text(), impact.describe(), problem)


@dataclass(frozen=True)
class StaleMonth:
    period: str
    since: str
    changed_by: str
    reason: str
    changes: str

    @property
    def text(self) -> str:
        return Message(STALE_TEXT, Month(self.period))


def reason_problem(reason: str | None) -> str | None:
    """Why ``reason`` does not yet explain a change, or None when it does."""
    text = (reason or "").strip()
    if not text:
        return Message(QT_TRANSLATE_NOOP("core", "请填写修改原因"))
    words = [ch for ch in text if unicodedata.category(ch)[0] == "L"]
    if len(words) < MIN_REASON_CHARS or len(set(words)) < 2:
        return Message(QT_TRANSLATE_NOOP("core", "修改原因「{0}」太短，请用至少 {1} 个字写明为什么改，例如“补录10月漏登的3人”"),
                       text, MIN_REASON_CHARS)
    return None


def check_reason(reason: str | None) -> str:
    """The reason, stripped; raises when it says nothing (for changes known to touch an export)."""
    problem = reason_problem(reason)
    if problem:
        raise ReasonRequired(problem)
    return reason.strip()


@contextmanager
def guard(db, plan, office: str, indicators, *, user: str, reason: str | None, change: str,
          from_period: str | None = None):
    """Run the body (the change) inside one transaction; see the module text.

    ``indicators``: the figures the change can reach, or a function of the last exported month
    giving them; ``from_period``: the first month it can reach (an entry changes its month and
    the 累计 after it). ``change`` names it for the log."""
    with write(db):
        periods = [c["period"] for c in closing.closed_periods(db, office)
                   if from_period is None or c["period"] >= from_period]
        if periods and callable(indicators):
            indicators = indicators(max(periods))
        if not periods or not indicators:
            yield
            return
        before = figures(db, plan, office, indicators, periods)
        yield
        impact = compare(plan, before, figures(db, plan, office, indicators, periods, changed=True))
        if not impact:
            return
        problem = reason_problem(reason)
        if problem:
            raise ExportedMonthChanged(impact, problem)
        record(db, office, impact, user=user, reason=reason.strip(), change=change)


def record(db, office: str, impact: Impact, *, user: str, reason: str, change: str) -> None:
    """Audit the figures that changed and mark their months stale (inside the caller's write)."""
    at = now_text()
    audit.append(db, at=at, user=user, action="修改已报送月份", target=f"{office} {impact.months_text()}：{change}",
                 old="；".join(f"{label(c.period)}「{c.indicator}」{c.what} {c.old or '空'}" for c in impact.changes),
                 new="；".join(f"{label(c.period)}「{c.indicator}」{c.what} {c.new or '空'}" for c in impact.changes),
                 reason=reason)
    for period in impact.periods:
        lines = "，".join(c.text() for c in impact.changes if c.period == period)
        stale_rows.mark(db, office, period, at=at, by=user, reason=reason, changes=f"{at} {change}：{lines}")


def stale_months(db, office: str) -> list[StaleMonth]:
    """Exported months changed since their last export, oldest first."""
    return [StaleMonth(**r) for r in stale_rows.stale(db, office)]


def stale_month(db, office: str, period: str) -> StaleMonth | None:
    return next((m for m in stale_months(db, office) if m.period == period), None)


def clear(db, office: str, period: str) -> None:
    """The month's new revision is exported (called inside the export's write)."""
    stale_rows.clear(db, office, period)
