"""Where the district's feedback stands (退回待重报 → 已重报), and the answers a revision carries.

A feedback that asks for something (请核实 or 退回重报) is answered by a revision later than the
one it was written on: until the office's next revision is merged the month is ``awaiting_resubmission``
(退回待重报), then ``resubmitted`` (已重报); codes of desktop.feedback.statuses. Feedback that only
confirms (确认) marks nothing."""
from __future__ import annotations

from dataclasses import dataclass

from db import feedback as rows
from db import ledger
from desktop.plan.store import active_plan
from desktop.exchange.submission_read import ContentError

from .layout import ANSWER_COLUMNS, ANSWER_SHEET
from .statuses import AWAITING, RESUBMITTED, feedback_state
from desktop.messages import QT_TRANSLATE_NOOP

WAITING, ANSWERED = AWAITING, RESUBMITTED


@dataclass(frozen=True)
class FeedbackMark:
    state: str               # awaiting_resubmission | resubmitted
    number: int              # the latest feedback's number
    based_on_revision: int
    comments: int

    def __post_init__(self):
        feedback_state(self.state)          # only a state of the registry can be answered


def marks(db, year: str) -> dict[tuple[str, str], FeedbackMark]:
    """(office, period) -> the state of its latest feedback that asked for something."""
    in_force = {(r["unit_code"], r["period"]): r["revision"] for r in ledger.in_force(db, year)}
    out = {}
    for r in rows.sent(db, year):
        if not r["needs_resubmit"]:
            continue
        key = (r["office_code"], r["period"])
        state = ANSWERED if in_force.get(key, 0) > r["based_on_revision"] else WAITING
        out[key] = FeedbackMark(state, r["number"], r["based_on_revision"], r["comments"])
    return out


@dataclass(frozen=True)
class SentFeedback:
    office: str
    period: str
    number: int
    based_on_revision: int
    comments: int
    state: str                # awaiting_resubmission | resubmitted | "" (only 确认)
    answers: list[dict]       # as the latest revision carrying answers stated them

    def __post_init__(self):
        if self.state:
            feedback_state(self.state)


def sent_feedback(db, period: str | None = None) -> list[SentFeedback]:
    """The district's feedback, oldest first; one month's or the whole plan year's."""
    year = period[:4] if period else str(active_plan(db).year)
    in_force = {(r["unit_code"], r["period"]): r["revision"] for r in ledger.in_force(db, year)}
    out = []
    for r in rows.sent(db, year):
        if period and r["period"] != period:
            continue
        key = (r["office_code"], r["period"])
        state = "" if not r["needs_resubmit"] else ANSWERED if in_force.get(key, 0) > r["based_on_revision"] else WAITING
        answers = [a for a in rows.answers(db, *key) if a["number"] == r["number"]]
        out.append(SentFeedback(r["office_code"], r["period"], r["number"], r["based_on_revision"], r["comments"],
                                state, answers))
    return out


def state_of(db, office: str, period: str) -> str:
    mark = marks(db, period[:4]).get((office, period))
    return mark.state if mark else ""


def _int(text: str, what: str, n: int) -> int:
    if not text.isdigit():
        raise ContentError(QT_TRANSLATE_NOOP("core", "「{0}」第{1}行的{2} {3} 不是正整数"),
                           ANSWER_SHEET, n, what, repr(text))
    return int(text)


def read_answers(sheets: dict[str, list[list[str]]]) -> list[tuple]:
    """(number, seq, answer, corrected, answered_by, answered_at) from a submission's answers
    sheet (none when it has no such sheet). A row that does not fit makes the file malformed."""
    table = sheets.get(ANSWER_SHEET)
    if not table:
        return []
    header = [c.header for c in ANSWER_COLUMNS]
    if table[0][:len(header)] != header:
        raise ContentError(QT_TRANSLATE_NOOP("core", "「{0}」的表头与本程序的格式不同"), ANSWER_SHEET)
    out, seen = [], set()
    for n, row in enumerate(table[1:], start=2):
        if not row:
            continue
        row = (list(row) + [""] * len(header))[:len(header)]
        key = (_int(row[0], "意见编号", n), _int(row[1], "序号", n))
        if key in seen:
            raise ContentError(QT_TRANSLATE_NOOP("core", "「{0}」中第{1}号意见第{2}条出现了两次"),
                               ANSWER_SHEET, key[0], key[1])
        seen.add(key)
        out.append((*key, row[6], row[7], row[8], row[9]))
    return out
