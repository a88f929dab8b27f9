"""工作台: each area's progress against 序时进度, what is behind, overdue or not filled, and a
chart of one indicator by month. Clicking (or Enter on) an item opens it in 指标填报.

The figures are read on a worker with its own connection (register figures scan whole
registers: about a second at 200,000 rows), so the window shows at once and they follow."""
from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListView,
                               QVBoxLayout, QWidget)

from desktop.entry.dashboard import dashboard_data
from desktop.errors import StorageError, UserError
from desktop.entry.rows import unit_indicators
from desktop.entry.values import display
from desktop.plan.formatting import percent
from desktop.plan.periods import default_period, parse
from ui.core_text import say
from ui.period_box import PeriodBox, month_label as label
from ui.tasks import run_task
from ui.widgets.bar_chart import MonthBarChart
from ui.widgets.progress_marker import ProgressMarkerBar
from ui.widgets.stale_banner import StaleBanner
from ui.widgets.table_copy import enable_copy

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 2


class DashboardPage(QWidget):
    def __init__(self, session, window=None):
        super().__init__()
        self.session, self.window_ = session, window
        self.data = None            # the DashboardData shown; None until the first read is back
        self._asked = 0             # the newest read asked for: an older one coming back is dropped
        self._shown = 0             # the read shown (or failed): ready when it is the newest
        self._build()
        self.set_period(default_period(session.plan))

    def _build(self) -> None:
        plan = self.session.plan
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("工作台"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("截至月份：")))
        self.period_box = PeriodBox(plan, self.set_period, self.tr("截至月份"))
        top.addWidget(self.period_box)
        top.addStretch(1)
        self.summary = QLabel()
        top.addWidget(self.summary)
        layout.addLayout(top)
        self.stale_banner = StaleBanner(self.session)
        layout.addWidget(self.stale_banner)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.areas_box = QGroupBox(self.tr("各领域进度（竖线为序时进度）"))
        self.areas_grid = QGridLayout(self.areas_box)
        left.addWidget(self.areas_box)
        chart_box = QGroupBox(self.tr("月度数值"))
        chart_layout = QVBoxLayout(chart_box)
        self.chart_pick = QComboBox()
        self.chart_pick.setAccessibleName(self.tr("图表指标"))
        for ind in unit_indicators(plan, self.session.unit):
            if ind.kind != "milestone":
                self.chart_pick.addItem(ind.name, ind.id)
        # Start on the first figure the office types in itself (register figures may be empty).
        first_typed = next((n for n in range(self.chart_pick.count())
                            if plan.indicator(self.chart_pick.itemData(n)).kind != "derived"), 0)
        self.chart_pick.setCurrentIndex(first_typed)
        self.chart_pick.currentIndexChanged.connect(lambda _: self._draw_chart())
        chart_layout.addWidget(self.chart_pick)
        self.chart = MonthBarChart()
        chart_layout.addWidget(self.chart, 1)
        left.addWidget(chart_box, 1)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        self.lists: dict[str, tuple[QGroupBox, QStandardItemModel]] = {}
        self.list_views: dict[str, QListView] = {}
        for key, text in (("behind", self.tr("滞后指标")), ("overdue", self.tr("逾期节点任务")),
                          ("unfilled", self.tr("上月未填"))):
            box = QGroupBox(text)
            box_layout = QVBoxLayout(box)
            model = QStandardItemModel(self)
            view = QListView()
            view.setModel(model)
            view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
            view.setAccessibleName(text)
            enable_copy(view)
            view.activated.connect(self._open)
            view.clicked.connect(self._open)
            box_layout.addWidget(view)
            right.addWidget(box)
            self.lists[key] = (box, model)
            self.list_views[key] = view
        body.addLayout(right, 2)
        layout.addLayout(body, 1)

    # ---------------------------------------------------------------- content
    def set_period(self, period: str) -> None:
        self._period = period
        self.period_box.show_period(period)
        self.reload()

    def reload(self) -> None:
        s, period = self.session, self._period
        self.stale_banner.refresh()
        self._asked += 1
        asked = self._asked
        if self.data is None or self.data.overview.period != period:
            self.summary.setText(self.tr("正在统计{0}的进度…").format(label(period)))

        def work(progress):
            with s.connection() as db:
                return dashboard_data(db, s.plan, s.unit, period)

        run_task(None, work, on_done=lambda data: self._back(asked, data),
                 on_error=lambda exc: self._failed(asked, exc))

    @property
    def ready(self) -> bool:
        """The newest read is back (shown, or its failure said)."""
        return self._shown == self._asked

    def _current(self, asked: int) -> bool:
        if not shiboken6.isValid(self) or asked != self._asked:
            return False
        self._shown = asked
        return True

    def _failed(self, asked: int, exc: BaseException) -> None:
        if not isinstance(exc, (UserError, StorageError, OSError)):
            raise exc
        log.warning("dashboard read failed: %s", exc)
        if self._current(asked):
            self.summary.setText(self.tr("进度统计未完成：{0}").format(say(exc)))

    def _back(self, asked: int, data) -> None:
        if not self._current(asked):
            return
        self.data = data
        view = data.overview
        self._fill_areas(view.areas)
        behind = [(r, self.tr("{0}：完成 {1}，序时 {2}").format(
            r.indicator.name, percent(r.completion) or "0.0%", percent(r.elapsed))) for r in view.behind]
        overdue = [(r, self.tr("{0}：{1}").format(r.indicator.name, display(r.assessment.milestone) or
                                                  self.tr("未填"))) for r in view.overdue_milestones]
        unfilled = [(r, r.indicator.name) for r in view.unfilled_last_month]
        self._fill_list("behind", behind, view.period, self.tr("滞后指标（{0}项）"))
        self._fill_list("overdue", overdue, view.period, self.tr("逾期节点任务（{0}项）"))
        last = view.last_month or view.period
        self._fill_list("unfilled", unfilled, last,
                        self.tr("{0}未填（{{0}}项）").format(label(last)) if view.last_month else self.tr("上月未填（{0}项）"))
        self.summary.setText(self.tr("{0}：滞后 {1} 项，逾期 {2} 项，上月未填 {3} 项").format(
            label(view.period), len(behind), len(overdue), len(unfilled)))
        self._draw_chart()

    def _fill_areas(self, areas) -> None:
        while self.areas_grid.count():
            item = self.areas_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for row, a in enumerate(areas):
            name = QLabel(a.area.name)
            bar = ProgressMarkerBar()
            completion = float(a.completion or 0)
            bar.set_values(completion, float(a.elapsed), a.completion is not None and a.completion < a.elapsed - 5)
            text = QLabel(self.tr("完成 {0}｜序时 {1}｜{2} 项，滞后 {3} 项").format(
                percent(a.completion) or "—", percent(a.elapsed), a.indicators, a.behind))
            self.areas_grid.addWidget(name, row, 0)
            self.areas_grid.addWidget(bar, row, 1)
            self.areas_grid.addWidget(text, row, 2)
        self.areas_grid.setColumnStretch(1, 1)

    def _fill_list(self, key: str, rows, period: str, title: str) -> None:
        box, model = self.lists[key]
        model.clear()
        for r, text in rows:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(r.indicator.id, ID_ROLE)
            item.setData(period, PERIOD_ROLE)
            item.setToolTip(self.tr("单击或按 Enter 在“指标填报”中打开"))
            if key != "unfilled":
                item.setForeground(QColor("#c62828"))
            model.appendRow(item)
        if not rows:
            item = QStandardItem(self.tr("无"))
            item.setEditable(False)
            item.setEnabled(False)
            model.appendRow(item)
        box.setTitle(title.format(len(rows)))

    def _draw_chart(self) -> None:
        indicator_id = self.chart_pick.currentData()
        if indicator_id is None or self.data is None:
            self.chart.set_series([], "")
            return
        plan = self.session.plan
        ind = plan.indicator(indicator_id)
        series = self.data.series(plan, indicator_id)
        points = []
        long_run = len(series) > 12    # over a year: month numbers only, January with its year
        for period, value in series:
            state = "empty" if value is None else ("na" if value.is_na else "value")
            year, month = parse(period)
            if not long_run:
                text = self.tr("{0}月").format(month)
            else:
                text = self.tr("{0}年").format(year % 100) if month == 1 else str(month)
            points.append((text, state,
                           value.value if value is not None else None))
        self.chart.set_series(points, ind.unit)
        self.chart.setToolTip(self.tr("{0}（{1}），{2}起逐月").format(ind.name, ind.unit or "—",
                                                                 label(series[0][0]) if series else ""))

    def select_chart_indicator(self, indicator_id: str) -> None:
        index = self.chart_pick.findData(indicator_id)
        if index >= 0:
            self.chart_pick.setCurrentIndex(index)

    # ---------------------------------------------------------------- navigation
    def _open(self, index) -> None:
        indicator_id, period = index.data(ID_ROLE), index.data(PERIOD_ROLE)
        if not indicator_id:
            return
        self.select_chart_indicator(indicator_id)
        if self.window_ is None:
            return
        page = self.window_.page_widget("entry") if hasattr(self.window_, "page_widget") else None
        self.window_.show_page("entry")
        if page is not None:
            page.select_indicator(indicator_id, period)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_shown_once", False):
            self.reload()
        self._shown_once = True
