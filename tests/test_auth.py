"""Logging in: wrong passwords refused, five failures lock the account, nothing stored in clear."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.security.auth import login
from desktop.errors import AuthError


def test_right_password_logs_in(office_db):
    user = login(office_db, "张三", "abc12345")
    assert user.name == "张三" and user.role == "admin"


def test_wrong_password_is_refused(office_db):
    with pytest.raises(AuthError) as info:
        login(office_db, "张三", "abc12346")
    assert "不正确" in info.value.message


def test_unknown_user_gets_the_same_message(office_db):
    with pytest.raises(AuthError) as info:
        login(office_db, "王五", "abc12345")
    assert info.value.message == "用户名或密码不正确"


def test_five_failures_lock_for_five_minutes(office_db):
    t0 = datetime(2023, 3, 1, 9, 0, 0)
    for _ in range(5):
        with pytest.raises(AuthError):
            login(office_db, "张三", "wrong-1", now=t0)
    with pytest.raises(AuthError) as info:
        login(office_db, "张三", "abc12345", now=t0 + timedelta(minutes=4, seconds=59))
    assert "锁定" in info.value.message
    assert login(office_db, "张三", "abc12345", now=t0 + timedelta(minutes=5, seconds=1)).name == "张三"


def test_no_password_or_passphrase_in_clear_in_the_file(office_db_path, office_db):
    office_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = office_db_path.read_bytes()
    assert b"abc12345" not in data and b"key-pass-2023" not in data
    assert b"BEGIN STREET LEDGER ENCRYPTED KEY" in data and b"BEGIN PRIVATE KEY" not in data
