"""Feedback to offices (退回意见): what the district sent and heard back, what the office received
and answered. The rules live in desktop/feedback/."""
from __future__ import annotations

_ITEM_COLUMNS = ("id", "inbox_id", "seq", "kind", "indicator_id", "register_id", "record_no", "state", "text",
                 "answer", "corrected", "answered_at", "answered_by")


def _all(db, sql: str, params: list) -> list[dict]:
    cur = db.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


# ------------------------------------------------------------------ district
def next_number(db, office: str, period: str) -> int:
    row = db.execute("SELECT max(number) FROM feedback_sent WHERE office_code = ? AND period = ?",
                     [office, period]).fetchone()
    return (row[0] or 0) + 1


def record_sent(db, *, office: str, period: str, number: int, based_on: int, needs_resubmit: bool,
                comments: int, file: str, digest: str, at: str, by: str) -> None:
    db.execute("INSERT INTO feedback_sent (office_code, period, number, based_on_revision, needs_resubmit, comments, "
               "file, digest, written_at, written_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [office, period, number, based_on, int(needs_resubmit), comments, file, digest, at, by])


def sent(db, year: str) -> list[dict]:
    """Every feedback written in the year, oldest first."""
    return _all(db, "SELECT office_code, period, number, based_on_revision, needs_resubmit, comments, file, "
                    "written_at, written_by FROM feedback_sent WHERE period LIKE ? ORDER BY id", [f"{year}-%"])


def record_answers(db, office: str, period: str, revision: int, rows: list[tuple]) -> None:
    """rows: (number, seq, answer, corrected, answered_by, answered_at) as the revision carried them."""
    db.conn.executemany(
        "INSERT OR REPLACE INTO feedback_answers (office_code, period, revision, number, seq, answer, corrected, "
        "answered_by, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(office, period, revision, *r) for r in rows])


def answers(db, office: str, period: str) -> list[dict]:
    """The answers of the latest revision that carried any."""
    return _all(db, "SELECT revision, number, seq, answer, corrected, answered_by, answered_at FROM feedback_answers "
                    "WHERE office_code = ? AND period = ? AND revision = (SELECT max(revision) FROM feedback_answers "
                    "WHERE office_code = ? AND period = ?) ORDER BY number, seq", [office, period, office, period])


# ------------------------------------------------------------------ office
def inbox_by_digest(db, digest: str) -> dict | None:
    rows = _all(db, "SELECT id, period, number FROM feedback_inbox WHERE digest = ?", [digest])
    return rows[0] if rows else None


def add_inbox(db, *, period: str, number: int, district_name: str, based_on: int, digest: str, written_at: str,
              file: str, at: str, by: str) -> int:
    cur = db.execute("INSERT INTO feedback_inbox (period, number, district_name, based_on_revision, digest, "
                     "written_at, file, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [period, number, district_name, based_on, digest, written_at, file, at, by])
    return cur.lastrowid


def add_item(db, inbox_id: int, *, seq: int, kind: str, indicator_id: str, register_id: str,
             record_no: int | None, state: str, text: str) -> None:
    db.execute("INSERT INTO feedback_items (inbox_id, seq, kind, indicator_id, register_id, record_no, state, text) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [inbox_id, seq, kind, indicator_id, register_id, record_no, state, text])


def items(db, period: str | None = None) -> list[dict]:
    """Comments received, with their feedback's number and period; one month's or all."""
    cols = ", ".join(f"i.{c}" for c in _ITEM_COLUMNS)
    sql = (f"SELECT {cols}, f.period, f.number, f.district_name FROM feedback_items i "
           "JOIN feedback_inbox f ON f.id = i.inbox_id")
    params: list = []
    if period is not None:
        sql += " WHERE f.period = ?"
        params.append(period)
    return _all(db, sql + " ORDER BY f.period, f.number, i.seq", params)


def item(db, item_id: int) -> dict | None:
    cols = ", ".join(f"i.{c}" for c in _ITEM_COLUMNS)
    rows = _all(db, f"SELECT {cols}, f.period, f.number FROM feedback_items i JOIN feedback_inbox f "
                    "ON f.id = i.inbox_id WHERE i.id = ?", [item_id])
    return rows[0] if rows else None


def set_answer(db, item_id: int, *, answer: str, corrected: str, at: str, by: str) -> None:
    db.execute("UPDATE feedback_items SET answer = ?, corrected = ?, answered_at = ?, answered_by = ? WHERE id = ?",
               [answer, corrected, at, by, item_id])
