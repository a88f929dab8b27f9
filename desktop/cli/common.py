"""What every command needs: the database it works on, the user, and how to print results."""
from __future__ import annotations

import getpass
import json
import os
import sys
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Iterator

from db import audit_guard
from db.errors import ReadOnlyDatabase
from db.schema import open_database, pending_migrations
from desktop.security.auth import User, login
from desktop.errors import UserError
from desktop.system.instance_lock import DatabaseInUse
from desktop.system.paths import chosen_db_path
from desktop.plan.store import active_plan
from desktop.system.provision import is_initialised
from desktop.registers.schema import ensure_tables, tables_due
from desktop.session import Session

from .access import is_read_only, writer_lock

EXIT_OK, EXIT_ERROR, EXIT_PARTIAL = 0, 1, 3


def db_path(args) -> Path:
    return chosen_db_path(args.db, getattr(args, "demo", False))


def open_existing(args):
    """The database named by --db, checked and migrated; it must already be set up.
    A read-only command gets a ``mode=ro`` connection (see access.py)."""
    path = db_path(args)
    if not path.exists():
        raise UserError(f"数据库 {path} 不存在，请先运行 street-ledger init（或 street-ledger demo）")
    db = _open(path, args)
    if not is_initialised(db):
        db.close()
        raise UserError(f"数据库 {path} 尚未初始化，请先运行 street-ledger init")
    return db


def _open(path: Path, args):
    if not is_read_only(args):
        return open_database(path)
    db = open_database(path, read_only=True)
    if _upgrade_due(db):
        db.close()
        with writer_lock(path, args), closing(open_database(path)) as wdb:
            if is_initialised(wdb):       # the upgrade is a write: done once, under the lock
                ensure_tables(wdb, active_plan(wdb))
            # audit triggers missing at this open were put back by it: ``check`` says which
            restored = getattr(wdb, "audit_triggers_restored", [])
        db = open_database(path, read_only=True)
        db.audit_triggers_restored = restored
    return db


def _upgrade_due(db) -> bool:
    return (bool(pending_migrations(db)) or bool(audit_guard.missing(db))
            or (is_initialised(db) and tables_due(db, active_plan(db))))


@contextmanager
def opened(args) -> Iterator:
    """``with opened(args) as db:`` — the database named by --db (see ``open_existing``), closed after."""
    db = open_existing(args)
    try:
        yield db
    finally:
        db.close()


@contextmanager
def logged_in(args) -> Iterator[Session]:
    """``with logged_in(args) as s:`` — what every command with a user does: open the database
    (checked and migrated once; a read-only command gets ``mode=ro``, see access.py), log in,
    start the session; the connection is closed when the block ends, whatever happens."""
    with opened(args) as db:
        yield Session.start(db_path(args), db, authenticate(args, db))


def authenticate(args, db) -> User:
    """Log in with --user / STREET_LEDGER_USER and STREET_LEDGER_PASSWORD (or a prompt)."""
    name = args.user or os.environ.get("STREET_LEDGER_USER")
    if not name:
        raise UserError("请用 --user 或环境变量 STREET_LEDGER_USER 指定登录用户")
    password = os.environ.get("STREET_LEDGER_PASSWORD")
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise UserError("请在环境变量 STREET_LEDGER_PASSWORD 中提供登录密码（命令行上不接受密码）")
        password = getpass.getpass("登录密码：")
    try:
        return login(db, name, password)
    except ReadOnlyDatabase:
        pass
    # A read-only command whose login must be recorded (a wrong password, or the reset after
    # one): recorded through a writer connection, under the lock, or not at all.
    path = db_path(args)
    try:
        with writer_lock(path, args), closing(open_database(path)) as wdb:
            return login(wdb, name, password)
    except DatabaseInUse as exc:
        state = exc.owner.describe() if exc.owner else "正被另一个程序使用"
        raise UserError(f"登录未完成：密码不正确，或该用户此前输错密码的记录需要更新，而数据库{state}，"
                        "命令行现在不能记录登录情况。请在该窗口中操作，或关闭窗口后再试。") from exc


def passphrase_from_env(prompt: str = "签名密钥口令：") -> str:
    value = os.environ.get("STREET_LEDGER_PASSPHRASE")
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("请在环境变量 STREET_LEDGER_PASSPHRASE 中提供签名密钥口令（命令行上不接受口令）")
    return getpass.getpass(prompt)


def emit(args, data, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)
