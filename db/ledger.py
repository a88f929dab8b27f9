"""The district's ledger: accepted submissions (one per unit, period and revision) and rejected files."""
from __future__ import annotations


def by_digest(db, digest: str) -> dict | None:
    return _one(db, "SELECT unit_code, period, revision, file_name FROM submissions WHERE digest = ?", [digest])


def latest(db, unit_code: str, period: str) -> dict | None:
    """The revision in force for this unit and period, if any."""
    return _one(db, "SELECT revision, digest, file_name, exported_at FROM submissions "
                    "WHERE unit_code = ? AND period = ? ORDER BY revision DESC LIMIT 1", [unit_code, period])


def at_revision(db, unit_code: str, period: str, revision: int) -> dict | None:
    return _one(db, "SELECT digest, file_name FROM submissions WHERE unit_code = ? AND period = ? AND revision = ?",
                [unit_code, period, revision])


def record(db, *, unit_code: str, period: str, revision: int, digest: str, file_name: str,
           fingerprint: str, exported_at: str, merged_at: str, merged_by: str) -> None:
    db.execute(
        "INSERT INTO submissions (unit_code, period, revision, digest, file_name, fingerprint, exported_at, "
        "merged_at, merged_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [unit_code, period, revision, digest, file_name, fingerprint, exported_at, merged_at, merged_by],
    )


def reject(db, *, file: str, unit_code: str, period: str, revision: str, status: str, reason: str,
           at: str) -> None:
    db.execute("INSERT INTO rejections (file, unit_code, period, revision, status, reason, at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)", [file, unit_code, period, revision, status, reason, at])


def in_force(db, year: str) -> list[dict]:
    """The highest revision of every unit and period of the year, with its export time."""
    return _all(db, "SELECT unit_code, period, max(revision) AS revision, exported_at FROM submissions "
                    "WHERE period LIKE ? GROUP BY unit_code, period", [f"{year}-%"])


def rejections(db, year: str) -> list[dict]:
    """Rejected files of the year, latest last."""
    return _all(db, "SELECT file, unit_code, period, revision, status, reason, at FROM rejections "
                    "WHERE period LIKE ? ORDER BY id", [f"{year}-%"])


def _one(db, sql: str, params: list) -> dict | None:
    rows = _all(db, sql, params)
    return rows[0] if rows else None


def _all(db, sql: str, params: list) -> list[dict]:
    cur = db.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]
