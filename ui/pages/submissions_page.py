"""报送情况: which office sent which month, which revision is in force, what is late, missing or
refused. Reloaded each time the page is shown, so a merge made meanwhile appears."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from desktop.security.roles import can
from desktop.district.submissions import Cell, build, deadline
from ui.models.submission_matrix import COLOURS, STATES, SubmissionMatrixModel, state_label


def day_label(d: date) -> str:
    return QCoreApplication.translate("SubmissionsPage", "{0}年{1}月{2}日").format(d.year, d.month, d.day)


class SubmissionsPage(QWidget):
    def __init__(self, session, window=None, *, today: date | None = None):
        super().__init__()
        self.session, self.window = session, window
        self.today = today                  # tests fix the day; the window uses the real one
        plan = session.plan
        self.title = QLabel(self.tr("{0}年各街道报送情况（每月报送截止：次月{1}日）").format(
            plan.year, plan.report_deadline_day))
        self.model = SubmissionMatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("报送情况"))
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        # months share the width; below a revision's width the table scrolls instead. A late cell
        # that gets too narrow elides its "迟报" but keeps its colour and tooltip.
        narrowest = self.fontMetrics().horizontalAdvance(SubmissionMatrixModel.text(Cell("merged", 10)))
        self.table.horizontalHeader().setMinimumSectionSize(narrowest + 16)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        self.month_end_button = QPushButton(self.tr("生成全区汇总表…"))
        self.month_end_button.setToolTip(self.tr("全区汇总表（签名）、通报和催报清单"))
        self.month_end_button.clicked.connect(self.open_month_end)
        self.month_end_button.setVisible(can(session.user, "report"))
        self.feedback_button = QPushButton(self.tr("写退回意见…"))
        self.feedback_button.setToolTip(self.tr("先在表中选中一个街道的某月"))
        self.feedback_button.clicked.connect(self.open_feedback)
        self.feedback_button.setVisible(can(session.user, "report"))

        legend = QHBoxLayout()
        legend.addWidget(QLabel(self.tr("图例：")))
        for state in STATES:
            swatch = QLabel(state_label(state))
            swatch.setFrameShape(QFrame.Shape.Box)
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setMinimumWidth(swatch.fontMetrics().horizontalAdvance(swatch.text()) + 24)
            swatch.setStyleSheet(f"background-color: {COLOURS[state].name()}; color: black; padding: 2px 8px;")
            legend.addWidget(swatch)
        hint = QLabel(self.tr("空白：尚未到报送截止日。鼠标停在格子上可看导出时间或拒收原因。"))
        legend.addWidget(hint)
        legend.addStretch(1)
        legend.addWidget(refresh)
        legend.addWidget(self.month_end_button)
        legend.addWidget(self.feedback_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.refresh()

    def refresh(self) -> None:
        plan = self.session.plan
        matrix = build(self.session.db, plan, today=self.today)
        self.model.reset(matrix, {m: day_label(deadline(plan, m)) for m in matrix.months})
        totals = {"merged": 0, "late": 0, "rejected": 0, "missing": 0}
        for month in matrix.months:
            for key, n in matrix.counts(month).items():
                if key in totals:
                    totals[key] += n
        self.summary.setText(self.tr("全年合计：已报送 {0} 个月次（其中迟报 {1}），拒收 {2}，缺报 {3}").format(
            totals["merged"], totals["late"], totals["rejected"], totals["missing"]))

    def open_month_end(self) -> None:
        from ui.pages.month_end_dialog import MonthEndDialog      # loaded when first used
        self.month_end = MonthEndDialog(self.session, self, today=self.today)
        self.month_end.open()

    def open_feedback(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.summary.setText(self.tr("请先在表中选中要写意见的街道和月份"))
            return
        from ui.pages.feedback_dialog import FeedbackDialog        # loaded when first used
        unit, month = self.model.matrix.units[index.row()], self.model.matrix.months[index.column()]
        self.feedback = FeedbackDialog(self.session, unit.code, unit.name, month, self)
        self.feedback.finished.connect(lambda _: self.refresh())
        self.feedback.open()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
