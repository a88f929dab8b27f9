"""The district's receipt book: when it first received each file (by its signed digest) and the
office's audit head the file carried. The district's own clock, not the office's claim."""
from __future__ import annotations


def first_received(db, digest: str) -> str | None:
    row = db.execute("SELECT first_received_at FROM received_files WHERE digest = ?", [digest]).fetchone()
    return row[0] if row else None


def record(db, *, digest: str, unit_code: str, period: str, revision: int, fingerprint: str, exported_at: str,
           received_at: str, audit_seq: int | None, audit_hash: str | None) -> None:
    """The first receipt of a file wins: receiving it again never moves its date."""
    db.execute(
        "INSERT INTO received_files (digest, unit_code, period, revision, fingerprint, exported_at, "
        "first_received_at, audit_seq, audit_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (digest) DO NOTHING",
        [digest, unit_code, period, revision, fingerprint, exported_at, received_at, audit_seq, audit_hash])


def office_heads(db) -> list[dict]:
    """Per office, the furthest audit head it has sent (sequence number, hash, file, when)."""
    cur = db.execute(
        "SELECT r.unit_code, r.audit_seq, r.audit_hash, r.period, r.revision, r.first_received_at "
        "FROM received_files r WHERE r.audit_seq IS NOT NULL AND r.audit_seq = "
        "(SELECT max(audit_seq) FROM received_files WHERE unit_code = r.unit_code) ORDER BY r.unit_code")
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def office_head(db, unit_code: str) -> dict | None:
    """The furthest audit head this office has sent so far, if any."""
    row = db.execute("SELECT audit_seq, audit_hash, period, revision FROM received_files "
                     "WHERE unit_code = ? AND audit_seq IS NOT NULL ORDER BY audit_seq DESC LIMIT 1",
                     [unit_code]).fetchone()
    return dict(zip(("audit_seq", "audit_hash", "period", "revision"), row)) if row else None
