"""Users of a database: listing for the login screen, and the administrator's changes."""
from __future__ import annotations

from db import audit
from db import users as user_rows
from db.connection import write
from desktop.security.auth import ROLE_LABELS, User
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.security.passwords import check_strength, hash_password, verify_password
from desktop.security.roles import require
from desktop.messages import QT_TRANSLATE_NOOP


def active_user_names(db) -> list[str]:
    return user_rows.names(db)


def list_users(db) -> list[dict]:
    return user_rows.all_users(db)


def add_user(db, admin: User, name: str, role: str, password: str) -> None:
    require(admin, "manage_users")
    name = name.strip()
    if role not in ROLE_LABELS:
        raise UserError(QT_TRANSLATE_NOOP("core", "角色 {0} 不存在，可选：{1}"),
                        repr(role), '、'.join((f'{k}（{v}）' for k, v in ROLE_LABELS.items())))
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("core", "请填写用户名"))
    if user_rows.by_name(db, name) is not None:
        raise UserError(QT_TRANSLATE_NOOP("core", "用户 {0} 已存在"), name)
    check_strength(password)
    with write(db):
        user_rows.add(db, name=name, role=role, password_hash=hash_password(password), created_at=now_text())
        audit.append(db, at=now_text(), user=admin.name, action="添加用户", target=name, new=ROLE_LABELS[role])


def change_password(db, user: User, old: str, new: str) -> None:
    row = user_rows.by_name(db, user.name)
    if row is None or not verify_password(old, row["password_hash"]):
        raise UserError(QT_TRANSLATE_NOOP("core", "原密码不正确，密码未修改"))
    check_strength(new)
    with write(db):
        user_rows.set_password_hash(db, row["id"], hash_password(new))
        audit.append(db, at=now_text(), user=user.name, action="修改密码", target=user.name)


def reset_password(db, admin: User, name: str, new: str) -> None:
    """The administrator sets another user's password (and lifts a lockout)."""
    require(admin, "manage_users")
    row = user_rows.by_name(db, name)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("core", "用户 {0} 不存在"), name)
    check_strength(new)
    with write(db):
        user_rows.set_password_hash(db, row["id"], hash_password(new))
        user_rows.record_success(db, row["id"])
        audit.append(db, at=now_text(), user=admin.name, action="重置密码", target=name)
