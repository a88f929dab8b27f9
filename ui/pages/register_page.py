"""台账 page, one per register: search, filters, counts, the table, and the actions on it
(new record Ctrl+N, open with Enter or double-click, delete with a reason, import, export)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from desktop.errors import UserError
from desktop.registers import records
from desktop.registers.field_types import of
from desktop.registers.export import export_register
from desktop.registers.importer import open_source
from desktop.registers.privacy import BIRTH_DERIVED, hides
from desktop.registers.pasted_source import source_from_text
from desktop.registers.query import Filter, filter_fields
from desktop.registers.schema import name_field, prefix_fields
from desktop.entry.stale import ExportedMonthChanged
from ui.core_text import say
from ui.registers.import_dialog import ImportDialog
from ui.registers.record_dialog import RecordDialog
from ui.registers.table_model import RegisterTableModel
from ui.tasks import run_task
from ui.widgets.exported_change_dialog import ask_exported_reason
from ui import file_dialogs
from ui.widgets.table_copy import enable_copy

SEARCH_DELAY_MS = 250


class RegisterTable(QTableView):
    """Enter opens the current record (the view would otherwise start editing or move down);
    Del deletes it, after asking for the reason."""

    def __init__(self, open_row, delete_current, parent=None):
        super().__init__(parent)
        self.open_row, self.delete_current = open_row, delete_current

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_row(self.currentIndex().row())
            return
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_current()
            return
        super().keyPressEvent(event)


class RegisterPage(QWidget):
    def __init__(self, session, window=None, register=None):
        super().__init__()
        self.session, self.register = session, register
        self.model = RegisterTableModel(session.db, register, session.unit.code, session.user, self)
        self.search_box = QLineEdit()
        searched = [f.label + (self.tr("（完整号码）") if hides(f, session.user.role) else "")
                    for f in ([name_field(register)] if name_field(register) else []) + prefix_fields(register)]
        self.search_box.setPlaceholderText(self.tr("按{0}查找（Ctrl+F）").format("、".join(searched)))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("查找"))
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.apply_search)
        self.search_box.textChanged.connect(lambda _: self.timer.start())
        self.search_box.returnPressed.connect(self.to_results)
        self.filters: list[tuple[str, QComboBox]] = []
        top = QHBoxLayout()
        top.addWidget(self.search_box, 2)
        for f in filter_fields(register):
            combo = QComboBox()
            combo.setAccessibleName(f.label)
            options = of(f).options(f, records.communities(session.plan, session.unit.code))
            combo.addItem(self.tr("全部{0}").format(f.label), None)
            for o in options:
                combo.addItem(o, o)
            combo.currentIndexChanged.connect(self.apply_search)
            top.addWidget(combo, 1)
            self.filters.append((f.id, combo))
        self.counts = QLabel()
        layout = QVBoxLayout(self)
        title = QLabel(register.name)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(self._actions())
        self.view = RegisterTable(self.open_row, self.delete_current)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        enable_copy(self.view)     # Ctrl+C: the selected records as tab-separated text
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        for col, f in enumerate(self.model.fields):
            # without view_full_id the birth date is the masked digits: the column stays empty, so hide it
            self.view.setColumnHidden(col, f.derived == BIRTH_DERIVED and hides(f, session.user.role))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_record)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search_box.setFocus)
        self.loaded = False   # queried when first shown: the window starts without reading registers
        self._size_columns()

    def showEvent(self, event) -> None:
        if not self.loaded:
            self.apply_search()
        super().showEvent(event)

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in ((self.tr("新增记录 (Ctrl+N)"), self.new_record), (self.tr("打开"), self.open_current),
                           (self.tr("删除…"), self.delete_current), (self.tr("从 Excel 导入…"), self.choose_import),
                           (self.tr("粘贴导入…"), self.paste_import),
                           (self.tr("导出为 Excel…"), self.export)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        return row

    def _size_columns(self) -> None:
        em = self.fontMetrics().horizontalAdvance("中")
        name = name_field(self.register)
        for col, f in enumerate(self.model.fields):
            wide = 12 if name and f.id == name.id and f.max_length is None else 0
            self.view.setColumnWidth(col, em * max(of(f).table_width(f), len(f.label) + 1, wide))

    def to_results(self) -> None:
        """Enter in the search box: search now and move to the first result."""
        self.apply_search()
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def focus_first(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def active_filters(self) -> tuple[Filter, ...]:
        return tuple(Filter(fid, combo.currentData()) for fid, combo in self.filters if combo.currentData())

    def apply_search(self) -> None:
        self.loaded = True
        self.timer.stop()
        self.model.search(self.search_box.text(), self.active_filters())
        self.update_counts()

    def update_counts(self) -> None:
        self.counts.setText(self.tr("共 {0:,} 条，筛选后 {1:,} 条").format(self.model.total, len(self.model.ids)))

    def reload(self, select_id: int | None = None) -> None:
        self.model.refresh(changed=select_id)
        self.update_counts()
        if select_id is not None and (row := self.model.row_of(select_id)) >= 0:
            self.view.selectRow(row)

    # -- actions ---------------------------------------------------------------------------
    def new_record(self) -> None:
        self.open_record(None)

    def open_current(self) -> None:
        if self.view.currentIndex().isValid():
            self.open_row(self.view.currentIndex().row())

    def open_row(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id is not None:
            self.open_record(record_id)

    def open_record(self, record_id: int | None) -> RecordDialog:
        dialog = RecordDialog(self.session, self.register, record_id, self)
        dialog.saved.connect(lambda rid: self.reload(rid))
        dialog.open_other.connect(lambda rid: QTimer.singleShot(0, lambda: self.open_record(rid)))
        dialog.setModal(True)
        dialog.show()
        self.dialog = dialog
        return dialog

    def delete_current(self) -> None:
        record_id = self.model.record_id(self.view.currentIndex().row())
        if record_id is None:
            return
        who = records.describe(self.session.db, self.register, record_id)
        reason, ok = QInputDialog.getText(self, self.tr("删除记录"), self.tr(
            "删除 {0}。请填写删除原因（如“重复登记”“已迁出本街道”），将记入审计日志：").format(who))
        if not ok:
            return
        exported_reason = None
        while True:
            try:
                records.delete_record(self.session.db, self.register, record_id, user=self.session.user,
                                      reason=reason, exported_reason=exported_reason, plan=self.session.plan)
                break
            except ExportedMonthChanged as exc:
                # the record counts in an exported month: name the figures, ask again
                exported_reason = ask_exported_reason(self, exc, exported_reason or reason)
                if exported_reason is None:
                    return
            except UserError as exc:
                QMessageBox.warning(self, self.tr("未删除"), say(exc))
                return
        self.reload()

    def choose_import(self) -> None:
        path = file_dialogs.open_file(self, self.tr("选择要导入的文件"), "",
                                      self.tr("Excel 或 CSV (*.xlsx *.xls *.csv)"))
        if path:
            self.start_import(path)

    def start_import(self, path: str) -> None:
        register = self.register
        run_task(self, lambda progress: open_source(path, register), on_done=self.show_import,
                 on_error=lambda exc: QMessageBox.warning(self, self.tr("无法导入"), say(exc)),
                 label=self.tr("正在读取文件…"))

    def paste_import(self, text: str | None = None) -> ImportDialog | None:
        """Import a table copied from Excel or WPS, through the same dialog as a file."""
        text = QGuiApplication.clipboard().text() if text is None else text
        try:
            source = source_from_text(text, self.register)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法粘贴导入"), say(exc))
            return None
        return self.show_import(source)

    def show_import(self, source) -> ImportDialog:
        dialog = ImportDialog(self.session, self.register, source, self)
        dialog.accepted.connect(self.reload)
        dialog.setModal(True)
        dialog.show()
        self.import_dialog = dialog
        return dialog

    def export(self) -> None:
        path = file_dialogs.save_file(self, self.tr("导出台账"), f"{self.register.name}.xlsx",
                                      self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        session, plan, reg_id, office = self.session, self.session.plan, self.register.id, self.session.unit.code
        user = self.session.user

        def work(progress):
            with session.connection() as db:          # this thread's own connection
                return export_register(db, plan, reg_id, office, path, user=user)

        run_task(self, work, label=self.tr("正在导出…"),
                 on_done=lambda n: QMessageBox.information(self, self.tr("导出完成"),
                                                           self.tr("已导出 {0} 条记录到 {1}").format(n, path)),
                 on_error=lambda exc: QMessageBox.warning(self, self.tr("导出失败"), say(exc)))
