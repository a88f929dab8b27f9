"""修改我的密码: any user changes their own password (old, new twice), through the core."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.errors import UserError
from desktop.security.users import change_password
from ui.core_text import say


class ChangePasswordDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("修改我的密码"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old, self.new, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for field, label in ((self.old, self.tr("原密码：")), (self.new, self.tr("新密码：")),
                             (self.again, self.tr("再输一次：")), ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(label.rstrip("：:"))
            form.addRow(label, field)
        layout.addWidget(QLabel(self.tr("用户 {0}。新密码至少 8 位，含字母和数字。").format(session.user.name)))
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("修改"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(self.tr("两次输入的新密码不一致"))
            self.again.setFocus()
            return
        try:
            change_password(self.session.db, self.session.user, self.old.text(), self.new.text())
        except UserError as exc:          # wrong old password or a weak new one: say so, keep the dialog
            self.error.setText(say(exc))
            return
        super().accept()
