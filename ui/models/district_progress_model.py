"""The district 工作台's tables: every indicator's district figure, and one indicator by office.

Rows are few (the plan's indicators, the district's offices) and come whole from
desktop.district.dashboard.overview, so each period is loaded at once.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from desktop.district.dashboard import IndicatorRow
from desktop.entry.values import display
from desktop.plan.formatting import number, percent, quantity
from ui.period_box import month_label as label
from desktop.plan.statuses import BEHIND, DONE, MISSING, NOT_MET
from ui.status_text import progress_label

from .row_list import RowListModel

CONTEXT = "DistrictProgressModel"
(COL_NAME, COL_UNIT, COL_TARGET, COL_MONTH, COL_YTD, COL_DONE, COL_ELAPSED, COL_STATUS, COL_REPORTING,
 COL_BEHIND) = range(10)
NUMERIC_COLUMNS = (COL_TARGET, COL_MONTH, COL_YTD, COL_DONE, COL_ELAPSED, COL_REPORTING)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NAMES_SHOWN = 2                    # offices named in a cell before "等 N 个"

HEADERS = (
    QT_TRANSLATE_NOOP("DistrictProgressModel", "指标"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "单位"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "区目标"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "本月"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "累计"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "完成%"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "序时进度"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "状态"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "报送街道数"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "滞后街道"),
)
OFFICE_HEADERS = (
    QT_TRANSLATE_NOOP("DistrictProgressModel", "街道"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "任务"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "累计"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "完成%"),
    QT_TRANSLATE_NOOP("DistrictProgressModel", "情况"),
)

RED, GREEN, ORANGE, GREY = QColor("#c62828"), QColor("#2e7d32"), QColor("#ef6c00"), QColor("#757575")
STATUS_COLOURS = {BEHIND: RED, NOT_MET: RED, DONE: GREEN, MISSING: ORANGE}
OWN_BACKGROUND = QColor("#f3f6fb")        # district-only rows: entered here, not by offices


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def target_text(r: IndicatorRow) -> str:
    ind = r.indicator
    if ind.kind == "milestone":
        if ind.due:
            return QCoreApplication.translate("DistrictProgressModel", "{0}前完成").format(label(ind.due))
        return QCoreApplication.translate("DistrictProgressModel", "年内完成")
    if r.target is None:
        return QCoreApplication.translate("DistrictProgressModel", "监测")
    text = ("≤ " if ind.direction == "at_most" else "") + quantity(r.target, ind.unit)
    if ind.stretch is not None:
        stretch = quantity(ind.stretch, ind.unit)
        text += QCoreApplication.translate("DistrictProgressModel", "（力争 {0}）").format(stretch)
    return text


def names_text(units) -> str:
    names = [u.name for u in units]
    if len(names) <= NAMES_SHOWN:
        return "、".join(names)
    # the count first: it survives when the column is too narrow for the names
    return QCoreApplication.translate("DistrictProgressModel", "{0} 个：{1}等").format(
        len(names), "、".join(names[:NAMES_SHOWN]))


class DistrictProgressModel(RowListModel):
    CONTEXT, HEADERS = CONTEXT, HEADERS          # the module's, for RowListModel's headers
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[IndicatorRow] = []
        self.offices = 0

    def load(self, rows: list[IndicatorRow], offices: int) -> None:
        self.beginResetModel()
        self.rows, self.offices = rows, offices
        self.endResetModel()

    def row_of(self, indicator_id: str) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.indicator.id == indicator_id), None)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_STATUS:
                return STATUS_COLOURS.get(r.status)
            if col == COL_BEHIND and r.behind:
                return RED
            if col == COL_REPORTING and r.district_only:
                return GREY
        if role == Qt.ItemDataRole.BackgroundRole and r.district_only:
            return OWN_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(r, col)
        return None

    def _text(self, r: IndicatorRow, col: int) -> str:
        ind = r.indicator
        if col == COL_NAME:
            return ind.name
        if col == COL_UNIT:
            return ind.unit
        if col == COL_TARGET:
            return target_text(r)
        if col == COL_MONTH:
            return display(r.month)
        if col == COL_YTD:
            return display(r.milestone) if ind.kind == "milestone" else number(r.achieved)
        if col == COL_DONE:
            return percent(r.completion)
        if col == COL_ELAPSED:
            return percent(r.elapsed)
        if col == COL_STATUS:
            return progress_label(r.status)
        if col == COL_REPORTING:
            if r.district_only:
                return QCoreApplication.translate("DistrictProgressModel", "区级填报")
            return f"{r.reporting}/{self.offices}"
        if col == COL_BEHIND:
            return names_text(r.behind)
        return ""

    def _tip(self, r: IndicatorRow, col: int) -> str | None:
        if r.district_only:
            return QCoreApplication.translate(
                "DistrictProgressModel", "区级指标，由区里自行填报；双击在“指标填报”中打开")
        if col == COL_BEHIND and r.behind:
            return "、".join(u.name for u in r.behind)
        return QCoreApplication.translate("DistrictProgressModel", "双击查看各街道完成情况")


class OfficeBreakdownModel(RowListModel):
    """One office-level indicator, office by office: share, figure so far, completion, behind."""
    CONTEXT, HEADERS = CONTEXT, OFFICE_HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.row: IndicatorRow | None = None

    def load(self, row: IndicatorRow | None) -> None:
        self.row = row if row is not None and not row.district_only else None
        self.reset(self.row.offices if self.row is not None else [])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:       # the unit is in the panel's note, once
            return (f.unit.name, number(f.target) if f.target is not None else "—",
                    number(f.achieved), percent(f.percent), self._state(f))[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return RED if f.behind else (ORANGE if not f.reported else None)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _state(f) -> str:
        if f.behind:
            if f.reported:
                return QCoreApplication.translate("DistrictProgressModel", "滞后")
            return QCoreApplication.translate("DistrictProgressModel", "滞后，未报送")
        if f.target is None:
            return QCoreApplication.translate("DistrictProgressModel", "无分解任务")
        if f.percent is not None and f.percent >= 100:
            return QCoreApplication.translate("DistrictProgressModel", "完成")
        if f.reported:
            return QCoreApplication.translate("DistrictProgressModel", "正常")
        return QCoreApplication.translate("DistrictProgressModel", "未报送")


class IndicatorFilter(QSortFilterProxyModel):
    """Which indicators the table shows: all, the offices' or the district's own, those behind,
    or those one office trails on (chosen from the 滞后街道 list)."""
    ALL, OFFICES, OWN, LAGGING = "all", "offices", "own", "lagging"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode, self.office = self.ALL, None

    def set_mode(self, mode: str, office: str | None = None) -> None:
        # Qt 6.9 deprecates invalidateFilter(); the project still allows PySide6 6.6
        modern = hasattr(self, "endFilterChange")
        if modern:
            self.beginFilterChange()
        self.mode, self.office = mode, office
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        r = self.sourceModel().rows[source_row]
        if self.office is not None:
            return any(u.code == self.office for u in r.behind)
        return {self.ALL: True, self.OFFICES: not r.district_only, self.OWN: r.district_only,
                self.LAGGING: r.lagging}[self.mode]
