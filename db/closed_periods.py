"""Months an export has closed: changes to them need a reason (the rule lives in desktop/)."""
from __future__ import annotations

import sqlite_utils


def close(db: sqlite_utils.Database, office: str, period: str, *, at: str, by: str,
          revision: int = 1) -> None:
    db.execute(
        "INSERT INTO closed_periods (office_code, period, closed_at, closed_by, revision) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (office_code, period) DO UPDATE SET "
        "closed_at = excluded.closed_at, closed_by = excluded.closed_by, revision = excluded.revision",
        [office, period, at, by, revision],
    )


def is_closed(db: sqlite_utils.Database, office: str, period: str) -> bool:
    return db.execute("SELECT 1 FROM closed_periods WHERE office_code = ? AND period = ?",
                      [office, period]).fetchone() is not None


def closed(db: sqlite_utils.Database, office: str) -> list[dict]:
    cur = db.execute("SELECT period, closed_at, closed_by, revision FROM closed_periods "
                     "WHERE office_code = ? ORDER BY period", [office])
    return [dict(zip(("period", "closed_at", "closed_by", "revision"), r)) for r in cur.fetchall()]
