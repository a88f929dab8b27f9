"""Exported months whose figures changed after the export (the rule lives in desktop/entry/stale.py)."""
from __future__ import annotations

_COLUMNS = ("period", "since", "changed_by", "reason", "changes")


def mark(db, office: str, period: str, *, at: str, by: str, reason: str, changes: str) -> None:
    """The first change since the export sets ``since``; later ones add to the list of changes."""
    db.execute(
        "INSERT INTO stale_months (office_code, period, since, changed_by, reason, changes) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (office_code, period) DO UPDATE SET "
        "changed_by = excluded.changed_by, reason = excluded.reason, "
        "changes = stale_months.changes || '\n' || excluded.changes",
        [office, period, at, by, reason, changes])


def clear(db, office: str, period: str) -> None:
    db.execute("DELETE FROM stale_months WHERE office_code = ? AND period = ?", [office, period])


def stale(db, office: str) -> list[dict]:
    cur = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM stale_months WHERE office_code = ? ORDER BY period",
                     [office])
    return [dict(zip(_COLUMNS, r)) for r in cur.fetchall()]
