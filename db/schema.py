"""Open a database and bring its schema up to date, copying the file first if it changes."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import sqlite_utils

from . import audit_guard
from .backup import backup_to
from .connection import open_checked
from .location import check_local
from .migrations import MIGRATIONS


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Check, back up if a migration is due on a file that already holds data, migrate."""
    check_local(path)
    path = Path(path)
    db = open_checked(path)
    pending = MIGRATIONS.pending(db)
    if pending and db.table_names():
        backup_to(db.conn, backups_folder(path), path.stem, f"before-{pending[0].name}")
    MIGRATIONS.apply(db)
    # What was missing is kept on the connection so that ``check`` can say so after the fact.
    db.audit_triggers_restored = audit_guard.restore(db, at=datetime.now().isoformat(timespec="seconds"))
    return db


def pending_migrations(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in MIGRATIONS.pending(db)]


def applied_migrations(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in MIGRATIONS.applied(db)]
