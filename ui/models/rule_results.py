"""The month's failing 审核公式 as rows: the two sides with their values, the relation, the
importance and the plan's message (the export page adds a 说明 column, its editors set by the panel)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from desktop.plan.formatting import number
from ui.models.row_list import RowListModel

_FIGURES = (2, 5)          # the two sides' values: right-aligned


class RuleResultsModel(RowListModel):
    CONTEXT = "RulePanel"
    HEADERS = (QT_TRANSLATE_NOOP("RulePanel", "编号"), QT_TRANSLATE_NOOP("RulePanel", "左边"),
               QT_TRANSLATE_NOOP("RulePanel", "左边值"), QT_TRANSLATE_NOOP("RulePanel", "关系"),
               QT_TRANSLATE_NOOP("RulePanel", "右边"), QT_TRANSLATE_NOOP("RulePanel", "右边值"),
               QT_TRANSLATE_NOOP("RulePanel", "重要程度"), QT_TRANSLATE_NOOP("RulePanel", "提示信息"),
               QT_TRANSLATE_NOOP("RulePanel", "说明"))
    EXPLAIN = 8

    def __init__(self, explain: bool, parent=None):
        super().__init__(parent)
        self.explain = explain

    def columnCount(self, parent=None) -> int:
        return len(self.HEADERS) if self.explain else self.EXPLAIN

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() >= self.EXPLAIN:
            return None
        r, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.rule.id, r.rule.left, _shown(r.left), r.rule.op, r.rule.right, _shown(r.right),
                    r.rule.importance, r.rule.message)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _FIGURES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and r.blocking:
            return QColor(Qt.GlobalColor.darkRed)
        return None


def _shown(value) -> str:
    return "—" if value is None else number(value)
