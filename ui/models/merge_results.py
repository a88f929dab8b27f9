"""The results of one verify or merge run: a row per file, as desktop.exchange.merge answered it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.errors import UserError
from desktop.exchange.merge import Outcome
from ui.core_text import say
from ui.period_box import month_label as period_label

from .row_list import RowListModel

_CTX = "MergeResultsModel"
# The statuses of DESIGN.md §8, named as the core names them (office_verify.STATUS_LABELS),
# marked here so the window shows them translated.
STATUS_LABELS = {
    "verified": QT_TRANSLATE_NOOP("MergeResultsModel", "校验通过"),
    "merged": QT_TRANSLATE_NOOP("MergeResultsModel", "已合并"),
    "tampered": QT_TRANSLATE_NOOP("MergeResultsModel", "内容被改动"),
    "bad_signature": QT_TRANSLATE_NOOP("MergeResultsModel", "签名无效"),
    "unsigned": QT_TRANSLATE_NOOP("MergeResultsModel", "未签名"),
    "unknown_key": QT_TRANSLATE_NOOP("MergeResultsModel", "未知密钥"),
    "wrong_office_key": QT_TRANSLATE_NOOP("MergeResultsModel", "密钥与街道不符"),
    "revoked_key": QT_TRANSLATE_NOOP("MergeResultsModel", "密钥已吊销"),
    "superseded": QT_TRANSLATE_NOOP("MergeResultsModel", "已有更高版本"),
    "duplicate": QT_TRANSLATE_NOOP("MergeResultsModel", "重复导入"),
    "conflict": QT_TRANSLATE_NOOP("MergeResultsModel", "同版本内容冲突"),
    "plan_mismatch": QT_TRANSLATE_NOOP("MergeResultsModel", "计划版本不符"),
    "malformed": QT_TRANSLATE_NOOP("MergeResultsModel", "不是有效的报送表"),
    "unsafe": QT_TRANSLATE_NOOP("MergeResultsModel", "文件不安全"),
    "retired_key": QT_TRANSLATE_NOOP("MergeResultsModel", "密钥已被更换"),
    "backdated": QT_TRANSLATE_NOOP("MergeResultsModel", "早于已接受版本"),
}
OK = frozenset({"merged", "verified"})
# Nothing wrong with the file itself: already in, older, or waiting for the key to be trusted.
WARNING = frozenset({"duplicate", "superseded", "unknown_key", "plan_mismatch"})
ALERT_BACKGROUND = QColor("#f8c8c8")     # a conflict needs a person to call the office


def status_label(status: str) -> str:
    return QCoreApplication.translate(_CTX, STATUS_LABELS[status]) if status in STATUS_LABELS else status


def _icon(status: str) -> QIcon:
    pixmap = (QStyle.StandardPixmap.SP_DialogApplyButton if status in OK
              else QStyle.StandardPixmap.SP_MessageBoxWarning if status in WARNING
              else QStyle.StandardPixmap.SP_MessageBoxCritical)
    return QApplication.style().standardIcon(pixmap)


class MergeResultsModel(RowListModel):
    CONTEXT = _CTX
    FILE, OFFICE, PERIOD, REVISION, STATUS, REASON = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("MergeResultsModel", "文件"), QT_TRANSLATE_NOOP("MergeResultsModel", "街道"),
               QT_TRANSLATE_NOOP("MergeResultsModel", "期间"), QT_TRANSLATE_NOOP("MergeResultsModel", "版本"),
               QT_TRANSLATE_NOOP("MergeResultsModel", "状态"), QT_TRANSLATE_NOOP("MergeResultsModel", "原因"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._icons: dict[str, QIcon] = {}

    def replace(self, row: int, outcome: Outcome) -> None:
        """One file answered again (after its key was trusted); the other rows stay as they were."""
        self.rows[row] = outcome
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            if r.status not in self._icons:
                self._icons[r.status] = _icon(r.status)
            return self._icons[r.status]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {self.FILE: r.file, self.REASON: say(r.reason),
                    self.STATUS: r.status}.get(col, r.fingerprint if col == self.OFFICE else None)
        if role == Qt.ItemDataRole.BackgroundRole and r.status == "conflict":
            return QBrush(ALERT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "conflict":
            return QBrush(QColor("#000000"))   # dark text stays readable on the alert colour in dark themes
        return None

    def _text(self, r: Outcome, col: int) -> str:
        if col == self.FILE:
            return Path(r.file).name
        if col == self.OFFICE:
            return r.unit_name or r.office
        if col == self.PERIOD:
            try:
                return period_label(r.period)
            except UserError:          # a damaged file may carry anything here; show it as it is
                return r.period
        if col == self.REVISION:
            return QCoreApplication.translate("MergeResultsModel", "第{0}版").format(r.revision) if r.revision else ""
        if col == self.STATUS:
            return status_label(r.status)
        return say(r.reason) + (f"；{say(r.warning)}" if r.warning else "")
