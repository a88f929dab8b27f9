"""Log in to an existing database. A wrong password is refused here, with the reason inline."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout)

from desktop.security.auth import login
from desktop.errors import UserError
from ui.core_text import say


class LoginDialog(QDialog):
    def __init__(self, db, unit_name: str, user_names: list[str], parent=None):
        super().__init__(parent)
        self.db = db
        self.user = None
        self.setWindowTitle(self.tr("登录 — {0}").format(unit_name))
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(user_names)
        self.name.setAccessibleName(self.tr("用户名"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("密码"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("用户名："), self.name)
        form.addRow(self.tr("密码："), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    def try_login(self) -> None:
        try:
            self.user = login(self.db, self.name.currentText(), self.password.text())
        except UserError as exc:
            self.error.setText(say(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
