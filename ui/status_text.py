"""Statuses as the window says them: the registries' labels and next steps, translated.

The core answers with codes (desktop.exchange.statuses for files, desktop.plan.statuses for
progress and milestones, desktop.district.statuses for paces, desktop.feedback.statuses for
退回意见); their labels are marked there in context "status". A milestone's
status stays in the grid as the clerk types it (未启动 / 推进中 / 已完成, see entry.values)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.district import statuses as district_statuses
from desktop.exchange import statuses as file_statuses
from desktop.feedback import statuses as feedback_statuses
from desktop.plan import statuses as plan_statuses


def _tr(text: str) -> str:
    return QCoreApplication.translate(plan_statuses.CONTEXT, text)


def file_label(code: str) -> str:
    """A file status's label; a code unknown to the registry (an older build's) shows as itself."""
    status = file_statuses.FILE_STATUSES.get(code)
    return _tr(status.label) if status else code


def file_next_step(code: str) -> str:
    status = file_statuses.FILE_STATUSES.get(code)
    return _tr(status.next_step) if status else ""


def file_severity(code: str) -> str:
    status = file_statuses.FILE_STATUSES.get(code)
    return status.severity if status else file_statuses.ERROR


def progress_label(code: str) -> str:
    return _tr(plan_statuses.progress_status(code).label)


def progress_next_step(code: str) -> str:
    return _tr(plan_statuses.progress_status(code).next_step)


def pace_label(code: str) -> str:
    return _tr(district_statuses.pace_label(code))


def verdict_label(code: str) -> str:
    """A feedback comment's verdict (确认 / 请核实 / 退回重报)."""
    return _tr(feedback_statuses.verdict(code).label)


def feedback_label(code: str) -> str:
    """Where the district's feedback stands (退回待重报 / 已重报); "" when it asked nothing."""
    return _tr(feedback_statuses.feedback_state(code).label) if code else ""


def feedback_next_step(code: str) -> str:
    return _tr(feedback_statuses.feedback_state(code).next_step) if code else ""
