"""User rows. Passwords arrive here already hashed; this module never sees one in clear."""
from __future__ import annotations

import sqlite_utils

_COLS = "id, name, role, password_hash, failed_attempts, locked_until, active, created_at"


def add(db, *, name: str, role: str, password_hash: str, created_at: str) -> int:
    cur = db.execute(
        "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
        [name, role, password_hash, created_at],
    )
    return cur.lastrowid


def by_name(db: sqlite_utils.Database, name: str) -> dict | None:
    cur = db.execute(f"SELECT {_COLS} FROM users WHERE name = ?", [name])
    row = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], row)) if row else None


def by_id(db: sqlite_utils.Database, user_id: int) -> dict:
    cur = db.execute(f"SELECT {_COLS} FROM users WHERE id = ?", [user_id])
    return dict(zip([c[0] for c in cur.description], cur.fetchone()))


def names(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM users WHERE active = 1 ORDER BY id")]


def count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM users").fetchone()[0]


def record_failure(db, user_id: int, attempts: int, locked_until: str | None) -> None:
    db.execute(
        "UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?",
        [attempts, locked_until, user_id],
    )


def record_success(db, user_id: int) -> None:
    db.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", [user_id])


def set_password_hash(db, user_id: int, password_hash: str) -> None:
    db.execute("UPDATE users SET password_hash = ? WHERE id = ?", [password_hash, user_id])


def all_users(db: sqlite_utils.Database) -> list[dict]:
    cur = db.execute("SELECT name, role, active, locked_until, created_at FROM users ORDER BY id")
    return [dict(zip([c[0] for c in cur.description], r)) for r in cur.fetchall()]
