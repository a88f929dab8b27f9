"""Roles enforced in the core and the CLI, backups with rotation, restore, the damaged-database
start path, and no databases on network shares."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from db.errors import StorageError
from db.location import is_network_path
from db.schema import open_database
from desktop.system import backups
from desktop.security.auth import User, login
from desktop.errors import AuthError, UserError
from desktop.main import main
from desktop.system.provision import initialise
from desktop.security.roles import can, require
from desktop.security.users import add_user, reset_password

CLERK = User("小王", "clerk")
ADMIN = User("张三", "admin")


def test_permission_table():
    for perm in ("trust_keys", "merge", "restore", "manage_users", "report", "manage_plan"):
        assert not can(CLERK, perm)
    for perm in ("enter_data", "edit_registers", "export"):
        assert can(CLERK, perm)
    assert can(ADMIN, "restore") and not can(ADMIN, "merge")
    assert can(User("区", "supervisor"), "merge") and can(User("区", "supervisor"), "trust_keys")
    with pytest.raises(AuthError) as info:
        require(CLERK, "restore")
    assert "无权执行：恢复备份" in info.value.message


@pytest.fixture
def with_clerk(office_db_path):
    db = open_database(office_db_path)
    add_user(db, login(db, "张三", "abc12345"), "小王", "clerk", "clerk2023")
    db.close()
    return office_db_path


def test_a_clerk_cannot_add_users_or_restore_through_the_cli(capsys, with_clerk, monkeypatch, tmp_path):
    monkeypatch.setenv("STREET_LEDGER_USER", "小王")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "clerk2023")
    monkeypatch.setenv("STREET_LEDGER_NEW_PASSWORD", "other2023")
    assert main(["--db", str(with_clerk), "user", "add", "老李", "--role", "admin"]) == 1
    assert "无权执行：管理用户" in capsys.readouterr().err
    # a backup holds every ID in full: not for a clerk, who may not see them
    assert main(["--db", str(with_clerk), "backup", "--to", str(tmp_path / "b")]) == 1
    assert "无权执行：备份数据库" in capsys.readouterr().err and not list(tmp_path.glob("b/*.sqlite"))
    db = open_database(with_clerk)
    copy = backups.take_manual(db, with_clerk, user=login(db, "张三", "abc12345"), folder=tmp_path / "b")
    db.close()
    capsys.readouterr()
    assert main(["--db", str(with_clerk), "restore", str(copy)]) == 1
    assert "无权执行：恢复备份" in capsys.readouterr().err


def test_a_clerk_cannot_trust_keys_or_merge(tmp_path):
    path = tmp_path / "区.sqlite"
    initialise(path, district=True, office_code=None, admin="区管理员", password="abc12345", passphrase="district-2023")
    db = open_database(path)
    add_user(db, login(db, "区管理员", "abc12345"), "小王", "clerk", "clerk2023")
    clerk = login(db, "小王", "clerk2023")
    from desktop.exchange.merge import merge_files
    from desktop.security.trust import require_supervisor
    with pytest.raises(AuthError):
        require_supervisor(clerk)
    with pytest.raises(AuthError):
        merge_files(db, [], user=clerk)
    db.close()


def test_admin_reset_lifts_a_lockout(office_db):
    admin = login(office_db, "张三", "abc12345")
    add_user(office_db, admin, "小王", "clerk", "clerk2023")
    for _ in range(5):
        with pytest.raises(AuthError):
            login(office_db, "小王", "wrong")
    with pytest.raises(AuthError):
        login(office_db, "小王", "clerk2023")
    reset_password(office_db, admin, "小王", "fresh2024")
    assert login(office_db, "小王", "fresh2024").role == "clerk"


def _fake_backup(folder: Path, stem: str, when: datetime) -> Path:
    path = folder / f"{stem}.daily.{when:%Y%m%d-%H%M%S}-000000.sqlite"
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_14_days_and_12_months(tmp_path):
    start = datetime(2023, 1, 1, 9)
    for day in range(400):                             # two backups a day for 400 days
        for hour in (9, 17):
            _fake_backup(tmp_path, "街道", start + timedelta(days=day, hours=hour - 9))
    (tmp_path / "别人的文件.sqlite").write_bytes(b"keep me")
    backups.rotate(tmp_path, "街道")
    kept = backups.list_backups(tmp_path, "街道")
    days = {b.taken_at.date() for b in kept}
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    last = (start + timedelta(days=399)).date()
    assert {last - timedelta(days=i) for i in range(14)} <= days
    assert len(months) == 12 and len(kept) == len(days)
    assert all(b.taken_at.hour == 17 for b in kept)  # the newest of each day
    assert len(kept) <= 14 + 12
    assert (tmp_path / "别人的文件.sqlite").exists()


def test_daily_backup_once_a_day(office_db, office_db_path):
    first = backups.daily_backup_if_due(office_db, office_db_path, date.today())
    assert first is not None and first.exists()
    assert backups.daily_backup_if_due(office_db, office_db_path, date.today()) is None


def test_restore_end_to_end(office_db_path, tmp_path):
    db = open_database(office_db_path)
    admin = login(db, "张三", "abc12345")
    copy = backups.take_manual(db, office_db_path, user=admin)
    add_user(db, admin, "后来的人", "clerk", "later2023")      # made after the backup
    db.close()
    safety = backups.restore(office_db_path, copy, user=admin, expected_unit="NHL")
    db = open_database(office_db_path)
    assert "后来的人" not in [u for u in __import__("desktop.security.users", fromlist=["x"]).active_user_names(db)]
    assert db.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0] == "恢复备份"
    db.close()
    old = open_database(safety)
    assert "后来的人" in __import__("desktop.security.users", fromlist=["x"]).active_user_names(old)
    old.close()


def test_restore_refuses_another_unit_and_a_damaged_file(office_db_path, tmp_path):
    other = tmp_path / "华侨路.sqlite"
    initialise(other, district=False, office_code="HQL", admin="李四", password="abc12345", passphrase="hq-pass-2023")
    db = open_database(office_db_path)
    admin = login(db, "张三", "abc12345")
    db.close()
    with pytest.raises(UserError) as info:
        backups.restore(office_db_path, other, user=admin, expected_unit="NHL")
    assert "不是本单位" in info.value.message
    junk = tmp_path / "坏.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(UserError):
        backups.restore(office_db_path, junk, user=admin, expected_unit="NHL")
    assert login(open_database(office_db_path), "张三", "abc12345")


def test_damaged_database_start_offers_the_newest_good_backup(qtbot, office_db_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    import ui.app
    db = open_database(office_db_path)
    backups.take(db, office_db_path, "daily")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(office_db_path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8: offset + 200] = b"\xa5" * 192
    office_db_path.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    from db.errors import DatabaseCorrupt
    with pytest.raises(DatabaseCorrupt) as info:
        open_database(office_db_path)
    assert ui.app.offer_restore(office_db_path, info.value.message)
    assert "损坏" in asked[0] and "已校验完好" in asked[0]
    db = open_database(office_db_path)
    assert login(db, "张三", "abc12345").name == "张三"
    db.close()
    assert list(office_db_path.parent.glob("backups/*.damaged.*.sqlite"))


@pytest.mark.parametrize("path,network", [
    (r"\\server\share\台账\宁海路.sqlite", True), ("//server/share/a.sqlite", True),
    (r"\\?\UNC\server\share\a.sqlite", True), (r"\\?\C:\台账\a.sqlite", False),
    ("/home/张三/台账.sqlite", False), (r"D:\台账\宁海路.sqlite", False),
])
def test_network_share_paths(path, network):
    assert is_network_path(path) is network


def test_opening_a_unc_database_is_refused_with_the_reason():
    with pytest.raises(StorageError) as info:
        open_database(r"\\server\share\宁海路.sqlite")
    assert "网络共享" in info.value.message and "本机磁盘" in info.value.message


def test_backup_to_a_full_disk_leaves_no_partial_file(tmp_path):
    import sqlite3

    from db.backup import backup_to

    class FullDisk:                      # stands in for a connection whose copy runs out of space
        def backup(self, dest, *a, **k):
            raise sqlite3.OperationalError("database or disk is full")

    target_dir = tmp_path / "U盘"
    with pytest.raises(StorageError) as info:
        backup_to(FullDisk(), target_dir, "宁海路", "manual")
    assert "备份失败" in info.value.message
    assert list(target_dir.iterdir()) == []


def test_review_required_needs_the_reviewers_own_password(demo_db_path, tmp_path):
    from desktop.exchange.export import SignOff, export_period, set_review_required
    from desktop.session import Session
    db = open_database(demo_db_path)
    s = Session.start(demo_db_path, db, login(db, "demo", "demo2023"))
    add_user(db, s.user, "李审核", "reviewer", "review2023")
    add_user(db, s.user, "小王", "clerk", "clerk2023")
    set_review_required(db, True, user=s.user)
    args = dict(folder=tmp_path, passphrase="demo-key-2023")
    with pytest.raises(UserError) as info:
        export_period(db, s.plan, s.unit, s.user, "2023-05", sign_off=SignOff("张三", "李审核", "王五", "1"), **args)
    assert "审核人 李审核" in info.value.message
    with pytest.raises(AuthError):
        export_period(db, s.plan, s.unit, s.user, "2023-05", sign_off=SignOff("张三", "李审核", "王五", "1"),
                      reviewer_password="wrong-2023", **args)
    with pytest.raises(AuthError):          # a clerk cannot approve, even with the right password
        export_period(db, s.plan, s.unit, s.user, "2023-05", sign_off=SignOff("张三", "小王", "王五", "1"),
                      reviewer_password="clerk2023", **args)
    result = export_period(db, s.plan, s.unit, s.user, "2023-05", sign_off=SignOff("张三", "李审核", "王五", "1"),
                           reviewer_password="review2023", **args)
    assert result.revision == 1
    assert "审核人 李审核 已确认" in db.execute("SELECT new FROM audit_log WHERE action = '导出报送表' "
                                              "ORDER BY id DESC LIMIT 1").fetchone()[0]
    db.close()


def test_check_names_an_audit_entry_altered_behind_the_triggers(capsys, office_db_path):
    import sqlite3
    raw = sqlite3.connect(office_db_path)
    with pytest.raises(sqlite3.DatabaseError):
        raw.execute("UPDATE audit_log SET user = '别人' WHERE id = 1")
    with pytest.raises(sqlite3.DatabaseError):
        raw.execute("DELETE FROM audit_log WHERE id = 1")
    raw.execute("DROP TRIGGER audit_log_no_update")       # rewriting the file around the trigger
    raw.execute("UPDATE audit_log SET new = '改过的值' WHERE id = 2")
    raw.commit()
    raw.close()
    assert main(["--db", str(office_db_path), "check"]) == 1
    assert "第 2 条" in capsys.readouterr().err


def test_an_unexpected_error_is_logged_and_shown_plainly(qtbot, monkeypatch, data_home):
    import sys as _sys

    from PySide6.QtWidgets import QMessageBox

    from ui import excepthook
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()))
    monkeypatch.setattr(_sys, "excepthook", _sys.excepthook)
    excepthook.install()
    try:
        raise ZeroDivisionError("除数为零")
    except ZeroDivisionError:
        _sys.excepthook(*_sys.exc_info())
    assert shown and "意外错误" in shown[0] and "Traceback" not in shown[0]
    log = (data_home / "logs" / "street-ledger.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError" in log


def test_a_reviewer_cannot_enter_figures_or_import(capsys, office_db_path, tmp_path, monkeypatch):
    db = open_database(office_db_path)
    add_user(db, login(db, "张三", "abc12345"), "李审核", "reviewer", "review2023")
    db.close()
    monkeypatch.setenv("STREET_LEDGER_USER", "李审核")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "review2023")
    assert main(["--db", str(office_db_path), "entry", "set", "--period", "2023-03", "--indicator", "new_jobs",
                 "--value", "5"]) == 1
    assert "无权执行：填报指标" in capsys.readouterr().err
    assert main(["--db", str(office_db_path), "entry", "show", "--period", "2023-03"]) == 0
    capsys.readouterr()
    (tmp_path / "x.csv").write_text("姓名,公民身份号码,社区,登记日期\n张三,11010519491231002X,颐和路社区,2023-03-05\n",
                                    encoding="utf-8")
    assert main(["--db", str(office_db_path), "register", "import", "unemployed", str(tmp_path / "x.csv")]) == 1
    assert "无权执行：编辑台账" in capsys.readouterr().err
