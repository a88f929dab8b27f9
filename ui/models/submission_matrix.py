"""报送情况 as a table: a row per office, a column per month of the plan year (desktop.district.submissions)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.district.submissions import Cell, Matrix
from ui.status_text import feedback_label, feedback_next_step, file_label

_CTX = "SubmissionMatrixModel"
# One colour per state, light enough for dark text; the page's legend uses the same table.
STATES = ("merged", "late", "rejected", "missing")
STATE_LABELS = {"merged": QT_TRANSLATE_NOOP("SubmissionMatrixModel", "按时报送"),
                "late": QT_TRANSLATE_NOOP("SubmissionMatrixModel", "迟报"),
                "rejected": QT_TRANSLATE_NOOP("SubmissionMatrixModel", "拒收"),
                "missing": QT_TRANSLATE_NOOP("SubmissionMatrixModel", "缺报")}
COLOURS = {"merged": QColor("#cdebd3"), "late": QColor("#ffe3a3"), "rejected": QColor("#f6c1c1"),
           "missing": QColor("#dcdcdc")}



def state_label(state: str) -> str:
    return QCoreApplication.translate(_CTX, STATE_LABELS[state])


def colour_key(cell: Cell) -> str | None:
    if cell.state == "merged":
        return "late" if cell.late else "merged"
    return cell.state if cell.state in COLOURS else None      # pending: not due yet, no colour


class SubmissionMatrixModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.deadlines: dict[str, str] = {}

    def reset(self, matrix: Matrix, deadlines: dict[str, str]) -> None:
        self.beginResetModel()
        self.matrix, self.deadlines = matrix, deadlines
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.units)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.months)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            month = self.matrix.months[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("SubmissionMatrixModel", "{0}月").format(int(month[5:]))
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("SubmissionMatrixModel", "报送截止：{0}").format(self.deadlines.get(month, ""))
        elif role == Qt.ItemDataRole.DisplayRole:
            return self.matrix.units[section].name
        return None

    def cell_at(self, row: int, column: int) -> Cell:
        return self.matrix.cell(self.matrix.units[row].code, self.matrix.months[column])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.matrix is None:
            return None
        cell = self.cell_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tooltip(cell, self.matrix.months[index.column()])
            if cell.feedback:                 # the registry's next step for the district's feedback
                text += f"\n{feedback_label(cell.feedback)}：{feedback_next_step(cell.feedback)}"
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            key = colour_key(cell)
            return QBrush(COLOURS[key]) if key else None
        if role == Qt.ItemDataRole.ForegroundRole and colour_key(cell):
            return QBrush(QColor("#000000"))     # the light colours need dark text, whatever the theme
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def text(cell: Cell) -> str:
        base = SubmissionMatrixModel._base_text(cell)
        return base + "·" + feedback_label(cell.feedback) if cell.feedback else base

    @staticmethod
    def _base_text(cell: Cell) -> str:
        if cell.state == "merged":
            revision = QCoreApplication.translate("SubmissionMatrixModel", "第{0}版").format(cell.revision)
            return revision + QCoreApplication.translate("SubmissionMatrixModel", "·迟报") if cell.late else revision
        if cell.state in ("rejected", "missing"):
            return state_label(cell.state)
        return ""

    def tooltip(self, cell: Cell, month: str) -> str:
        due = self.deadlines.get(month, "")
        if cell.state == "merged":
            text = QCoreApplication.translate("SubmissionMatrixModel", "第{0}版，导出于 {1}").format(cell.revision, cell.exported_at.replace("T", " "))
            return text + QCoreApplication.translate("SubmissionMatrixModel", "，晚于报送截止 {0}").format(due) if cell.late else text
        if cell.state == "rejected":
            return f"{file_label(cell.status)}：{cell.reason}"
        if cell.state == "missing":
            return QCoreApplication.translate("SubmissionMatrixModel", "报送截止 {0} 已过，尚未收到").format(due)
        return QCoreApplication.translate("SubmissionMatrixModel", "报送截止 {0}，尚未到期").format(due)
