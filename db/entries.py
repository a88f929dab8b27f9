"""Monthly indicator entries: one row per office, indicator and month (no row = not filled)."""
from __future__ import annotations

import sqlite_utils

COLUMNS = ("office_code", "indicator_id", "period", "state", "value", "status", "done_on",
           "note", "updated_at", "updated_by")
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM entries"


def _rows(cur) -> list[dict]:
    return [dict(zip(COLUMNS, r)) for r in cur.fetchall()]


def get(db: sqlite_utils.Database, office: str, indicator_id: str, period: str) -> dict | None:
    rows = _rows(db.execute(f"{_SELECT} WHERE office_code = ? AND indicator_id = ? AND period = ?",
                            [office, indicator_id, period]))
    return rows[0] if rows else None


def for_office(db: sqlite_utils.Database, office: str, *, up_to: str | None = None) -> list[dict]:
    """Every entry of an office (through ``up_to`` if given), oldest month first."""
    if up_to is None:
        cur = db.execute(f"{_SELECT} WHERE office_code = ? ORDER BY period", [office])
    else:
        cur = db.execute(f"{_SELECT} WHERE office_code = ? AND period <= ? ORDER BY period",
                         [office, up_to])
    return _rows(cur)


def history(db: sqlite_utils.Database, office: str, indicator_id: str) -> list[dict]:
    return _rows(db.execute(f"{_SELECT} WHERE office_code = ? AND indicator_id = ? ORDER BY period",
                            [office, indicator_id]))


def history_for_save(db: sqlite_utils.Database, office: str, indicator_id: str,
                     period: str) -> tuple[list[dict], bool]:
    """An indicator's months and whether ``period`` is closed, read together: the save path
    needs both, and one statement less per saved cell is measurable (bench_save_cell)."""
    cur = db.conn.execute(
        f"SELECT {', '.join(COLUMNS)}, EXISTS (SELECT 1 FROM closed_periods "
        "WHERE office_code = ? AND period = ?) FROM entries WHERE office_code = ? AND indicator_id = ?",
        [office, period, office, indicator_id])
    records = cur.fetchall()
    if not records:
        closed = db.conn.execute("SELECT 1 FROM closed_periods WHERE office_code = ? AND period = ?",
                                 [office, period]).fetchone() is not None
        return [], closed
    return [dict(zip(COLUMNS, r)) for r in records], bool(records[0][-1])


def upsert(db: sqlite_utils.Database, row: dict) -> None:
    """Insert or replace one entry (inside the caller's write transaction)."""
    db.conn.execute(
        f"INSERT INTO entries ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))}) "
        "ON CONFLICT (office_code, indicator_id, period) DO UPDATE SET "
        "state = excluded.state, value = excluded.value, status = excluded.status, "
        "done_on = excluded.done_on, note = excluded.note, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by",
        [row.get(c) if c != "note" else (row.get("note") or "") for c in COLUMNS],
    )


def delete(db: sqlite_utils.Database, office: str, indicator_id: str, period: str) -> None:
    db.execute("DELETE FROM entries WHERE office_code = ? AND indicator_id = ? AND period = ?",
               [office, indicator_id, period])
