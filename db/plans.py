"""Installed plan versions, each stored whole as JSON."""
from __future__ import annotations

import sqlite_utils


def install(db, *, plan_id: str, version: int, title: str, source_name: str, content: str,
            installed_at: str) -> None:
    """Record a version and make it the active one (caller holds the write transaction)."""
    db.execute("UPDATE plan_versions SET active = 0 WHERE active = 1")
    db.execute(
        "INSERT INTO plan_versions (plan_id, version, title, source_name, content, installed_at, active) "
        "VALUES (?, ?, ?, ?, ?, ?, 1)",
        [plan_id, version, title, source_name, content, installed_at],
    )


def active_content(db: sqlite_utils.Database) -> str | None:
    row = db.execute("SELECT content FROM plan_versions WHERE active = 1").fetchone()
    return row[0] if row else None


def versions(db: sqlite_utils.Database) -> list[dict]:
    cur = db.execute(
        "SELECT plan_id, version, title, source_name, installed_at, active "
        "FROM plan_versions ORDER BY id"
    )
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]
