"""The entry grid's model: a month's indicators grouped under area and measure header rows.

Rows are few (one office's indicators), so a period is loaded whole; after an edit only the
edited indicator's row is rebuilt. Edits are handed to ``on_edit`` (the page), which saves
them through desktop/ and says whether the value was accepted.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.entry.rows import ProgressRow
from desktop.entry.values import display
from desktop.plan.formatting import percent, quantity
from ui.period_box import month_label as label
from desktop.plan.statuses import BEHIND, DONE, MISSING, milestone_label
from ui.status_text import progress_label, progress_next_step, verdict_label

COL_NAME, COL_UNIT, COL_TARGET, COL_MONTH, COL_YTD, COL_DONE, COL_ELAPSED, COL_STATUS, COL_NOTE = range(9)
EDITABLE_COLUMNS = (COL_MONTH, COL_NOTE)
NUMERIC_COLUMNS = (COL_TARGET, COL_MONTH, COL_YTD, COL_DONE, COL_ELAPSED)
INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_COLOURS = {BEHIND: QColor("#c62828"), DONE: QColor("#2e7d32"), MISSING: QColor("#ef6c00")}
GREY = QColor("#757575")
ERROR_BACKGROUND = QColor("#ffebee")
AREA_BACKGROUND = QColor("#dfe6ee")
MEASURE_BACKGROUND = QColor("#f0f3f6")
DERIVED_BACKGROUND = QColor("#f5f5f5")
EMPTY_BACKGROUND = QColor("#fff3e0")     # a month still to fill stands out before the status does
FEEDBACK_BACKGROUND = QColor("#fff59d")  # the district commented on this indicator, not answered yet
ANSWERED_BACKGROUND = QColor("#e8f5e9")  # … and the office has answered


def headers() -> list[str]:
    return [QCoreApplication.translate("EntryModel", "指标"), QCoreApplication.translate("EntryModel", "单位"), QCoreApplication.translate("EntryModel", "全年目标"), QCoreApplication.translate("EntryModel", "本月"), QCoreApplication.translate("EntryModel", "累计/最新"), QCoreApplication.translate("EntryModel", "完成率"),
            QCoreApplication.translate("EntryModel", "序时进度"), QCoreApplication.translate("EntryModel", "状态"), QCoreApplication.translate("EntryModel", "说明")]


def target_text(row: ProgressRow) -> str:
    ind = row.indicator
    if ind.kind == "milestone":
        return QCoreApplication.translate("EntryModel", "{0}前完成").format(label(ind.due)) if ind.due else QCoreApplication.translate("EntryModel", "年内完成")
    if row.target is None:
        return QCoreApplication.translate("EntryModel", "监测")
    sign = "≤ " if ind.direction == "at_most" else ""
    text = sign + quantity(row.target, ind.unit)
    if row.stretch is not None:
        text += QCoreApplication.translate("EntryModel", "（力争 {0}）").format(quantity(row.stretch, ind.unit))
    if row.stage is not None and row.stage.percent < 100:
        text += QCoreApplication.translate("EntryModel", "（本阶段 {0}，{1}前）").format(quantity(row.stage_target, ind.unit), label(row.stage.by))
    return text


class EntryModel(QAbstractTableModel):
    def __init__(self, on_edit: Callable[[ProgressRow, int, str], bool], parent=None):
        super().__init__(parent)
        self.on_edit = on_edit
        self.items: list[tuple[str, object]] = []     # ("area" | "measure" | "indicator", thing)
        self.errors: dict[str, str] = {}              # indicator id → why the last edit was refused
        self.typed: dict[tuple[str, int], str] = {}   # (indicator id, column) → text not yet saved
        self.feedback: dict[str, list] = {}           # indicator id → the district's comments this month
        self._headers = headers()

    def set_feedback(self, feedback: dict[str, list]) -> None:
        """The month's 退回意见 (desktop.feedback.answers.for_indicators), shown on the name column."""
        self.feedback = feedback
        if self.items:
            self.dataChanged.emit(self.index(0, COL_NAME), self.index(len(self.items) - 1, COL_NAME))

    # ---------------------------------------------------------------- loading
    def load(self, rows: list[ProgressRow]) -> None:
        self.beginResetModel()
        self.items, self.errors, self.typed = [], {}, {}
        area = measure = None
        for r in rows:
            if r.area.id != area:
                area = r.area.id
                self.items.append(("area", r.area))
            if r.measure.id != measure:
                measure = r.measure.id
                self.items.append(("measure", r.measure))
            self.items.append(("indicator", r))
        self.endResetModel()

    def replace_row(self, new: ProgressRow) -> None:
        row = self.row_of(new.indicator.id)
        if row is not None:
            self.items[row] = ("indicator", new)
            for key in [k for k in self.typed if k[0] == new.indicator.id]:
                del self.typed[key]
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_error(self, indicator_id: str, message: str | None) -> None:
        if message:
            self.errors[indicator_id] = message
        else:
            self.errors.pop(indicator_id, None)
        row = self.row_of(indicator_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, COL_MONTH), self.index(row, COL_MONTH))

    def set_typed(self, indicator_id: str, column: int, text: str | None) -> None:
        """What the user typed but could not be saved (busy or full database) stays in the cell."""
        if text is None:
            self.typed.pop((indicator_id, column), None)
        else:
            self.typed[(indicator_id, column)] = text
        row = self.row_of(indicator_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def row_has_error(self, row: int) -> bool:
        r = self.progress_row(row) if 0 <= row < len(self.items) else None
        return r is not None and r.indicator.id in self.errors

    def row_of(self, indicator_id: str) -> int | None:
        for n, (kind, thing) in enumerate(self.items):
            if kind == "indicator" and thing.indicator.id == indicator_id:
                return n
        return None

    def progress_row(self, row: int) -> ProgressRow | None:
        kind, thing = self.items[row]
        return thing if kind == "indicator" else None

    def header_rows(self) -> list[int]:
        return [n for n, (kind, _) in enumerate(self.items) if kind != "indicator"]

    def indicator_rows(self) -> list[ProgressRow]:
        return [thing for kind, thing in self.items if kind == "indicator"]

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index):
        r = self.progress_row(index.row())
        if r is None:   # header rows: not enabled, so keyboard moves skip over them
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE_COLUMNS and r.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, thing = self.items[index.row()]
        if kind != "indicator":
            return self._header_data(kind, thing, index.column(), role)
        return self._row_data(thing, index.column(), role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        r = self.progress_row(index.row()) if index.isValid() else None
        if r is None or role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE_COLUMNS:
            return False
        return self.on_edit(r, index.column(), str(value if value is not None else ""))

    def _header_data(self, kind, thing, column, role):
        if role == Qt.ItemDataRole.DisplayRole and column == COL_NAME:
            return thing.name if kind == "measure" else f"{thing.name}" + (f"——{thing.slogan}" if thing.slogan else "")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(AREA_BACKGROUND if kind == "area" else MEASURE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#263238"))
        return None

    def _row_data(self, r: ProgressRow, column: int, role):
        ind = r.indicator
        if (ind.id, column) in self.typed and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.typed[(ind.id, column)]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == COL_MONTH:
                m = r.month
                if m is not None and m.status:
                    return milestone_label(m.status) + (f" {m.done_on}" if m.done_on else "")
                return display(m)
            return r.note if column == COL_NOTE else self._display(r, column)
        if role == INDICATOR_ROLE:
            return ind.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATUS and r.status in STATUS_COLOURS:
                return QBrush(STATUS_COLOURS[r.status])
            if column == COL_MONTH and r.month is not None and r.month.is_na:
                return QBrush(GREY)
            if column == COL_NOTE and not r.editable:
                return QBrush(GREY)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == COL_NAME and ind.id in self.feedback:
                done = all(c.answered for c in self.feedback[ind.id])
                return QBrush(ANSWERED_BACKGROUND if done else FEEDBACK_BACKGROUND)
            if column == COL_MONTH and ind.id in self.errors:
                return QBrush(ERROR_BACKGROUND)
            if column == COL_MONTH and not r.editable:
                return QBrush(DERIVED_BACKGROUND)
            if column == COL_MONTH and r.month is None:
                return QBrush(EMPTY_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, column)
        return None

    def _display(self, r: ProgressRow, column: int) -> str:
        ind = r.indicator
        if column == COL_NAME:
            return ind.name + (QCoreApplication.translate("EntryModel", "（台账）") if not r.editable else "")
        if column == COL_UNIT:
            return ind.unit
        if column == COL_TARGET:
            return target_text(r)
        if column == COL_MONTH:
            return display(r.month)
        if column == COL_YTD:
            return "" if ind.kind == "milestone" else quantity(r.ytd, ind.unit)
        if column == COL_DONE:
            return percent(r.completion)
        if column == COL_ELAPSED:
            return percent(r.elapsed)
        if column == COL_STATUS:
            if r.assessment.overdue:
                return QCoreApplication.translate("EntryModel", "未填（逾期）") if r.status == MISSING else QCoreApplication.translate("EntryModel", "滞后（逾期）")
            return progress_label(r.status)
        if column == COL_NOTE:
            return r.note if r.editable else r.source   # a register figure says where it comes from
        return ""

    def _tooltip(self, r: ProgressRow, column: int) -> str | None:
        if column == COL_MONTH and r.indicator.id in self.errors:
            return self.errors[r.indicator.id]
        if column == COL_MONTH and not r.editable:
            return r.source
        if column == COL_MONTH and r.indicator.kind == "milestone":
            return QCoreApplication.translate("EntryModel", "填写 未启动、推进中 或 已完成（也可填 0、1、2）；已完成可加日期，如“已完成 2023-06-30”")
        if column == COL_NAME:
            said = [QCoreApplication.translate("EntryModel", "区里意见（{0}）：{1}").format(verdict_label(c.state), c.text)
                    + (QCoreApplication.translate("EntryModel", "　已答复：{0}").format(c.answer) if c.answered else "")
                    for c in self.feedback.get(r.indicator.id, [])]
            return "\n".join(t for t in (*said, r.measure.name, r.indicator.note, r.source) if t) or None
        if column == COL_NOTE and r.note:
            return r.note
        if column == COL_STATUS:
            return progress_next_step(r.status)
        return None
