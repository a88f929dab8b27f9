"""The month's failing 审核公式, as the entry page and the export page show them.

One row per failing rule: the two sides with their values, the relation, the importance and the
plan's message. With ``explain`` (the export page) each row has a 说明 field; a 必须 rule needs
real words there before the export (the core checks it again, whatever the window does)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout

from desktop.entry.explanations import explanation_problem
from ui.models.rule_results import RuleResultsModel

COL_EXPLAIN = RuleResultsModel.EXPLAIN


class RulePanel(QGroupBox):
    changed = Signal()          # an explanation was typed

    def __init__(self, explain: bool = False, parent=None):
        super().__init__(self.tr("审核公式"), parent)
        self.explain = explain
        self.results: list = []
        self._typed: dict[str, str] = {}       # kept across refreshes of the same page
        self._fields: dict[str, QLineEdit] = {}   # rule id -> its 说明 editor (export page)
        self.summary = QLabel()
        self.summary.setObjectName("ruleSummary")
        self.summary.setWordWrap(True)
        self.model = RuleResultsModel(explain, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("未通过的审核公式"))
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
        if same and self.model.rowCount() == len(failing):
            self._say()                # the rows stand: an explanation being typed keeps its field
            return
        for rule_id, edit in self._edits().items():
            self._typed[rule_id] = edit.text()
        self._fields = {}
        self.model.reset(failing)
        if self.explain:
            for n, r in enumerate(failing):
                edit = QLineEdit(self._typed.get(r.rule.id, ""))
                edit.setObjectName(f"explain_{r.rule.id}")
                edit.setAccessibleName(self.tr("审核公式 {0} 的说明").format(r.rule.id))
                edit.setPlaceholderText(self.tr("必须写明原因才能导出") if r.blocking else self.tr("可写明原因（选填）"))
                edit.textChanged.connect(self._typed_now)
                self.table.setIndexWidget(self.model.index(n, COL_EXPLAIN), edit)
                self._fields[r.rule.id] = edit
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
        edit = self._edits().get(rule_id)
        if edit is not None:
            n = [r.rule.id for r in self.model.rows].index(rule_id)
            self.table.scrollTo(self.model.index(n, COL_EXPLAIN))
            edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edits(self) -> dict[str, QLineEdit]:
        return dict(self._fields)

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

