"""The window as a clerk meets it: first-start wizard, login, navigation, one instance per file."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from db.schema import open_database
from desktop.security import keys
from desktop.security.auth import login
from desktop.system.paths import default_plan_path
from desktop.plan.loader import load_plan_file
from desktop.session import Session
from desktop.system.instance_lock import DatabaseInUse
from ui.app import acquire_instance_lock
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.wizard import SetupWizard


def type_text(widget, text: str) -> None:
    """Type like a user, CJK included (keyClicks aborts on Chinese text)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def test_wizard_creates_the_database_user_and_key(qtbot, tmp_path):
    path = tmp_path / "新街道.sqlite"
    wizard = SetupWizard(path, load_plan_file(default_plan_path()))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.office.setCurrentIndex(wizard.role_page.office.findData("HQL"))
    wizard.next()
    type_text(wizard.admin_page.name, "李会计")
    type_text(wizard.admin_page.password, "abc12345")
    type_text(wizard.admin_page.again, "abc12399")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page          # mismatch: stays, says why
    assert "不一致" in wizard.admin_page.error.text()
    wizard.admin_page.again.clear()
    type_text(wizard.admin_page.again, "abc12345")
    wizard.next()
    assert wizard.currentPage() is wizard.key_page
    type_text(wizard.key_page.passphrase, "short1")
    type_text(wizard.key_page.again, "short1")
    wizard.next()
    assert wizard.currentPage() is wizard.key_page and "8 位" in wizard.key_page.error.text()
    assert not path.exists()
    for field in (wizard.key_page.passphrase, wizard.key_page.again):
        field.clear()
        type_text(field, "华侨路key2023")
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    fingerprint = wizard.result.fingerprint
    assert fingerprint.split()[0] in wizard.done_page.fingerprint.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible() or \
        not wizard.button(QWizard.WizardButton.BackButton).isEnabled()

    db = open_database(path)
    assert login(db, "李会计", "abc12345").role == "admin"
    key = db.execute("SELECT fingerprint, private_pem FROM signing_keys WHERE active = 1").fetchone()
    assert key[0] == fingerprint
    keys.load_private(key[1], "华侨路key2023")               # the passphrase opens the stored key
    db.close()


def test_login_refuses_a_wrong_password_and_accepts_the_right_one(qtbot, office_db):
    dialog = LoginDialog(office_db, "宁海路街道", ["张三"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "wrong999")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user is None and "不正确" in dialog.error.text()
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "abc12345")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.name == "张三"


def test_main_window_shows_the_pages_in_chinese(qtbot, office_db_path, office_db):
    session = Session.start(office_db_path, office_db, login(office_db, "张三", "abc12345"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    for expected in ("工作台", "指标填报", "失业人员实名登记", "养老服务", "停车泊位", "导出报送",
                     "计划与任务", "审计日志", "设置"):
        assert expected in titles
    assert "汇总合并" not in titles                     # district pages are not offered to an office
    assert "宁海路街道" in window.windowTitle()
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_page("plan")
    assert window.current_page_key() == "plan"
    assert window.stack.currentWidget() is window.stack.widget(window.page_keys.index("plan"))
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 0


def test_one_instance_per_database(tmp_path):
    path = tmp_path / "a.sqlite"
    first = acquire_instance_lock(path)
    with pytest.raises(DatabaseInUse, match="已在窗口中打开"):
        acquire_instance_lock(path)
    first.release()
    again = acquire_instance_lock(path)
    again.release()
