"""A record's child log (培训记录, 服务记录) beside the record: a short list with add, edit and
delete. One record has tens of rows at most, so a standard item model is enough here."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.errors import UserError
from desktop.registers import records
from desktop.registers.records import RecordInvalid
from desktop.registers.values import display
from desktop.entry.stale import ExportedMonthChanged
from ui.core_text import say
from ui.widgets.exported_change_dialog import ask_exported_reason


from .record_form import RecordForm


class LogRowDialog(QDialog):
    def __init__(self, log, stored: dict | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(log.name)
        self.form = RecordForm(log.fields, parent=self)
        self.form.set_values(stored or {})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.form.validate().ok:
            self.accept()


class LogPanel(QWidget):
    def __init__(self, session, register, log, parent=None):
        super().__init__(parent)
        self.session, self.register, self.log = session, register, log
        self.record_id: int | None = None
        self.row_ids: list[int] = []
        self.stored: list[dict] = []
        self.model = QStandardItemModel(0, len(log.fields), self)
        self.model.setHorizontalHeaderLabels([f.label for f in log.fields])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda idx: self._edit(idx.row()))
        self.hint = QLabel(self.tr("先保存记录，再添加{0}").format(log.name))
        add = QPushButton(self.tr("添加{0}（Ctrl+L）").format(log.name))
        add.setShortcut(QKeySequence("Ctrl+L"))     # in the record dialog, without ≈17 Tabs
        add.clicked.connect(lambda: self._edit(None))
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(self._delete)
        self.buttons = [add, remove]
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.set_record(None)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.hint.setVisible(record_id is None)
        for b in self.buttons:
            b.setEnabled(record_id is not None)
        self.reload()

    def reload(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        rows = [] if self.record_id is None else records.log_rows(
            self.session.db, self.register, self.log, self.record_id)
        self.row_ids = [r[0] for r in rows]
        self.stored = [r[1] for r in rows]
        for values in self.stored:
            items = [QStandardItem(display(f, values.get(f.id))) for f in self.log.fields]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)

    def _edit(self, row: int | None) -> None:
        if self.record_id is None:
            return
        dialog = LogRowDialog(self.log, None if row is None else self.stored[row], self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self._save_row(dialog.form.raw(), None if row is None else self.row_ids[row]):
                break
            # the reason was not given: the row opens again as typed, to change or cancel
        self.reload()

    def _save_row(self, raw: dict, row_id: int | None) -> bool:
        """Save (asking for a reason when an exported month's figures change); False: cancelled."""
        reason = None
        while True:
            try:
                records.save_log_row(self.session.db, self.session.plan, self.register, self.log, self.record_id,
                                     raw, user=self.session.user, row_id=row_id, exported_reason=reason)
                return True
            except ExportedMonthChanged as exc:
                reason = ask_exported_reason(self, exc, reason or "")
                if reason is None:
                    return False
            except (RecordInvalid, UserError) as exc:
                QMessageBox.warning(self, self.tr("未保存"), say(exc))
                return True

    def _delete(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows:
            return
        answer = QMessageBox.question(self, self.tr("删除{0}").format(self.log.name),
                                      self.tr("删除所选的 {0} 行{1}？").format(len(rows), self.log.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason = None
        for row in rows:
            while True:
                try:
                    records.delete_log_row(self.session.db, self.register, self.log, self.row_ids[row],
                                           user=self.session.user, reason="在记录窗口中删除",
                                           exported_reason=reason, plan=self.session.plan)
                    break
                except ExportedMonthChanged as exc:
                    reason = ask_exported_reason(self, exc, reason or "")
                    if reason is None:
                        self.reload()
                        return
        self.reload()
