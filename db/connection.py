"""Open a database file the one way the whole program does.

WAL so readers never block the writer, synchronous=FULL so a committed entry survives a power
cut, foreign keys on, and autocommit mode so every write transaction is an explicit
``BEGIN IMMEDIATE`` (see ``write``): the write lock is taken up front, never half-way through.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from .errors import DatabaseCorrupt, StorageError

BUSY_TIMEOUT_MS = 5000


def connect(path: Path | str) -> sqlite_utils.Database:
    """A configured connection; the file is created if missing. No integrity check."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise _translate(exc, path) from exc
    return sqlite_utils.Database(conn)


def quick_check(db: sqlite_utils.Database) -> list[str]:
    """Problems found by ``PRAGMA quick_check``; empty when the file is sound."""
    try:
        rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def open_checked(path: Path | str) -> sqlite_utils.Database:
    """Connect and run quick_check; a damaged file is closed at once and never written to."""
    db = connect(path)
    problems = quick_check(db)
    if problems:
        db.close()
        raise DatabaseCorrupt(
            f"数据库文件已损坏（{path}：{problems[0]}）。为避免进一步损坏，程序不会写入任何数据。"
            "请从备份恢复（street-ledger restore 备份文件），或把该文件交技术人员检查。"
        )
    return db


@contextmanager
def write(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One user action = one transaction, taking the write lock at BEGIN.

    Inside, sqlite-utils' ``db.atomic()`` nests as savepoints."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    else:
        db.execute("COMMIT")


def _translate(exc: sqlite3.DatabaseError, path: Path | str) -> StorageError:
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return DatabaseCorrupt(
            f"数据库文件已损坏或不是本程序的数据库（{path}）。程序不会写入该文件，请从备份恢复。"
        )
    if "unable to open" in text or "readonly" in text:
        return StorageError(f"无法打开数据库文件 {path}：请确认文件夹存在且有写入权限。")
    return StorageError(f"打开数据库 {path} 时出错：{text}")
