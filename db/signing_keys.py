"""This unit's own signing keys (the private half is stored passphrase-encrypted)."""
from __future__ import annotations

import sqlite_utils

_COLS = "unit_code, fingerprint, public_key, private_pem, created_at, retired_at, active, rotation"


def add(db, *, unit_code: str, fingerprint: str, public_key: bytes, private_pem: bytes,
        created_at: str, rotation: str | None = None) -> None:
    """Make this the active key; an earlier one is retired, kept to recognise old exports."""
    db.execute("UPDATE signing_keys SET active = 0, retired_at = ? WHERE active = 1", [created_at])
    db.execute(
        "INSERT INTO signing_keys (unit_code, fingerprint, public_key, private_pem, created_at, rotation) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [unit_code, fingerprint, public_key, private_pem, created_at, rotation],
    )


def active(db: sqlite_utils.Database) -> dict | None:
    rows = _select(db, "WHERE active = 1")
    return rows[0] if rows else None


def all_keys(db: sqlite_utils.Database) -> list[dict]:
    return _select(db, "ORDER BY id")


def replace_private(db, fingerprint: str, private_pem: bytes) -> None:
    db.execute("UPDATE signing_keys SET private_pem = ? WHERE fingerprint = ?", [private_pem, fingerprint])


def _select(db, tail: str) -> list[dict]:
    cur = db.execute(f"SELECT {_COLS} FROM signing_keys {tail}")
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]
