"""District 工作台: each area against 序时进度, every indicator's district figure with the offices
behind, one indicator office by office and month by month. District-only indicators are entered
here, in 指标填报: double-click one (or press 填报区级指标) to open it there."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QListView, QPushButton, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from desktop.district.dashboard import DistrictOverview, IndicatorRow, overview
from desktop.plan.formatting import percent
from desktop.plan.periods import default_period, parse
from ui.models.district_progress_model import (COL_BEHIND, COL_NAME, ROW_ROLE, DistrictProgressModel, IndicatorFilter,
                                               OfficeBreakdownModel)
from ui.period_box import PeriodBox, month_label as label
from ui.widgets.bar_chart import MonthBarChart
from ui.widgets.progress_marker import ProgressMarkerBar
from ui.widgets.table_copy import enable_copy

OFFICE_ROLE = Qt.ItemDataRole.UserRole + 1
BEHIND_MARGIN = 5      # points an area may trail 序时进度 before its bar turns red (as on the office page)


class DistrictDashboardPage(QWidget):
    def __init__(self, session, window=None):
        super().__init__()
        self.session, self.window_ = session, window
        self.view: DistrictOverview | None = None
        self._build()
        self.set_period(default_period(session.plan))

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        # Above: the overview (areas, offices behind, the chosen indicator by month); below: the
        # indicator table, wide because it has ten columns, beside the chosen one by office.
        upper = QHBoxLayout()
        self.areas_box = QGroupBox(self.tr("各领域进度（竖线为序时进度）"))
        self.areas_grid = QGridLayout(self.areas_box)
        upper.addWidget(self.areas_box, 10)
        upper.addWidget(self._behind_box(), 7)
        upper.addWidget(self._chart_box(), 7)
        layout.addLayout(upper, 2)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setChildrenCollapsible(False)
        lower.addWidget(self._table_box())
        lower.addWidget(self._breakdown_box())
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 1)
        em = self.fontMetrics().height()
        lower.setSizes([54 * em, 22 * em])     # in text heights, so it holds at 125% and 150% scaling
        layout.addWidget(lower, 5)

    def _top_bar(self) -> QHBoxLayout:
        top = QHBoxLayout()
        title = QLabel(self.tr("全区工作台"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("截至月份：")))
        self.period_box = PeriodBox(self.session.plan, self.set_period, self.tr("截至月份"))
        top.addWidget(self.period_box)
        top.addStretch(1)
        self.summary = QLabel()
        top.addWidget(self.summary)
        return top

    def _behind_box(self) -> QGroupBox:
        self.behind_box = QGroupBox(self.tr("滞后街道"))
        box_layout = QVBoxLayout(self.behind_box)
        self.behind_model = QStandardItemModel(self)
        self.behind_list = QListView()
        self.behind_list.setModel(self.behind_model)
        self.behind_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.behind_list.setAccessibleName(self.tr("滞后街道"))
        self.behind_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.behind_list.activated.connect(self._show_office)
        box_layout.addWidget(self.behind_list)
        return self.behind_box

    def _table_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("各项指标"))
        box_layout = QVBoxLayout(box)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("显示：")))
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName(self.tr("显示哪些指标"))
        for text, mode in ((self.tr("全部指标"), IndicatorFilter.ALL),
                           (self.tr("街道报送的指标"), IndicatorFilter.OFFICES),
                           (self.tr("区级指标"), IndicatorFilter.OWN),
                           (self.tr("滞后或未达标"), IndicatorFilter.LAGGING)):
            self.filter_box.addItem(text, mode)
        self.filter_box.currentIndexChanged.connect(lambda _: self._apply_filter())
        bar.addWidget(self.filter_box)
        bar.addStretch(1)
        self.enter_button = QPushButton(self.tr("填报区级指标"))
        self.enter_button.setToolTip(self.tr("在“指标填报”中打开选中的区级指标"))
        self.enter_button.clicked.connect(self._enter_selected)
        bar.addWidget(self.enter_button)
        box_layout.addLayout(bar)
        self.model = DistrictProgressModel(self)
        self.proxy = IndicatorFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("各项指标"))
        enable_copy(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_BEHIND, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._select(current))
        self.table.activated.connect(self._activate)     # double-click or Enter
        box_layout.addWidget(self.table)
        return box

    def _breakdown_box(self) -> QGroupBox:
        self.breakdown_box = QGroupBox(self.tr("分街道情况"))
        box_layout = QVBoxLayout(self.breakdown_box)
        self.breakdown_model = OfficeBreakdownModel(self)
        self.breakdown = QTableView()
        self.breakdown.setModel(self.breakdown_model)
        self.breakdown.setAccessibleName(self.tr("分街道情况"))
        enable_copy(self.breakdown)
        self.breakdown.verticalHeader().hide()
        self.breakdown.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.breakdown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdown.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.breakdown.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.breakdown.horizontalHeader().setStretchLastSection(True)
        self.breakdown_note = QLabel()
        self.breakdown_note.setWordWrap(True)
        self.breakdown_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)   # alone in the box at times
        box_layout.addWidget(self.breakdown_note)
        box_layout.addWidget(self.breakdown, 1)
        return self.breakdown_box

    def _chart_box(self) -> QGroupBox:
        self.chart_box = QGroupBox(self.tr("全区月度数值"))
        chart_layout = QVBoxLayout(self.chart_box)
        self.chart = MonthBarChart()
        chart_layout.addWidget(self.chart, 1)
        return self.chart_box

    # ---------------------------------------------------------------- content
    def set_period(self, period: str) -> None:
        self._period = period
        self.period_box.show_period(period)
        self.reload()

    def reload(self) -> None:
        """Read the period again (a few hundred merged figures: quick enough for the UI thread)."""
        s = self.session
        chosen = self.current_row()
        self.view = overview(s.db, s.plan, s.unit, self._period)
        self.model.load(self.view.rows, len(self.view.units))
        self._fill_areas()
        self._fill_behind()
        lagging = sum(1 for r in self.view.rows if r.lagging)
        self.summary.setText(self.tr("{0}：已报送 {1}/{2} 个街道，滞后或未达标 {3} 项").format(
            label(self._period), self.view.reported, len(self.view.units), lagging))
        self.table.resizeColumnToContents(COL_NAME)
        self.table.setColumnWidth(COL_NAME, min(self.table.columnWidth(COL_NAME), 11 * self.fontMetrics().height()))
        first = next((n for n, r in enumerate(self.view.rows) if not r.district_only), 0)
        self.select_indicator(chosen.indicator.id if chosen else self.view.rows[first].indicator.id)

    def _fill_areas(self) -> None:
        while self.areas_grid.count():
            item = self.areas_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()          # deleted later: hidden now so it never overlaps the new row
                item.widget().deleteLater()
        for row, a in enumerate(self.view.areas):
            bar = ProgressMarkerBar()
            bar.set_values(float(a.completion or 0), float(a.elapsed),
                           a.completion is not None and a.completion < a.elapsed - BEHIND_MARGIN)
            text = QLabel(self.tr("完成 {0}｜序时 {1}｜{2} 项，滞后 {3} 项").format(
                percent(a.completion) or "—", percent(a.elapsed), a.indicators, a.behind))
            self.areas_grid.addWidget(QLabel(a.area.name), row, 0)
            self.areas_grid.addWidget(bar, row, 1)
            self.areas_grid.addWidget(text, row, 2)
        self.areas_grid.setColumnStretch(1, 1)

    def _fill_behind(self) -> None:
        self.behind_model.clear()
        for b in self.view.offices_behind:
            text = (self.tr("{0}：滞后 {1} 项").format(b.unit.name, b.count) if b.reported
                    else self.tr("{0}：未报送").format(b.unit.name))
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(b.unit.code, OFFICE_ROLE)
            item.setToolTip(self.tr("双击或按 Enter 只看该街道滞后的指标"))
            item.setForeground(QColor("#c62828") if b.reported else QColor("#ef6c00"))
            self.behind_model.appendRow(item)
        if not self.view.offices_behind:
            item = QStandardItem(self.tr("无"))
            item.setEditable(False)
            item.setEnabled(False)
            self.behind_model.appendRow(item)
        trailing = sum(1 for b in self.view.offices_behind if b.reported)
        self.behind_box.setTitle(self.tr("滞后街道（{0}个，未报送 {1} 个）").format(
            trailing, len(self.view.offices_behind) - trailing))

    # ---------------------------------------------------------------- selection
    def current_row(self) -> IndicatorRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_indicator(self, indicator_id: str) -> bool:
        source = self.model.row_of(indicator_id)
        index = self.proxy.mapFromSource(self.model.index(source, COL_NAME)) if source is not None else None
        if index is None or not index.isValid():
            self._select(None)
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._select(index)       # the row may already be current: show it anyway
        return True

    def _select(self, index) -> None:
        row = index.data(ROW_ROLE) if index is not None and index.isValid() else None
        self.breakdown_model.load(row)
        self.breakdown.setVisible(not (row and row.district_only))   # no offices to list: say so instead
        self.enter_button.setEnabled(bool(row and row.district_only and self._entry_page_available()))
        if row is None:
            self.breakdown_note.setText(self.tr("请在左侧表格中选择一个指标"))
        elif row.district_only:
            self.breakdown_note.setText(self.tr("「{0}」是区级指标，由区里自行填报，没有分街道数据。").format(
                row.indicator.name))
        else:
            self.breakdown_note.setText(self.tr("「{0}」（{1}）：{2} 个街道有数，{3} 个滞后").format(
                row.indicator.name, row.indicator.unit or "—", row.reporting, len(row.behind)))
        self._draw_chart(row)

    def _draw_chart(self, row: IndicatorRow | None) -> None:
        if row is None or row.indicator.kind == "milestone":
            self.chart.set_series([], "")
            self.chart_box.setTitle(self.tr("全区月度数值"))
            return
        long_run = len(row.monthly) > 12       # into the next year: month numbers only
        points = []
        for period, value in row.monthly:
            month = parse(period)[1]
            points.append((str(month) if long_run else self.tr("{0}月").format(month), _state(value),
                           value.value if value is not None else None))
        ind = row.indicator
        self.chart.set_series(points, ind.unit)
        self.chart_box.setTitle(self.tr("全区月度数值：{0}（{1}）").format(ind.name, ind.unit or "—"))

    def _apply_filter(self, office: str | None = None) -> None:
        chosen = self.current_row()
        mode = str(self.filter_box.currentData())
        if mode.startswith("office:"):
            mode, office = IndicatorFilter.ALL, mode.split(":", 1)[1]
        self.proxy.set_mode(mode, office)
        if chosen is not None:
            self.select_indicator(chosen.indicator.id)

    def _show_office(self, index) -> None:
        """An office in 滞后街道: the table shows only the indicators it trails on."""
        code = index.data(OFFICE_ROLE)
        if not code:
            return
        name = next(b.unit.name for b in self.view.offices_behind if b.unit.code == code)
        self.filter_box.blockSignals(True)
        extra = self.filter_box.findData(f"office:{code}")
        if extra < 0:
            self._drop_office_filters()
            self.filter_box.addItem(self.tr("{0}滞后的指标").format(name), f"office:{code}")
            extra = self.filter_box.count() - 1
        self.filter_box.setCurrentIndex(extra)
        self.filter_box.blockSignals(False)
        self.proxy.set_mode(IndicatorFilter.ALL, code)
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, COL_NAME))
        self.table.setFocus()

    def _drop_office_filters(self) -> None:
        for n in reversed(range(self.filter_box.count())):
            if str(self.filter_box.itemData(n)).startswith("office:"):
                self.filter_box.removeItem(n)

    # ---------------------------------------------------------------- navigation
    def _activate(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            return
        if row.district_only:
            self.open_in_entry(row.indicator.id)
        else:
            self._select(index)
            self.breakdown.setFocus()

    def _enter_selected(self) -> None:
        row = self.current_row()
        if row is not None and row.district_only:
            self.open_in_entry(row.indicator.id)

    def _entry_page_available(self) -> bool:
        return self.window_ is not None and "entry" in getattr(self.window_, "page_keys", [])

    def open_in_entry(self, indicator_id: str) -> None:
        if not self._entry_page_available():
            return
        page = self.window_.page_widget("entry")
        self.window_.show_page("entry")
        if page is not None:
            page.select_indicator(indicator_id, self._period)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_shown_once", False):
            self.reload()          # entries or merges made elsewhere since
        self._shown_once = True


def _state(value) -> str:
    return "empty" if value is None else ("na" if value.is_na else "value")
