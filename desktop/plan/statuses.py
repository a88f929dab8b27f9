"""Every progress status of an indicator and every status of a milestone: code, label, severity,
what to do next.

The one table the core, the pages, the CLI, the workbooks, the report and the translation read.
Codes are English and stable: the program compares them, the database stores the milestone
codes (``entries.status``, ``merged_values.milestone``) and ``--json`` prints them. Labels are
the Chinese the window (translated, context "status"), workbooks, reports and CLI text show;
a workbook's or a clerk's Chinese word is turned into its code at the edge (``milestone_code``)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.messages import QT_TRANSLATE_NOOP

CONTEXT = "status"
OK, WARNING, ERROR = "ok", "warning", "error"


@dataclass(frozen=True)
class Status:
    code: str
    label: str
    severity: str
    next_step: str
    share: Decimal | None = None      # a milestone status: the completion it counts for


DONE, ON_TRACK, BEHIND, MISSING, NOT_MET = "done", "on_track", "behind", "missing", "not_met"
PROGRESS_STATUSES: dict[str, Status] = {s.code: s for s in (
    Status(DONE, QT_TRANSLATE_NOOP("status", "完成"), OK, QT_TRANSLATE_NOOP("status", "已完成全年目标")),
    Status(ON_TRACK, QT_TRANSLATE_NOOP("status", "正常"), OK, QT_TRANSLATE_NOOP("status", "按计划推进")),
    Status(BEHIND, QT_TRANSLATE_NOOP("status", "滞后"), ERROR,
           QT_TRANSLATE_NOOP("status", "完成率落后于序时进度，请说明原因并加快推进")),
    Status(MISSING, QT_TRANSLATE_NOOP("status", "未填"), WARNING, QT_TRANSLATE_NOOP("status", "请填写本月数值")),
    Status(NOT_MET, QT_TRANSLATE_NOOP("status", "未达标"), ERROR,
           QT_TRANSLATE_NOOP("status", "未达到目标值，请说明原因")),
)}

NOT_STARTED, IN_PROGRESS, COMPLETED = "not_started", "in_progress", "completed"
MILESTONE_STATUSES: dict[str, Status] = {s.code: s for s in (
    Status(NOT_STARTED, QT_TRANSLATE_NOOP("status", "未启动"), WARNING,
           QT_TRANSLATE_NOOP("status", "按计划启动，启动后改为推进中"), Decimal(0)),
    Status(IN_PROGRESS, QT_TRANSLATE_NOOP("status", "推进中"), OK,
           QT_TRANSLATE_NOOP("status", "完成后改为已完成并填写完成日期"), Decimal(50)),
    Status(COMPLETED, QT_TRANSLATE_NOOP("status", "已完成"), OK, QT_TRANSLATE_NOOP("status", "无需处理"), Decimal(100)),
)}
_MILESTONE_BY_LABEL = {s.label: s.code for s in MILESTONE_STATUSES.values()}


def progress_status(code: str) -> Status:
    try:
        return PROGRESS_STATUSES[code]
    except KeyError:
        raise ValueError(f"unknown progress status {code!r}: add it to desktop.plan.statuses") from None


def milestone_status(code: str) -> Status:
    try:
        return MILESTONE_STATUSES[code]
    except KeyError:
        raise ValueError(f"unknown milestone status {code!r}: add it to desktop.plan.statuses") from None


def progress_label(code: str) -> str:
    """The Chinese word for workbooks, reports and CLI text."""
    return progress_status(code).label


def milestone_label(code: str | None) -> str:
    return milestone_status(code).label if code else ""


def milestone_code(word: str) -> str | None:
    """The code of a milestone status written in Chinese (a workbook cell, typed text); None
    when the word is not one of the labels."""
    return _MILESTONE_BY_LABEL.get(word)
