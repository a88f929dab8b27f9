"""The office answers the district's comments and its next revision carries the answers.

An answer is a note, or a corrected value for an indicator (with a note saying what was
corrected). A corrected value goes through the entry's own checks, so a month already exported
needs a reason under desktop/entry/stale.py, and the answer and the value change are one transaction
with their audit lines. The 意见答复 sheet of the submission lists every comment of the month
with its answer (empty when not yet answered), so the district sees both."""
from __future__ import annotations

from dataclasses import dataclass

from db import audit
from db import feedback as rows
from db.connection import write
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.entry.service import EntryService
from desktop.errors import UserError
from desktop.security.roles import require

from .layout import KIND_LABELS, MAX_TEXT, answer_sheet
from .statuses import verdict_label
from desktop.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Received:
    """One comment the office received, with its answer so far."""
    id: int
    period: str
    number: int
    seq: int
    kind: str
    indicator_id: str
    register_id: str
    record_no: int | None
    state: str
    text: str
    answer: str
    corrected: str
    answered_at: str
    answered_by: str

    @property
    def answered(self) -> bool:
        return bool(self.answer or self.corrected)

    @property
    def target(self) -> str:
        return self.indicator_id if self.kind == "indicator" else f"{self.register_id}:{self.record_no}"


def _received(r: dict) -> Received:
    return Received(**{k: r[k] for k in Received.__dataclass_fields__})


def received(db, period: str | None = None) -> list[Received]:
    return [_received(r) for r in rows.items(db, period)]


def for_indicators(db, period: str) -> dict[str, list[Received]]:
    """The entry page's view: indicator id -> the month's comments on it."""
    out: dict[str, list[Received]] = {}
    for r in received(db, period):
        if r.kind == "indicator":
            out.setdefault(r.indicator_id, []).append(r)
    return out


def for_records(db, register_id: str) -> dict[int, list[Received]]:
    """The register page's view: record number -> comments on it, every month."""
    out: dict[int, list[Received]] = {}
    for r in received(db):
        if r.kind == "record" and r.register_id == register_id:
            out.setdefault(r.record_no, []).append(r)
    return out


def answer(db, plan, unit, item_id: int, *, user: User, note: str, corrected: str | None = None,
           reason: str | None = None) -> Received:
    """Record the answer; a corrected value is entered for the comment's indicator and month."""
    require(user, "enter_data")
    row = rows.item(db, item_id)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("core", "没有编号为 {0} 的意见，请用 feedback list 查看"), item_id)
    note = " ".join((note or "").split())
    corrected = (corrected or "").strip()
    if not note:
        raise UserError(QT_TRANSLATE_NOOP("core", "请写明答复（核实情况或更正说明）"))
    if len(note) > MAX_TEXT:
        raise UserError(QT_TRANSLATE_NOOP("core", "答复超过 {0} 字，请精简"), MAX_TEXT)
    if corrected and row["kind"] != "indicator":
        raise UserError(QT_TRANSLATE_NOOP("core", "台账记录请在台账页中更正，这里只写答复说明"))
    at = now_text()
    with write(db):
        if corrected:
            EntryService(db, plan, unit, user).set_text(row["indicator_id"], row["period"], corrected,
                                                        reason=reason)
        rows.set_answer(db, item_id, answer=note, corrected=corrected, at=at, by=user.name)
        audit.append(db, at=at, user=user.name, action="答复退回意见",
                     target=f"{row['period']} 第{row['number']}号第{row['seq']}条 {KIND_LABELS[row['kind']]}",
                     old=row["answer"], new=note + (f"（更正值 {corrected}）" if corrected else ""))
    return _received(rows.item(db, item_id))


def answer_sheets(db, period: str) -> list:
    """The submission's 意见答复 sheet, or nothing when the month received no feedback."""
    got = received(db, period)
    if not got:
        return []
    return [answer_sheet([[r.number, r.seq, KIND_LABELS[r.kind], r.target, verdict_label(r.state), r.text, r.answer, r.corrected,
                           r.answered_by, r.answered_at] for r in got])]
