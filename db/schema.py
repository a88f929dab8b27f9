"""Open a database and bring its schema up to date, copying the file first if it changes."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import sqlite_utils

from . import audit_guard
from .backup import backup_to
from .connection import open_checked
from .errors import NewerDatabase
from .location import check_local
from .migrations import MIGRATIONS
from db.messages import QT_TRANSLATE_NOOP


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def open_database(path: Path | str, *, read_only: bool = False, checked=None) -> sqlite_utils.Database:
    """Check, refuse a file from a newer program, back up if a migration is due on a file that
    already holds data, migrate. ``read_only`` opens with ``mode=ro`` and never migrates: the
    caller must check ``pending_migrations`` and open for writing when some are due. ``checked``:
    see ``open_checked``."""
    check_local(path)
    path = Path(path)
    db = open_checked(path, read_only=read_only, checked=checked)
    try:
        refuse_newer(db, path)
    except BaseException:
        db.close()
        raise
    if read_only:
        return db
    pending = MIGRATIONS.pending(db)
    if pending and db.table_names():
        backup_to(db.conn, backups_folder(path), path.stem, f"before-{pending[0].name}")
    MIGRATIONS.apply(db)
    # What was missing is kept on the connection so that ``check`` can say so after the fact.
    db.audit_triggers_restored = audit_guard.restore(db, at=datetime.now().isoformat(timespec="seconds"))
    return db


def unknown_migrations(db: sqlite_utils.Database) -> list[str]:
    """Migrations recorded in the file that this build does not know: a newer version wrote it."""
    known = {m.name for m in MIGRATIONS._migrations}
    return [m.name for m in MIGRATIONS.applied(db) if m.name not in known]


def refuse_newer(db: sqlite_utils.Database, path: Path) -> None:
    unknown = unknown_migrations(db)
    if unknown:
        raise NewerDatabase(
            QT_TRANSLATE_NOOP("core", "数据库 {0} 由更新版本的街道民生台账写入（含本版本不认识的数据库升级 {1}），本版本不会打开或改动它，以免损坏数据。请安装最新版本的程序后再打开。"),
            path, unknown[0])


def pending_migrations(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in MIGRATIONS.pending(db)]


def applied_migrations(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in MIGRATIONS.applied(db)]
