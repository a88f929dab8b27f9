"""Who is working: log in with lockout after repeated failures. The CLI and the window share it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from db import audit
from db import users as user_rows
from db.connection import write
from desktop.errors import AuthError
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.security.passwords import verify_password

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
ROLE_LABELS = {"admin": "管理员", "clerk": "填报人", "reviewer": "审核人", "supervisor": "区汇总"}


@dataclass(frozen=True)
class User:
    name: str
    role: str

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def login(db, name: str, password: str, *, now: datetime | None = None) -> User:
    now = now or datetime.now()
    row = user_rows.by_name(db, name.strip())
    if row is None or not row["active"]:
        raise AuthError(QT_TRANSLATE_NOOP("core", "用户名或密码不正确"))
    if row["locked_until"] and datetime.fromisoformat(row["locked_until"]) > now:
        minutes = max(1, int((datetime.fromisoformat(row["locked_until"]) - now).total_seconds() // 60) + 1)
        raise AuthError(QT_TRANSLATE_NOOP("core", "密码连续输错 {0} 次，账户已锁定，请 {1} 分钟后再试"), MAX_FAILURES, minutes)
    if not verify_password(password, row["password_hash"]):
        _count_failure(db, row, now)
    if row["failed_attempts"] or row["locked_until"]:
        with write(db):
            user_rows.record_success(db, row["id"])
    return User(name=row["name"], role=row["role"])


def _count_failure(db, row: dict, now: datetime) -> None:
    """Count one wrong password and raise. The counter is re-read inside the write transaction
    (BEGIN IMMEDIATE holds the write lock), so simultaneous wrong attempts each count once and a
    lock taken by one of them is seen by the others instead of being reset."""
    with write(db):
        fresh = user_rows.by_id(db, row["id"])
        if fresh["locked_until"] and datetime.fromisoformat(fresh["locked_until"]) > now:
            locked, attempts = True, MAX_FAILURES
        else:
            attempts = fresh["failed_attempts"] + 1
            locked = attempts >= MAX_FAILURES
            until = (now + LOCKOUT).isoformat(timespec="seconds") if locked else None
            user_rows.record_failure(db, row["id"], 0 if locked else attempts, until)
            audit.append(db, at=now.isoformat(timespec="seconds"), user=row["name"], action="登录失败",
                         target="用户", new="账户锁定" if locked else f"第{attempts}次")
    if locked:
        raise AuthError(QT_TRANSLATE_NOOP("core", "密码连续输错 {0} 次，账户已锁定 5 分钟"), MAX_FAILURES)
    raise AuthError(QT_TRANSLATE_NOOP("core", "用户名或密码不正确（再错 {0} 次将锁定 5 分钟）"), MAX_FAILURES - attempts)
