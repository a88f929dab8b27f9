"""The month's failing 审核公式, as the entry page and the export page show them.

One row per failing rule: the two sides with their values, the relation, the importance and the
plan's message. With ``explain`` (the export page) each row has a 说明 field; a 必须 rule needs
real words there before the export (the core checks it again, whatever the window does)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHeaderView, QLabel, QLineEdit,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.entry.explanations import explanation_problem
from desktop.plan.formatting import number

COL_EXPLAIN = 8


class RulePanel(QGroupBox):
    changed = Signal()          # an explanation was typed

    def __init__(self, explain: bool = False, parent=None):
        super().__init__(self.tr("审核公式"), parent)
        self.explain = explain
        self.results: list = []
        self._typed: dict[str, str] = {}       # kept across refreshes of the same page
        self.summary = QLabel()
        self.summary.setObjectName("ruleSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 9 if explain else 8)
        self.table.setAccessibleName(self.tr("未通过的审核公式"))
        self.table.setHorizontalHeaderLabels([
            self.tr("编号"), self.tr("左边"), self.tr("左边值"), self.tr("关系"), self.tr("右边"),
            self.tr("右边值"), self.tr("重要程度"), self.tr("提示信息"), self.tr("说明")][:self.table.columnCount()])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def show_results(self, results: list) -> None:
        failing = [r for r in results if r.failing]
        same = [r.summary for r in failing] == [r.summary for r in self.results if r.failing]
        self.results = results
        self.setVisible(bool(results))
        self.table.setVisible(bool(failing))
        if same and self.table.rowCount() == len(failing):
            self._say()                # the rows stand: an explanation being typed keeps its field
            return
        for rule_id, edit in self._edits().items():
            self._typed[rule_id] = edit.text()
        self.table.setRowCount(len(failing))
        for n, r in enumerate(failing):
            cells = [r.rule.id, r.rule.left, _shown(r.left), r.rule.op, r.rule.right, _shown(r.right),
                     r.rule.importance, r.rule.message]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r.blocking:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(n, c, item)
            if self.explain:
                edit = QLineEdit(self._typed.get(r.rule.id, ""))
                edit.setObjectName(f"explain_{r.rule.id}")
                edit.setAccessibleName(self.tr("审核公式 {0} 的说明").format(r.rule.id))
                edit.setPlaceholderText(self.tr("必须写明原因才能导出") if r.blocking else self.tr("可写明原因（选填）"))
                edit.textChanged.connect(self._typed_now)
                self.table.setCellWidget(n, COL_EXPLAIN, edit)
        self._say()

    def explanations(self) -> dict[str, str]:
        return {rule_id: edit.text().strip() for rule_id, edit in self._edits().items() if edit.text().strip()}

    def unexplained(self) -> list:
        """Failing 必须 rules whose 说明 does not say anything yet."""
        said = self.explanations()
        return [r for r in self.results if r.blocking and explanation_problem(said.get(r.rule.id))]

    def explanation_field(self, rule_id: str) -> QLineEdit | None:
        return self._edits().get(rule_id)

    def focus_explanation(self, rule_id: str) -> None:
        """Bring one rule's 说明 field into view (a narrow window scrolls it off) and type there."""
        for n in range(self.table.rowCount()):
            if self.table.item(n, 0).text() == rule_id and self.explain:
                self.table.scrollTo(self.table.model().index(n, COL_EXPLAIN))
                self.table.cellWidget(n, COL_EXPLAIN).setFocus(Qt.FocusReason.OtherFocusReason)

    def _edits(self) -> dict[str, QLineEdit]:
        out = {}
        for n in range(self.table.rowCount()):
            edit = self.table.cellWidget(n, COL_EXPLAIN) if self.explain else None
            if isinstance(edit, QLineEdit):
                out[self.table.item(n, 0).text()] = edit
        return out

    def _typed_now(self) -> None:
        self._say()
        self.changed.emit()

    def _say(self) -> None:
        failing = [r for r in self.results if r.failing]
        blocking = [r for r in failing if r.blocking]
        if not failing:
            self.summary.setText(self.tr("本月 {0} 条审核公式均已通过").format(len(self.results)))
            self.summary.setStyleSheet("color: #2e7d32;")
            return
        text = self.tr("本月有 {0} 条审核公式未通过（其中“必须” {1} 条）").format(len(failing), len(blocking))
        if self.explain and blocking:
            waiting = len(self.unexplained())
            text += self.tr("：还有 {0} 条“必须”未写说明，写明后才能导出").format(waiting) if waiting \
                else self.tr("：已写明说明，说明将随报送表签名报送")
        elif blocking:
            text += self.tr("：导出时须逐条写明说明")
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #c62828;" if blocking else "color: #ef6c00;")


def _shown(value) -> str:
    return "—" if value is None else number(value)
