"""The words of 退回意见 as codes: a comment's verdict (确认 / 请核实 / 退回重报) and where the
district's feedback stands for an office's month (退回待重报 → 已重报).

Codes are English and stable: the program compares them, ``feedback_items.state`` stores the
verdict's code (m011 converts older files) and ``feedback --json`` prints both. Labels are the
Chinese the feedback workbook, the 意见答复 sheet, 报送情况 and the CLI text say, marked for
translation (context "status") for the window. The signed workbook states the label, so it is
turned into its code where it is read (``verdict_code``). Same shape as desktop.plan.statuses."""
from __future__ import annotations

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.plan.statuses import ERROR, OK, WARNING, Status

CONFIRMED, CHECK, RESUBMIT = "confirmed", "check", "resubmit"
VERDICTS: dict[str, Status] = {s.code: s for s in (
    Status(CONFIRMED, QT_TRANSLATE_NOOP("status", "确认"), OK, QT_TRANSLATE_NOOP("status", "无需答复")),
    Status(CHECK, QT_TRANSLATE_NOOP("status", "请核实"), WARNING,
           QT_TRANSLATE_NOOP("status", "核实后逐条答复（需要时更正数值），再导出下一版报送表")),
    Status(RESUBMIT, QT_TRANSLATE_NOOP("status", "退回重报"), ERROR,
           QT_TRANSLATE_NOOP("status", "更正后逐条答复，并导出下一版报送表")),
)}
NEEDS_ANSWER = frozenset({CHECK, RESUBMIT})     # a feedback holding one of these waits for a revision
_VERDICT_BY_LABEL = {s.label: s.code for s in VERDICTS.values()}

AWAITING, RESUBMITTED = "awaiting_resubmission", "resubmitted"
FEEDBACK_STATES: dict[str, Status] = {s.code: s for s in (
    Status(AWAITING, QT_TRANSLATE_NOOP("status", "退回待重报"), WARNING,
           QT_TRANSLATE_NOOP("status", "等待该街道报来新版本；逾期请电话催报")),
    Status(RESUBMITTED, QT_TRANSLATE_NOOP("status", "已重报"), OK,
           QT_TRANSLATE_NOOP("status", "查看该街道的答复，核对更正后的数值")),
)}


def verdict(code: str) -> Status:
    try:
        return VERDICTS[code]
    except KeyError:
        raise ValueError(f"unknown feedback verdict {code!r}: add it to desktop.feedback.statuses") from None


def verdict_label(code: str) -> str:
    """The Chinese word for the workbook, the CLI text and the audit log."""
    return verdict(code).label


def verdict_code(word: str) -> str | None:
    """The code of a verdict as the signed workbook writes it (its label); None otherwise."""
    return _VERDICT_BY_LABEL.get(word)


def typed_verdict(word: str) -> str | None:
    """A verdict as the district types it (``--comment``, the CSV): its label or its code."""
    word = (word or "").strip()
    return word if word in VERDICTS else verdict_code(word)


def verdict_labels() -> str:
    return "、".join(s.label for s in VERDICTS.values())


def feedback_state(code: str) -> Status:
    try:
        return FEEDBACK_STATES[code]
    except KeyError:
        raise ValueError(f"unknown feedback state {code!r}: add it to desktop.feedback.statuses") from None


def state_label(code: str) -> str:
    """退回待重报 / 已重报; "" for no state (the feedback only confirmed)."""
    return feedback_state(code).label if code else ""
