"""The export history: one row per workbook written (office, period, revision)."""
from __future__ import annotations


def next_revision(db, unit_code: str, period: str) -> int:
    row = db.execute("SELECT max(revision) FROM exports WHERE unit_code = ? AND period = ?",
                     [unit_code, period]).fetchone()
    return (row[0] or 0) + 1


def record(db, *, unit_code: str, period: str, revision: int, file_path: str, digest: str,
           fingerprint: str, exported_at: str, exported_by: str, content_digest: str | None = None) -> None:
    db.execute(
        "INSERT INTO exports (unit_code, period, revision, file_path, digest, fingerprint, exported_at, "
        "exported_by, content_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [unit_code, period, revision, file_path, digest, fingerprint, exported_at, exported_by, content_digest],
    )


def last(db, unit_code: str, period: str) -> dict | None:
    """The newest revision of the month, with its content digest (None for exports made before
    content digests were kept)."""
    cur = db.execute(
        "SELECT revision, file_path, digest, fingerprint, content_digest FROM exports "
        "WHERE unit_code = ? AND period = ? ORDER BY revision DESC LIMIT 1", [unit_code, period])
    row = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], row)) if row else None


def history(db, unit_code: str) -> list[dict]:
    cur = db.execute(
        "SELECT period, revision, file_path, digest, fingerprint, exported_at, exported_by FROM exports "
        "WHERE unit_code = ? ORDER BY period DESC, revision DESC", [unit_code])
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]
