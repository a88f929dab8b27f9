"""Simultaneous wrong passwords: each one counts, so the account locks after five."""
from __future__ import annotations

import threading

from db import audit
from db import users as user_rows
from db.connection import connect
from desktop.security.auth import MAX_FAILURES, login
from desktop.errors import AuthError

ATTEMPTS = 16


def test_concurrent_wrong_logins_lock_after_five_failures(office_db_path, office_db):
    start = threading.Barrier(ATTEMPTS)
    messages: list[str] = []

    def attempt():
        db = connect(office_db_path)          # each thread its own connection
        try:
            start.wait()
            login(db, "张三", "wrong-pass-1")
        except AuthError as exc:
            messages.append(exc.message)
        finally:
            db.close()

    threads = [threading.Thread(target=attempt) for _ in range(ATTEMPTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert len(messages) == ATTEMPTS
    row = user_rows.by_name(office_db, "张三")
    assert row["locked_until"] is not None
    failures = [e for e in audit.search(office_db, action="登录失败")]
    assert len(failures) == MAX_FAILURES                 # five counted, one of them the lock
    assert sum("已锁定" in m for m in messages) == ATTEMPTS - (MAX_FAILURES - 1)
    # the right password is refused while the lock lasts
    try:
        login(office_db, "张三", "abc12345")
    except AuthError as exc:
        assert "已锁定" in exc.message
    else:
        raise AssertionError("a locked account let the right password in")
