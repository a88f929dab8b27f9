"""Settings: language saved for the next start, backups listed and taken, users managed by the
administrator only; a clerk does not see the administrator's parts."""
from __future__ import annotations

import pytest

import ui.tasks
from db.schema import open_database
from desktop.security.auth import login
from desktop.session import Session
from desktop.security.users import add_user
from ui.pages.settings_page import SettingsPage
from ui.settings import app_settings


@pytest.fixture
def admin_page(qtbot, office_db_path, monkeypatch):
    monkeypatch.setattr("ui.pages.settings_page.QMessageBox.information", lambda *a: None)
    db = open_database(office_db_path)
    page = SettingsPage(Session.start(office_db_path, db, login(db, "张三", "abc12345")))
    qtbot.addWidget(page)
    yield page
    page.session.db.close()


def test_language_backups_and_users(admin_page, monkeypatch):
    admin_page.language.setCurrentIndex(admin_page.language.findData("en"))
    assert app_settings().value("ui/language") == "en"
    before = admin_page.backups.rowCount()
    admin_page.backup_now()
    assert admin_page.backups.rowCount() == before + 1
    answers = iter([("小王", True), ("clerk2023", True)])
    monkeypatch.setattr("ui.pages.settings_page.QInputDialog.getText", lambda *a, **k: next(answers))
    monkeypatch.setattr("ui.pages.settings_page.QInputDialog.getItem", lambda *a, **k: ("填报人（clerk）", True))
    admin_page.add_user()
    assert ("小王", "填报人", "正常") in admin_page.users.rows
    assert login(admin_page.session.db, "小王", "clerk2023").role == "clerk"


def test_restore_from_the_page(admin_page, qtbot, monkeypatch):
    monkeypatch.setattr(ui.tasks, "SYNCHRONOUS", True)
    admin_page.backup_now()
    quit_called = []
    monkeypatch.setattr("ui.pages.settings_page.quit_app", lambda: quit_called.append(1))
    monkeypatch.setattr("ui.pages.settings_page.QMessageBox.question",
                        lambda *a, **k: __import__("PySide6.QtWidgets", fromlist=["QMessageBox"]).QMessageBox.StandardButton.Yes)
    admin_page.backup_view.selectRow(0)
    path = admin_page.session.path
    admin_page.restore_selected()
    assert quit_called
    db = open_database(path)
    assert db.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0] == "恢复备份"
    db.close()


def test_clerk_sees_no_restore_and_no_users(qtbot, office_db_path):
    db = open_database(office_db_path)
    add_user(db, login(db, "张三", "abc12345"), "小王", "clerk", "clerk2023")
    page = SettingsPage(Session.start(office_db_path, db, login(db, "小王", "clerk2023")))
    qtbot.addWidget(page)
    assert page.restore_button.isHidden() and page.users_box.isHidden()
    db.close()


def test_any_user_changes_their_own_password(admin_page, monkeypatch):
    from desktop.errors import AuthError
    from ui.password_dialog import ChangePasswordDialog

    dialog = ChangePasswordDialog(admin_page.session, admin_page)
    dialog.old.setText("wrong-pass1")
    dialog.new.setText("newpass2024")
    dialog.again.setText("newpass2024")
    dialog.accept()
    assert dialog.error.text() == "原密码不正确，密码未修改" and dialog.result() == 0
    dialog.old.setText("abc12345")
    dialog.again.setText("newpass2025")
    dialog.accept()
    assert dialog.error.text() == "两次输入的新密码不一致"
    dialog.again.setText("newpass2024")
    dialog.accept()
    assert dialog.result() == 1
    db = admin_page.session.db
    assert login(db, "张三", "newpass2024").name == "张三"
    with pytest.raises(AuthError):
        login(db, "张三", "abc12345")
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log WHERE target = '张三'")]
    assert "修改密码" in actions
    # the button on the page opens the same dialog
    monkeypatch.setattr("ui.password_dialog.ChangePasswordDialog.exec", lambda self: 0)
    assert admin_page.change_password_button.isVisible() or not admin_page.isVisible()
    assert admin_page.change_own_password() is False
