"""Before a key enters the trust store, the supervisor reads its fingerprint against the one the
office reads out over the phone. Nothing is stored unless that is explicitly confirmed."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QVBoxLayout)


def fingerprint_lines(fingerprint: str) -> str:
    """Groups of four, five groups a line: the way the office's key page shows it."""
    flat = "".join(fingerprint.split()).upper()
    groups = [flat[i:i + 4] for i in range(0, len(flat), 4)]
    return "\n".join(" ".join(groups[i:i + 5]) for i in range(0, len(groups), 5))


class KeyConfirmDialog(QDialog):
    def __init__(self, parent, *, offices: list[tuple[str, str]], office: str, fingerprint: str,
                 note: str = "", choose_office: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("核对密钥指纹"))
        self.office = QComboBox()
        self.office.setAccessibleName(self.tr("街道"))
        for code, name in offices:
            self.office.addItem(f"{name}（{code}）", code)
        self.office.setCurrentIndex(max(0, self.office.findData(office)))
        self.office.setVisible(choose_office)
        self.office_name = QLabel(self.office.currentText())    # the office the file claims: nothing to choose
        self.office_name.setVisible(not choose_office)
        self.fingerprint = QLabel(fingerprint_lines(fingerprint))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.fingerprint.setFont(font)
        self.fingerprint.setAccessibleName(self.tr("密钥指纹"))
        form = QFormLayout()
        office_row = QHBoxLayout()
        office_row.addWidget(self.office)
        office_row.addWidget(self.office_name)
        form.addRow(self.tr("街道："), office_row)
        form.addRow(self.tr("指纹："), self.fingerprint)
        hint = QLabel(self.tr("请打电话给该街道，请对方打开「签名密钥」页逐组读出指纹，与上面逐组核对。"
                              "指纹不一致时不要信任：该文件可能不是该街道发出的。"))
        hint.setWordWrap(True)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.confirmed = QCheckBox(self.tr("对方读出的指纹与上面逐组一致"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.trust_button = buttons.addButton(self.tr("信任此密钥"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.trust_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.confirmed.toggled.connect(self.trust_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(hint)
        layout.addWidget(self.confirmed)
        layout.addWidget(buttons)
        # room for the fingerprint and the hint beside it, in the user's font size
        self.setMinimumWidth(self.fingerprint.sizeHint().width() * 2)

    def chosen_office(self) -> str:
        return self.office.currentData()

    def ask(self) -> bool:
        """Shown modally; True only when the user ticked the confirmation and pressed 信任此密钥."""
        return self.exec() == QDialog.DialogCode.Accepted and self.confirmed.isChecked()
