"""签名密钥: the fingerprint to read out over the phone, the public key file for the district,
passphrase change and key rotation."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from desktop.security import signing
from desktop.errors import UserError
from desktop.security.roles import can
from ui import file_dialogs
from ui.core_text import say


class KeyPage(QWidget):
    def __init__(self, session, window=None):
        super().__init__()
        self.session, self.window = session, window
        self.fingerprint = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.fingerprint.setFont(font)
        self.fingerprint.setAccessibleName(self.tr("密钥指纹"))
        self.created = QLabel()
        box = QGroupBox(self.tr("本单位签名密钥"))
        form = QFormLayout(box)
        form.addRow(self.tr("指纹："), self.fingerprint)
        form.addRow(self.tr("生成时间："), self.created)
        hint = QLabel(self.tr("把指纹逐组读给区里核对；区里确认后，本单位导出的报送表才会被接受。"))
        hint.setWordWrap(True)
        form.addRow(hint)

        export = QPushButton(self.tr("导出公钥文件…"))
        export.clicked.connect(self.export_public_key)
        change = QPushButton(self.tr("修改密钥口令…"))
        change.clicked.connect(self.change_passphrase)
        rotate = QPushButton(self.tr("更换新密钥…"))
        rotate.clicked.connect(self.rotate)
        buttons = QHBoxLayout()
        for b in (export, change, rotate):
            buttons.addWidget(b)
        for b in (change, rotate):
            b.setVisible(can(session.user, "manage_keys"))   # the core refuses them too
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        key = signing.show_key(self.session.db, user=self.session.user)
        groups = key.fingerprint.split()
        self.fingerprint.setText(" ".join(groups[:5]) + "\n" + " ".join(groups[5:]))
        self.created.setText(key.created_at.replace("T", " "))

    def export_public_key(self, target: str | None = None) -> Path | None:
        unit = self.session.unit
        if target is None:
            target = file_dialogs.save_file(self, self.tr("导出公钥文件"),
                                            f"{unit.name}_公钥.pub", self.tr("公钥文件 (*.pub)"))
        if not target:
            return None
        try:
            path = signing.export_public_key(self.session.db, Path(target), user=self.session.user)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能导出"), say(exc))
            return None
        QMessageBox.information(self, self.tr("已导出"), self.tr("公钥已保存到：\n{0}\n\n请交给区里，并电话核对指纹。").format(path))
        return path

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def change_passphrase(self) -> None:
        old = self._ask(self.tr("修改密钥口令"), self.tr("当前口令："))
        new = old is not None and self._ask(self.tr("修改密钥口令"), self.tr("新口令（至少 8 位，含字母和数字）："))
        again = new and self._ask(self.tr("修改密钥口令"), self.tr("再次输入新口令："))
        if not again:
            return
        if new != again:
            QMessageBox.warning(self, self.tr("修改密钥口令"), self.tr("两次输入的新口令不一致，未修改"))
            return
        try:
            signing.change_passphrase(self.session.db, old, new, user=self.session.user)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("修改密钥口令"), say(exc))
            return
        QMessageBox.information(self, self.tr("修改密钥口令"), self.tr("密钥口令已修改"))

    def rotate(self) -> None:
        if QMessageBox.question(self, self.tr("更换新密钥"), self.tr(
                "更换后，新导出的报送表用新密钥签名。新公钥文件带有旧密钥签名的更换声明，区里导入后自动接受。\n是否继续？")) \
                != QMessageBox.StandardButton.Yes:
            return
        old = self._ask(self.tr("更换新密钥"), self.tr("当前口令："))
        new = old is not None and self._ask(self.tr("更换新密钥"), self.tr("新密钥的口令："))
        if not new:
            return
        try:
            key = signing.rotate(self.session.db, old, new, user=self.session.user)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("更换新密钥"), say(exc))
            return
        self.refresh()
        QMessageBox.information(self, self.tr("更换新密钥"), self.tr("已更换，新指纹：\n{0}\n\n请导出新公钥文件交给区里。").format(key.fingerprint))
