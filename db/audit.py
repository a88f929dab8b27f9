"""The append-only, hash-chained audit log.

Each row's hash is SHA-256 over the previous hash and the row's own fields, so rewriting any
row (even with the triggers dropped) breaks the chain from that row on; ``verify_chain`` names
the first row that no longer fits."""
from __future__ import annotations

import hashlib
import json

import sqlite_utils

GENESIS = "0" * 64
FIELDS = ("at", "user", "action", "target", "old", "new", "reason")


def _digest(prev_hash: str, row: dict) -> str:
    body = json.dumps([prev_hash] + [row[f] for f in FIELDS], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(db, **row: str) -> None:
    """Add one entry; the caller's write transaction keeps the chain single-file."""
    row = {f: str(row.get(f, "") or "") for f in FIELDS}
    last = db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev = last[0] if last else GENESIS
    db.execute(
        "INSERT INTO audit_log (at, user, action, target, old, new, reason, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*(row[f] for f in FIELDS), prev, _digest(prev, row)],
    )


def verify_chain(db: sqlite_utils.Database) -> int | None:
    """The id of the first entry whose hash does not fit the chain, or None if all fit."""
    prev = GENESIS
    cur = db.execute(f"SELECT id, {', '.join(FIELDS)}, prev_hash, hash FROM audit_log ORDER BY id")
    for rec in cur:
        row = dict(zip(("id",) + FIELDS + ("prev_hash", "hash"), rec))
        if row["prev_hash"] != prev or _digest(prev, row) != row["hash"]:
            return row["id"]
        prev = row["hash"]
    return None


def recent(db: sqlite_utils.Database, limit: int = 100) -> list[dict]:
    cur = db.execute(f"SELECT id, {', '.join(FIELDS)} FROM audit_log ORDER BY id DESC LIMIT ?", [limit])
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]
