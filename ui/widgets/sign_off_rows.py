"""The rows every signed output asks for, in one place: the four signers (remembered per kind of
output), the folder it is saved to, and the signing key's passphrase. The office's export page
and the district's month-end dialog both sign; they must ask the same way."""
from __future__ import annotations

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.exchange.export import SignOff
from ui import file_dialogs
from ui.settings import app_settings

SIGN_OFF_KEYS = ("filler", "reviewer", "head", "phone")


class SignOffRows(QObject):
    def __init__(self, owner: QWidget, form: QFormLayout, settings_group: str):
        super().__init__(owner)
        self.owner, self.group = owner, settings_group
        settings = app_settings()
        self.fields: dict[str, QLineEdit] = {}
        for key, label in zip(SIGN_OFF_KEYS, (self.tr("填报人："), self.tr("审核人："),
                                               self.tr("单位负责人："), self.tr("联系电话："))):
            edit = QLineEdit(str(settings.value(f"{settings_group}/{key}", "")))
            edit.setAccessibleName(label.rstrip("："))
            self.fields[key] = edit
            form.addRow(label, edit)
        default_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder = QLineEdit(str(settings.value(f"{settings_group}/folder", default_folder)))
        self.folder.setAccessibleName(self.tr("保存到文件夹"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        form.addRow(self.tr("保存到："), row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("签名密钥口令"))
        form.addRow(self.tr("签名密钥口令："), self.passphrase)

    def sign_off(self) -> SignOff:
        return SignOff(**{k: self.fields[k].text() for k in SIGN_OFF_KEYS})

    def remember(self) -> None:
        """Signers and folder are kept for next month; the passphrase never is."""
        settings = app_settings()
        for key in SIGN_OFF_KEYS:
            settings.setValue(f"{self.group}/{key}", self.fields[key].text())
        settings.setValue(f"{self.group}/folder", self.folder.text())

    def choose_folder(self) -> None:
        chosen = file_dialogs.existing_folder(self.owner, self.tr("选择保存文件夹"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
