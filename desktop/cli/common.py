"""What every command needs: the database it works on, the user, and how to print results."""
from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from db.schema import open_database
from desktop.auth import User, login
from desktop.errors import UserError
from desktop.paths import chosen_db_path
from desktop.provision import is_initialised

EXIT_OK, EXIT_ERROR, EXIT_PARTIAL = 0, 1, 3


def db_path(args) -> Path:
    return chosen_db_path(args.db, getattr(args, "demo", False))


def open_existing(args):
    """The database named by --db, checked and migrated; it must already be set up."""
    path = db_path(args)
    if not path.exists():
        raise UserError(f"数据库 {path} 不存在，请先运行 street-ledger init（或 street-ledger demo）")
    db = open_database(path)
    if not is_initialised(db):
        db.close()
        raise UserError(f"数据库 {path} 尚未初始化，请先运行 street-ledger init")
    return db


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
    return login(db, name, password)


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
