"""The append-only, hash-chained audit log.

Each row's hash is SHA-256 over every other column of the row (whatever columns the table has,
read back generically, so no field can be left out), including its sequence number ``id`` and
the previous row's hash. Rewriting any row, even with the triggers dropped, breaks the chain
from that row on; ``verify_chain`` names the first row that no longer fits. What the chain alone
cannot show (rows cut off the end, a whole new chain) is judged against anchors kept outside
the database: see desktop/security/audit_anchor.py."""
from __future__ import annotations

import hashlib
import json

import sqlite_utils

GENESIS = "0" * 64
FIELDS = ("at", "user", "action", "target", "old", "new", "reason")


def columns(db) -> list[str]:
    return [r[1] for r in db.execute("PRAGMA table_info(audit_log)").fetchall()]


def digest(row: dict) -> str:
    """The hash of one stored row: all its columns but ``hash``, by name. A column that is NULL is
    left out, so a column added later as nullable keeps old rows' hashes valid, while setting or
    clearing any value of a row still changes its hash."""
    body = sorted((k, v) for k, v in row.items() if k != "hash" and v is not None)
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def append(db, **row: str) -> None:
    """Add one entry; the caller's write transaction keeps the chain single-file."""
    last = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    stored = {c: None for c in columns(db) if c != "hash"}
    stored.update({f: str(row.get(f, "") or "") for f in FIELDS})
    stored.update({k: v for k, v in row.items() if k in stored and k not in FIELDS})
    stored["id"] = (last[0] if last else 0) + 1          # consecutive: a gap is a deleted row
    stored["prev_hash"] = last[1] if last else GENESIS
    names = list(stored)
    db.execute(f"INSERT INTO audit_log ({', '.join(names)}, hash) VALUES ({', '.join('?' * (len(names) + 1))})",
               [stored[n] for n in names] + [digest(stored)])


def verify_chain(db: sqlite_utils.Database) -> int | None:
    """The id of the first entry that does not fit the chain (its hash, its link to the previous
    entry, or its place: ids run 1, 2, 3 …), or None if all fit."""
    prev, expected = GENESIS, 1
    cur = db.execute("SELECT * FROM audit_log ORDER BY id")
    names = [c[0] for c in cur.description]
    for rec in cur:
        row = dict(zip(names, rec))
        if row["id"] != expected or row["prev_hash"] != prev or digest(row) != row["hash"]:
            return row["id"]
        prev, expected = row["hash"], expected + 1
    return None


def head(db) -> tuple[int, str] | None:
    """(sequence number, hash) of the last entry, or None for an empty log."""
    row = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None


def hash_at(db, seq: int) -> str | None:
    row = db.execute("SELECT hash FROM audit_log WHERE id = ?", [seq]).fetchone()
    return row[0] if row else None


def hashes(db) -> dict[int, str]:
    return dict(db.execute("SELECT id, hash FROM audit_log").fetchall())


def total_rows(db) -> int:
    return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


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
