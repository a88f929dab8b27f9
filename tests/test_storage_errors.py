"""A busy database, a full disk and a file from a newer program: said plainly, in the window and on
the command line, with nothing typed lost and nothing written (issue 12 §2)."""
from __future__ import annotations

import hashlib
import sqlite3
import sys

import pytest
from PySide6.QtCore import Qt

from db import audit
from db.connection import UI_BUSY_TIMEOUT_MS, busy_timeout, connect, write
from db.errors import DatabaseBusy, DiskFull, NewerDatabase
from db.schema import open_database
from desktop.security.auth import login
from desktop.main import main
from ui.models.entry_model import COL_MONTH, COL_NOTE

LONG_NOTE = "说明" * 20000          # needs new pages: more than a file capped at its size can take


def stored(db, indicator, period="2023-03"):
    row = db.execute("SELECT value, note FROM entries WHERE indicator_id = ? AND period = ?",
                     [indicator, period]).fetchone()
    return row and (row[0], row[1])


@pytest.fixture
def ui_session(office_db_path):
    from ui.app import open_ui_session

    db = open_database(office_db_path)
    session = open_ui_session(office_db_path, db, login(db, "张三", "abc12345"))
    yield session
    session.close()


@pytest.fixture
def page(qtbot, ui_session):
    from ui.pages.entry_page import EntryPage

    widget = EntryPage(ui_session)
    qtbot.addWidget(widget)
    widget.set_period("2023-03")
    return widget


def cell(page, indicator, column=COL_MONTH):
    return page.model.index(page.model.row_of(indicator), column)


def test_the_window_connection_gives_up_on_a_busy_database_at_once(ui_session):
    """The UI thread never waits the 5 s the other connections wait for a writer."""
    assert busy_timeout(ui_session.db) == UI_BUSY_TIMEOUT_MS
    assert UI_BUSY_TIMEOUT_MS <= 500
    worker = connect(ui_session.path)         # a worker's own connection keeps the normal wait
    assert busy_timeout(worker) == 5000
    worker.close()


def test_a_busy_database_keeps_the_typed_value_and_offers_to_save_again(page, ui_session):
    other = connect(ui_session.path)          # another writer holding the write lock
    with write(other):
        assert page.model.setData(cell(page, "new_jobs"), "120", Qt.ItemDataRole.EditRole) is False
        assert "数据库正被另一个操作占用" in page.message.text() and "未保存" in page.message.text()
        assert "内部错误" not in page.message.text()
        assert cell(page, "new_jobs").data() == "120"                        # still as typed
        assert cell(page, "new_jobs").data(Qt.ItemDataRole.EditRole) == "120"
        assert page.retry_button.isVisibleTo(page)
    other.close()
    assert stored(ui_session.db, "new_jobs") is None
    page.retry_button.click()                 # the lock is free again: the same value is saved
    assert stored(ui_session.db, "new_jobs") == ("120", "")
    assert not page.retry_button.isVisibleTo(page) and page.message.text() == ""
    assert cell(page, "new_jobs").data() == "120"


def test_a_full_disk_keeps_the_typed_note_and_loses_nothing(page, ui_session):
    assert page.model.setData(cell(page, "new_jobs"), "120", Qt.ItemDataRole.EditRole)
    pages = ui_session.db.execute("PRAGMA page_count").fetchone()[0]
    ui_session.db.execute(f"PRAGMA max_page_count = {pages}")          # the file cannot grow
    assert page.model.setData(cell(page, "new_jobs", COL_NOTE), LONG_NOTE, Qt.ItemDataRole.EditRole) is False
    assert "磁盘空间已满" in page.message.text() and "清理磁盘空间" in page.message.text()
    assert cell(page, "new_jobs", COL_NOTE).data() == LONG_NOTE
    assert stored(ui_session.db, "new_jobs") == ("120", "")                # the saved value is intact
    assert audit.verify_chain(ui_session.db) is None
    ui_session.db.execute(f"PRAGMA max_page_count = {pages * 100}")    # space freed
    page.retry_button.click()
    assert stored(ui_session.db, "new_jobs") == ("120", LONG_NOTE)


