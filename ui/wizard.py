"""First start: choose office or district, the administrator, the key passphrase; then create.

The database and the signing key are created when the passphrase page is accepted; the last
page shows the key fingerprint in groups, to be read out to the district over the phone."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QRadioButton,
                               QVBoxLayout, QWizard, QWizardPage)

from desktop.security import keys
from desktop.errors import UserError
from desktop.security.passwords import check_strength
from desktop.system.provision import initialise
from ui.core_text import say


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    return label


class RolePage(QWizardPage):
    def __init__(self, plan):
        super().__init__()
        self.setTitle(self.tr("欢迎使用街道民生台账"))
        self.setSubTitle(self.tr("这台电脑由谁使用？"))
        self.office_radio = QRadioButton(self.tr("街道办事处（按月填报、导出报送表）"))
        self.district_radio = QRadioButton(self.tr("区汇总（校验、合并各街道报送表）"))
        self.office_radio.setChecked(True)
        self.office = QComboBox()
        self.office.setAccessibleName(self.tr("街道"))
        for o in plan.offices:
            self.office.addItem(o.name, o.code)
        self.city_radio = QRadioButton(self.tr("市汇总（校验、合并各区汇总表）"))
        # a district's or city's own identity, so the level above tells several apart
        self.unit_code = QLineEdit()
        self.unit_code.setAccessibleName(self.tr("代码"))
        self.unit_code.setPlaceholderText(self.tr("如 GL（区可不填）"))
        self.unit_name = QLineEdit()
        self.unit_name.setAccessibleName(self.tr("名称"))
        self.unit_name.setPlaceholderText(self.tr("如 鼓楼区"))
        for radio in (self.office_radio, self.district_radio, self.city_radio):
            radio.toggled.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.office_radio)
        layout.addWidget(self.district_radio)
        layout.addWidget(self.city_radio)
        form = QFormLayout()
        form.addRow(self.tr("本街道："), self.office)
        form.addRow(self.tr("区或市代码："), self.unit_code)
        form.addRow(self.tr("区或市名称："), self.unit_name)
        layout.addLayout(form)
        self._enable()

    def _enable(self, *_):
        upper = not self.office_radio.isChecked()
        self.office.setEnabled(not upper)
        self.unit_code.setEnabled(upper)
        self.unit_name.setEnabled(upper)


class AdminPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("管理员"))
        self.setSubTitle(self.tr("管理员负责用户、密钥和备份。密码至少 8 位，需同时包含字母和数字。"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("管理员用户名"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("密码"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("再次输入密码"))
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("用户名："), self.name)
        form.addRow(self.tr("密码："), self.password)
        form.addRow(self.tr("再次输入："), self.again)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        try:
            if not self.name.text().strip():
                raise UserError(self.tr("请填写管理员用户名"))
            if self.password.text() != self.again.text():
                raise UserError(self.tr("两次输入的密码不一致，请重新输入"))
            check_strength(self.password.text())
        except UserError as exc:
            self.error.setText(say(exc))
            return False
        self.error.clear()
        return True


class KeyPage(QWizardPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("签名密钥口令"))
        self.setSubTitle(self.tr("每次导出报送表都要用签名密钥签名。口令用来保护密钥，请牢记；"
                                 "至少 8 位，需同时包含字母和数字。"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("签名密钥口令"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("再次输入口令"))
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("口令："), self.passphrase)
        form.addRow(self.tr("再次输入："), self.again)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        try:
            if self.passphrase.text() != self.again.text():
                raise UserError(self.tr("两次输入的口令不一致，请重新输入"))
            keys.check_passphrase_strength(self.passphrase.text())
            self.wiz.create(self.passphrase.text())
        except UserError as exc:
            self.error.setText(say(exc))
            return False
        return True


class DonePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("设置完成"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.fingerprint = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.fingerprint.setFont(font)
        self.fingerprint.setAccessibleName(self.tr("密钥指纹"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.fingerprint)
        note = QLabel(self.tr("请把上面的密钥指纹逐组读给区里核对。区里确认后，本单位导出的报送表才会被接受。"))
        note.setWordWrap(True)
        layout.addWidget(note)

    def show_result(self, result) -> None:
        self.summary.setText(self.tr("已为 {0} 创建数据库：\n{1}\n\n签名密钥指纹：").format(
            result.unit.name, result.path))
        groups = result.fingerprint.split()
        self.fingerprint.setText(" ".join(groups[:5]) + "\n" + " ".join(groups[5:]))


class SetupWizard(QWizard):
    def __init__(self, db_path: Path, plan, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.plan = plan
        self.result = None
        self.setWindowTitle(self.tr("街道民生台账 — 首次设置"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.role_page = RolePage(plan)
        self.admin_page = AdminPage()
        self.key_page = KeyPage(self)
        self.done_page = DonePage()
        for page in (self.role_page, self.admin_page, self.key_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("开始使用"))

    def create(self, passphrase: str) -> None:
        """Create the database and key once; going back and forth does not create twice."""
        if self.result is not None:
            return
        role = self.role_page
        city = role.city_radio.isChecked()
        district = city or role.district_radio.isChecked()
        self.result = initialise(
            self.db_path, district=district, city=city,
            office_code=(role.unit_code.text().strip() or None) if district else role.office.currentData(),
            unit_name=(role.unit_name.text().strip() or None) if district else None,
            admin=self.admin_page.name.text(), password=self.admin_page.password.text(),
            passphrase=passphrase)
        self.done_page.show_result(self.result)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
