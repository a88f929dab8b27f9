"""One register record: the generated form on the left, its child logs on the right.
Ctrl+S saves, Esc asks before discarding unsaved changes."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QScrollArea,
                               QTabWidget, QVBoxLayout)

from desktop.registers import cn_id
from desktop.errors import UserError
from desktop.registers import records
from desktop.registers.field_types import of
from desktop.registers.privacy import may_see_id_numbers
from desktop.registers.records import RecordInvalid
from desktop.registers.values import with_current_age
from desktop.entry.stale import ExportedMonthChanged
from ui.core_text import say
from ui.widgets.exported_change_dialog import ask_exported_reason

from ui.geometry import remember_geometry


from .log_panel import LogPanel
from .record_form import RecordForm


class RecordDialog(QDialog):
    saved = Signal(int)
    open_other = Signal(int)

    def __init__(self, session, register, record_id: int | None = None, parent=None):
        super().__init__(parent)
        self.session, self.register, self.record_id = session, register, record_id
        office = session.unit.code
        self.form = RecordForm(register.fields, records.communities(session.plan, office),
                               duplicate_check=self._duplicate, parent=self,
                               mask_ids=not may_see_id_numbers(session.user.role))
        self.form.open_record.connect(self._open_other)
        stored = records.load_record(session.db, register, record_id) if record_id else {}
        self.form.set_values(with_current_age(register.fields, dict(stored or {})))
        self.setWindowTitle(self._title())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存 (Ctrl+S)"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(scroll)
        left.addWidget(self.message)
        left.addWidget(buttons)
        body = QHBoxLayout(self)
        body.addLayout(left, 3)
        self.logs: list[LogPanel] = []
        if register.logs:
            tabs = QTabWidget()
            for log in register.logs:
                panel = LogPanel(session, register, log, self)
                panel.set_record(record_id)
                self.logs.append(panel)
                tabs.addTab(panel, log.name)
            body.addWidget(tabs, 2)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        remember_geometry(self, "geometry/record_dialog" + ("_logs" if register.logs else ""),
                          QSize(1000 if register.logs else 640, 680))
        self.form.first_editor().setFocus()

    def _title(self) -> str:
        if self.record_id is None:
            return self.tr("新增 — {0}").format(self.register.name)
        return self.tr("{0} — 第 {1} 号").format(self.register.name, self.record_id)

    def _duplicate(self, text: str):
        try:
            number = cn_id.parse(text).number
        except cn_id.IdError:
            return None
        field = next(f for f in self.register.fields if of(f).identity)
        other = records.duplicate_of(self.session.db, self.register, self.session.unit.code, field.id, number,
                                     self.record_id)
        if other is None:
            return None
        return other, records.describe(self.session.db, self.register, other)

    def _open_other(self, record_id: int) -> None:
        if self.confirm_discard():
            self.open_other.emit(record_id)
            self.form.dirty = False
            self.reject()

    def save(self, exported_reason: str | None = None) -> bool:
        checked = self.form.validate()
        if not checked.ok:
            self.message.setText(self.tr("请先改正标红的项目：") + say(checked.reasons(self.register.fields)))
            self.form.focus_first_error(checked.errors)
            return False
        try:
            self.record_id = records.save_record(self.session.db, self.session.plan, self.register,
                                                 self.session.unit.code, self.form.raw(),
                                                 user=self.session.user, record_id=self.record_id,
                                                 exported_reason=exported_reason)
        except ExportedMonthChanged as exc:
            # asked before anything is saved; cancelled, the form keeps what was typed
            reason = ask_exported_reason(self, exc, exported_reason or "")
            if reason is None:
                self.message.setText(self.tr("未保存：修改会改变已报送月份的数字，需要填写原因。填写的内容仍在表中。"))
                return False
            return self.save(reason)
        except RecordInvalid as exc:
            self.form.show_errors(exc.checked.errors)
            self.message.setText(say(exc))
            self.form.focus_first_error(exc.checked.errors)
            return False
        except UserError as exc:
            self.message.setText(say(exc))
            return False
        self.form.dirty = False
        self.message.setText("")
        self.setWindowTitle(self._title())
        for panel in self.logs:
            panel.set_record(self.record_id)
        self.saved.emit(self.record_id)
        if not self.logs:
            self.accept()
        return True

    def confirm_discard(self) -> bool:
        if not self.form.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("放弃修改"), self.tr("本条记录有未保存的修改。要放弃这些修改吗？"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.confirm_discard():
            super().reject()

    def keyPressEvent(self, event) -> None:
        # Enter inside the form moves on rather than closing the dialog half-filled.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
