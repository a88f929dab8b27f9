"""The database is opened and checked once, by the core session; a worker's connection comes from
the session and does not run the network-path check, quick_check or the migrations again."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

import ui.tasks
from db.connection import busy_timeout, database_file
from desktop.session import WINDOW_BUSY_TIMEOUT_MS, Session
from ui.daily_backup import start_daily_backup


def _no_second_opening(monkeypatch):
    def refuse(*_a, **_k):
        raise AssertionError("a worker ran the start-up checks and migrations again")
    for target in ("db.schema.open_database", "db.schema.check_local", "db.connection.open_checked",
                   "desktop.session.open_database", "desktop.session.open_file"):
        monkeypatch.setattr(target, refuse)


def test_a_worker_connection_is_the_same_file_with_the_pragmas_and_no_second_check(session, monkeypatch):
    _no_second_opening(monkeypatch)
    with session.connection() as db:
        assert db is not session.db
        assert database_file(db) == database_file(session.db)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2      # FULL
        assert db.table_names() == session.db.table_names()
    with pytest.raises(Exception):
        db.execute("SELECT 1")                          # closed when the block ends


def test_the_window_session_waits_briefly_its_workers_normally(office_db_path):
    from desktop.security.auth import login
    from desktop.session import open_file
    db = open_file(office_db_path)
    s = Session.start(office_db_path, db, login(db, "张三", "abc12345"), busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)
    try:
        assert busy_timeout(s.db) == WINDOW_BUSY_TIMEOUT_MS
        with s.connection() as worker:
            assert busy_timeout(worker) > WINDOW_BUSY_TIMEOUT_MS
    finally:
        s.close()


def test_the_daily_backup_worker_uses_the_sessions_connection(qtbot, session, monkeypatch):
    monkeypatch.setattr(ui.tasks, "SYNCHRONOUS", True)
    _no_second_opening(monkeypatch)
    window = QMainWindow()
    qtbot.addWidget(window)
    start_daily_backup(window, session)
    assert "今日自动备份已完成" in window.statusBar().currentMessage()
