"""This unit's own signing keys (the private half is stored passphrase-encrypted)."""
from __future__ import annotations

import sqlite_utils


def add(db, *, unit_code: str, fingerprint: str, public_key: bytes, private_pem: bytes,
        created_at: str) -> None:
    db.execute("UPDATE signing_keys SET active = 0, retired_at = ? WHERE active = 1", [created_at])
    db.execute(
        "INSERT INTO signing_keys (unit_code, fingerprint, public_key, private_pem, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [unit_code, fingerprint, public_key, private_pem, created_at],
    )


def active(db: sqlite_utils.Database) -> dict | None:
    cur = db.execute(
        "SELECT unit_code, fingerprint, public_key, private_pem, created_at "
        "FROM signing_keys WHERE active = 1"
    )
    row = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], row)) if row else None


def replace_private(db, fingerprint: str, private_pem: bytes) -> None:
    db.execute("UPDATE signing_keys SET private_pem = ? WHERE fingerprint = ?", [private_pem, fingerprint])
