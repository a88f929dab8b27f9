"""Open a database file the one way the whole program does.

WAL so readers never block the writer, synchronous=FULL so a committed entry survives a power
cut, foreign keys on, and autocommit mode so every write transaction is an explicit
``BEGIN IMMEDIATE`` (see ``write``): the write lock is taken up front, never half-way through.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import sqlite_utils

from .errors import DatabaseCorrupt, StorageError, storage_error
from db.messages import QT_TRANSLATE_NOOP

BUSY_TIMEOUT_MS = 5000
# The window's own connection waits this long for the write lock, then says so and keeps the
# typed value: the UI thread never freezes behind another writer (workers keep the default).
UI_BUSY_TIMEOUT_MS = 300


def connect(path: Path | str, *, read_only: bool = False) -> sqlite_utils.Database:
    """A configured connection; the file is created if missing. No integrity check.

    ``read_only`` opens the file with ``mode=ro``: such a connection can never checkpoint, and so
    never deletes the -wal and -shm files another process is using when it closes."""
    try:
        if read_only:
            conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True,
                                   isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        set_busy_timeout(conn, BUSY_TIMEOUT_MS)
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise _translate(exc, path) from exc
    # no sqlite-utils plugins: whatever another installed package registers never reaches our
    # connections, and looking for them (every installed distribution's entry points) cost each
    # connection's first open 0.05-0.13 s
    return sqlite_utils.Database(conn, execute_plugins=False)


def set_busy_timeout(db, ms: int) -> None:
    """How long this connection waits for another writer before giving up (DatabaseBusy)."""
    conn = db.conn if isinstance(db, sqlite_utils.Database) else db
    conn.execute(f"PRAGMA busy_timeout = {int(ms)}")


def busy_timeout(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA busy_timeout").fetchone()[0])


def data_version(db: sqlite_utils.Database) -> int:
    """Changes when another connection commits to the file (this connection's own writes: total_changes)."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def database_file(db: sqlite_utils.Database) -> Path:
    """The file behind the connection's main database."""
    return Path(db.execute("PRAGMA database_list").fetchone()[2])


def quick_check(db: sqlite_utils.Database) -> list[str]:
    """Problems found by ``PRAGMA quick_check``; empty when the file is sound."""
    try:
        rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def open_checked(path: Path | str, *, read_only: bool = False,
                 checked: Callable[[], list[str] | None] | None = None) -> sqlite_utils.Database:
    """Connect and run quick_check; a damaged file is closed at once and never written to.

    ``checked`` gives the verdict of a quick_check this process already ran on the file (the
    window starts one on a thread while it loads): its problems, or None when it could not run
    — then the check runs here."""
    db = connect(path, read_only=read_only)
    problems = checked() if checked is not None else None
    if problems is None:
        problems = quick_check(db)
    if problems:
        db.close()
        raise DatabaseCorrupt(
            QT_TRANSLATE_NOOP("core", "数据库文件已损坏（{0}：{1}）。为避免进一步损坏，程序不会写入任何数据。请从备份恢复（street-ledger restore 备份文件），或把该文件交技术人员检查。"),
            path, problems[0]
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
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        # Busy and full are said plainly (DatabaseBusy, DiskFull); anything else as it was.
        plain = storage_error(exc)
        if plain is None:
            raise
        raise plain from exc


def _translate(exc: sqlite3.DatabaseError, path: Path | str) -> StorageError:
    plain = storage_error(exc)
    if plain is not None:
        return plain
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return DatabaseCorrupt(
            QT_TRANSLATE_NOOP("core", "数据库文件已损坏或不是本程序的数据库（{0}）。程序不会写入该文件，请从备份恢复。"), path
        )
    if "unable to open" in text or "readonly" in text:
        return StorageError(QT_TRANSLATE_NOOP("core", "无法打开数据库文件 {0}：请确认文件夹存在且有写入权限。"), path)
    return StorageError(QT_TRANSLATE_NOOP("core", "打开数据库 {0} 时出错：{1}"), path, text)