def test_a_storage_error_that_escapes_a_page_is_shown_plainly(qtbot, monkeypatch, data_home):
    from PySide6.QtWidgets import QMessageBox

    from ui import excepthook

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    excepthook.install()
    for exc in (sqlite3.OperationalError("database is locked"), DiskFull("磁盘空间已满，请清理")):
        try:
            raise exc
        except Exception:
            sys.excepthook(*sys.exc_info())
    assert "数据库正被另一个操作占用" in shown[0] and "磁盘空间已满" in shown[1]
    assert not any("意外错误" in text for text in shown)


def test_the_command_line_says_busy_and_full_plainly(office_db_path, capsys, monkeypatch):
    import db.connection
    import db.schema

    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    args = ["--db", str(office_db_path), "entry", "set", "--period", "2023-03", "--indicator", "new_jobs"]
    assert main([*args, "--value", "120"]) == 0
    capsys.readouterr()

    monkeypatch.setattr(db.connection, "BUSY_TIMEOUT_MS", 50)
    other = connect(office_db_path)
    with write(other):
        assert main([*args, "--value", "130"]) == 1
    other.close()
    err = capsys.readouterr().err
    assert "数据库正被另一个操作占用" in err and "内部错误" not in err

    opened = db.schema.open_checked

    def capped(path, **kw):
        conn = opened(path, **kw)
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        return conn

    monkeypatch.setattr(db.schema, "open_checked", capped)
    assert main([*args, "--value", "140", "--note", LONG_NOTE]) == 1
    err = capsys.readouterr().err
    assert "磁盘空间已满" in err and "内部错误" not in err
    monkeypatch.undo()
    check = open_database(office_db_path)
    assert stored(check, "new_jobs") == ("120", "")                       # nothing lost, nothing half-done
    assert audit.verify_chain(check) is None
    check.close()


def test_core_writes_raise_busy_and_full_as_plain_errors(office_db_path):
    a, b = open_database(office_db_path), connect(office_db_path)
    b.execute("PRAGMA busy_timeout = 0")
    with write(a):
        with pytest.raises(DatabaseBusy, match="请稍等片刻后重试"):
            with write(b):
                pass
    a.close()
    b.close()


def newer_copy(path):
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('street_ledger', 'm099_from_the_future', '2030-01-01')")
    raw.commit()
    raw.close()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_from_a_newer_program_is_refused_and_never_written(office_db_path, capsys, monkeypatch):
    newer_copy(office_db_path)
    before = digest(office_db_path)
    with pytest.raises(NewerDatabase, match="更新版本"):
        open_database(office_db_path)
    with pytest.raises(NewerDatabase):
        open_database(office_db_path, read_only=True)
    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    for args in (["entry", "set", "--period", "2023-03", "--indicator", "new_jobs", "--value", "5"],
                 ["check"], ["backup"]):
        assert main(["--db", str(office_db_path), *args]) == 1, args
        err = capsys.readouterr().err
        assert "更新版本" in err and "请安装最新版本" in err and "内部错误" not in err, args
    assert digest(office_db_path) == before


def test_the_window_refuses_a_database_from_a_newer_program(qtbot, office_db_path, monkeypatch):
    from ui.app import start_session
    from ui.login import LoginDialog

    monkeypatch.setattr(LoginDialog, "exec", lambda self: LoginDialog.DialogCode.Rejected)  # never reached

    newer_copy(office_db_path)
    before = digest(office_db_path)
    with pytest.raises(NewerDatabase, match="请安装最新版本"):
        start_session(office_db_path)
    assert digest(office_db_path) == before


def test_a_busy_database_leaves_the_record_form_as_typed(qtbot, ui_session):
    from ui.pages.register_page import RegisterPage

    page = RegisterPage(ui_session, None, ui_session.plan.register("unemployed"))
    qtbot.addWidget(page)
    dialog = page.open_record(None)
    typed = {"name": "李小梅", "id_number": "11010519491231002X", "community": "颐和路社区",
             "registered_on": "2023-03-05"}
    for field, text in typed.items():
        dialog.form.editors[field].set_text(text)
    other = connect(ui_session.path)
    with write(other):
        assert dialog.save() is False
    other.close()
    assert "数据库正被另一个操作占用" in dialog.message.text()
    assert dialog.record_id is None and dialog.isVisible()
    assert {f: dialog.form.editors[f].text() for f in typed} == typed
    assert dialog.save() is True                     # the same form, saved once the lock is free
    assert dialog.record_id is not None
    dialog.reject()
