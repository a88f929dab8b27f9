"""The results of one verify or merge run: a row per file, as desktop.exchange.merge answered it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.errors import UserError
from desktop.exchange import statuses
from desktop.exchange.merge import Outcome
from ui.core_text import say
from ui.status_text import file_label, file_next_step, file_severity
from ui.period_box import month_label as period_label

from .row_list import RowListModel

_CTX = "MergeResultsModel"
ALERT_BACKGROUND = QColor("#f8c8c8")     # a conflict needs a person to call the office
_ICONS = {statuses.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
          statuses.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning}


def _icon(status: str) -> QIcon:
    pixmap = _ICONS.get(file_severity(status), QStyle.StandardPixmap.SP_MessageBoxCritical)
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
                    self.STATUS: file_next_step(r.status)}.get(col, r.fingerprint if col == self.OFFICE else None)
        alert = file_severity(r.status) == statuses.ALERT
        if role == Qt.ItemDataRole.BackgroundRole and alert:
            return QBrush(ALERT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and alert:
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
            return file_label(r.status)
        return say(r.reason) + (f"；{say(r.warning)}" if r.warning else "")
