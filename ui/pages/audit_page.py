"""审计日志: every change, newest first, filtered by user, action, text and dates; fetched a
page at a time as the user scrolls; exportable."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.security import audit_log
from desktop.security.audit_log import AuditFilter
from desktop.errors import UserError
from ui import file_dialogs
from ui.core_text import say
from ui.models.row_list import RowListModel

PAGE = 200
HEADERS = (QT_TRANSLATE_NOOP("AuditModel", "编号"), QT_TRANSLATE_NOOP("AuditModel", "时间"),
           QT_TRANSLATE_NOOP("AuditModel", "用户"), QT_TRANSLATE_NOOP("AuditModel", "操作"),
           QT_TRANSLATE_NOOP("AuditModel", "对象"), QT_TRANSLATE_NOOP("AuditModel", "原值"),
           QT_TRANSLATE_NOOP("AuditModel", "新值"), QT_TRANSLATE_NOOP("AuditModel", "原因"))


class AuditModel(RowListModel):
    """The audit log a page at a time: the view fetches more as it scrolls."""
    CONTEXT, HEADERS = "AuditModel", HEADERS

    def __init__(self, db, user, parent=None):
        super().__init__(parent)
        self.db, self.user, self.filter, self.total = db, user, AuditFilter(), 0

    def reset(self, f: AuditFilter) -> None:
        self.filter = f
        self.total = audit_log.total(self.db, f)
        super().reset(audit_log.page_for(self.db, f, 0, PAGE, user=self.user))

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = audit_log.page_for(self.db, self.filter, len(self.rows), PAGE, user=self.user)
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows += more
            self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.rows[index.row()][index.column()]
        return str(value).replace("T", " ") if index.column() == 1 else str(value)


class AuditPage(QWidget):
    def __init__(self, session, window=None):
        super().__init__()
        self.session = session
        self.model = AuditModel(session.db, session.user, self)
        self.user = QComboBox()
        self.action = QComboBox()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("搜索对象、原值、新值、原因"))
        self.text.setAccessibleName(self.tr("搜索"))
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit, label in ((self.since, self.tr("起始日期")), (self.until, self.tr("截止日期"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setSpecialValueText(self.tr("不限"))
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setDate(edit.minimumDate())
            edit.setAccessibleName(label)
        self.user.setAccessibleName(self.tr("用户"))
        self.action.setAccessibleName(self.tr("操作"))
        self.count = QLabel()
        search = QPushButton(self.tr("筛选"))
        search.clicked.connect(self.apply)
        self.text.returnPressed.connect(self.apply)
        export = QPushButton(self.tr("导出为 Excel…"))
        export.clicked.connect(self.export)
        bar = QHBoxLayout()
        for label, w in ((self.tr("用户："), self.user), (self.tr("操作："), self.action), ("", self.text),
                         (self.tr("从："), self.since), (self.tr("到："), self.until)):
            if label:
                bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addWidget(search)
        bar.addWidget(export)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.count)
        layout.addWidget(self.view)
        self.loaded = False

    def showEvent(self, event) -> None:
        if not self.loaded:              # read the log when first shown, not at window start
            self.loaded = True
            self.refresh_choices()
            self.apply()
        super().showEvent(event)

    def refresh_choices(self) -> None:
        users, actions = audit_log.choices(self.session.db)
        for combo, items in ((self.user, users), (self.action, actions)):
            current = combo.currentText()
            combo.clear()
            combo.addItem(self.tr("全部"), "")
            for item in items:
                combo.addItem(item, item)
            combo.setCurrentIndex(max(0, combo.findText(current)))

    def current_filter(self) -> AuditFilter:
        def day(edit):
            return None if edit.date() == edit.minimumDate() else edit.date().toPython()
        return AuditFilter(user=self.user.currentData() or "", action=self.action.currentData() or "",
                           text=self.text.text().strip(), since=day(self.since), until=day(self.until))

    def apply(self) -> None:
        self.model.reset(self.current_filter())
        self.count.setText(self.tr("共 {0} 条").format(f"{self.model.total:,}"))
        self.view.resizeColumnsToContents()

    def export(self, target: str | None = None) -> None:
        if target is None:
            target = file_dialogs.save_file(self, self.tr("导出审计日志"), self.tr("审计日志.xlsx"),
                                            "Excel (*.xlsx)")
        if not target:
            return
        try:
            rows = audit_log.export(self.session.db, self.current_filter(), Path(target), user=self.session.user)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能导出"), say(exc))
            return
        QMessageBox.information(self, self.tr("已导出"), self.tr("已导出 {0} 条到 {1}").format(rows, target))
