"""导出历史: the exports of this office, newest first."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ui.models.row_list import RowListModel
from ui.period_box import month_label as period_label


class ExportHistoryModel(RowListModel):
    CONTEXT = "ExportHistoryModel"
    HEADERS = (QT_TRANSLATE_NOOP("ExportHistoryModel", "报告期"), QT_TRANSLATE_NOOP("ExportHistoryModel", "版本"),
               QT_TRANSLATE_NOOP("ExportHistoryModel", "导出时间"), QT_TRANSLATE_NOOP("ExportHistoryModel", "导出人"),
               QT_TRANSLATE_NOOP("ExportHistoryModel", "文件"), "SHA-256")

    def __init__(self, rows: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self.rows = list(rows or [])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (period_label(row["period"]), QCoreApplication.translate("ExportHistoryModel", "第{0}版").format(row["revision"]),
                    row["exported_at"].replace("T", " "), row["exported_by"], Path(row["file_path"]).name,
                    row["digest"][:16] + "…")[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row["file_path"] if index.column() == 4 else row["digest"]
        return None
