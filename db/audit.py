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


def _where(user: str | None, action: str | None, text: str | None, since: str | None,
           until: str | None) -> tuple[str, list]:
    clauses, params = [], []
    if user:
        clauses.append("user = ?")
        params.append(user)
    if action:
        clauses.append("action = ?")
        params.append(action)
    if text:
        clauses.append("(target LIKE ? OR old LIKE ? OR new LIKE ? OR reason LIKE ?)")
        params += [f"%{text}%"] * 4
    if since:
        clauses.append("at >= ?")
        params.append(since)
    if until:
        clauses.append("at < ?")
        params.append(until)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def search(db, *, user=None, action=None, text=None, since=None, until=None,
           limit: int = 200, offset: int = 0) -> list[tuple]:
    """(id, at, user, action, target, old, new, reason), newest first, one page at a time."""
    where, params = _where(user, action, text, since, until)
    return db.execute(f"SELECT id, {', '.join(FIELDS)} FROM audit_log{where} ORDER BY id DESC LIMIT ? OFFSET ?",
                      params + [limit, offset]).fetchall()


def count(db, **filters) -> int:
    where, params = _where(filters.get("user"), filters.get("action"), filters.get("text"),
                           filters.get("since"), filters.get("until"))
    return db.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]


def distinct(db, column: str) -> list[str]:
    if column not in ("user", "action"):          # a whitelist: never a column name from input
        raise ValueError(column)
    return [r[0] for r in db.execute(f"SELECT DISTINCT {column} FROM audit_log ORDER BY {column}")]
