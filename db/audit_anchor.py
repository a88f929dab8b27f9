"""Where the audit head is kept outside the log itself: the export history, and backups
(read-only: a backup is evidence and is never opened for writing)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from . import audit


def record_export_head(db, *, unit_code: str, period: str, revision: int, seq: int, hash: str) -> None:
    db.execute("UPDATE exports SET audit_seq = ?, audit_hash = ? WHERE unit_code = ? AND period = ? AND revision = ?",
               [seq, hash, unit_code, period, revision])


def export_heads(db) -> list[dict]:
    """Every export of this unit, newest first, with the audit head its workbook carries."""
    cur = db.execute("SELECT period, revision, file_path, audit_seq, audit_hash FROM exports ORDER BY id DESC")
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


@dataclass(frozen=True)
class BackupChain:
    unit_code: str | None
    hashes: dict[int, str]
    broken_at: int | None          # the backup's own chain: a copy that does not verify is no evidence


def read_backup_chain(path: Path) -> BackupChain:
    """The audit chain stored in a backup file; sqlite3.Error if it cannot be read."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        row = conn.execute("SELECT value FROM meta WHERE key = 'unit_code'").fetchone()
        return BackupChain(row[0] if row else None, audit.hashes(db), audit.verify_chain(db))
    finally:
        conn.close()
