"""吊销密钥: from which export date a key's files are refused, and why (for the audit log)."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)


class RevokeDialog(QDialog):
    def __init__(self, parent, *, office: str, fingerprint: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("吊销密钥"))
        self.cutoff = QDateEdit(QDate.currentDate())
        self.cutoff.setCalendarPopup(True)
        self.cutoff.setDisplayFormat(self.tr("yyyy年M月d日"))
        self.cutoff.setAccessibleName(self.tr("截止日期"))
        self.all_files = QCheckBox(self.tr("不设截止日期：该密钥签名的文件全部不再接受"))
        self.all_files.toggled.connect(lambda on: self.cutoff.setEnabled(not on))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：电脑丢失、口令泄露、人员调离"))
        self.reason.setAccessibleName(self.tr("吊销原因"))
        form = QFormLayout()
        form.addRow(self.tr("街道："), QLabel(office))
        form.addRow(self.tr("指纹："), QLabel(fingerprint))
        form.addRow(self.tr("自此日起收到的文件不再接受："), self.cutoff)
        form.addRow("", self.all_files)
        form.addRow(self.tr("原因："), self.reason)
        hint = QLabel(self.tr("截止日期之前区里已收到的文件仍然有效；已合并的数据不受影响。"))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revoke_button = buttons.addButton(self.tr("吊销"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.revoke_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.reason.textChanged.connect(lambda text: self.revoke_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def chosen_cutoff(self) -> str | None:
        """YYYY-MM-DD, or None for every file."""
        return None if self.all_files.isChecked() else self.cutoff.date().toString("yyyy-MM-dd")

    def ask(self) -> bool:
        return self.exec() == QDialog.DialogCode.Accepted and bool(self.reason.text().strip())
