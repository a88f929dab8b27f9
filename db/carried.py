"""What the level above keeps from a district's report beyond 本月: the 累计 it states, and the
records a district's registers point at (for feedback on a record)."""
from __future__ import annotations


def set_ytd(db, unit_code: str, period: str, rows: list[tuple]) -> None:
    """rows: (indicator_id, ytd) of a district report: the 累计 it states for the period."""
    db.conn.executemany("UPDATE merged_values SET ytd = ? WHERE unit_code = ? AND period = ? AND indicator_id = ?",
                        [(ytd, unit_code, period, ind) for ind, ytd in rows])


def carried_ytd(db, year: str) -> list[tuple]:
    """(unit_code, period, indicator_id, ytd) wherever a report carried its 累计."""
    return db.execute("SELECT unit_code, period, indicator_id, ytd FROM merged_values "
                      "WHERE period LIKE ? AND ytd != ''", [f"{year}-%"]).fetchall()


def has_record(db, unit_code: str, sheet: str, record_no: int) -> bool:
    return db.execute("SELECT 1 FROM merged_records WHERE unit_code = ? AND sheet = ? AND record_no = ? LIMIT 1",
                      [unit_code, sheet, record_no]).fetchone() is not None


def set_register_counts(db, unit_code: str, period: str, revision: int, counts: dict[str, int]) -> None:
    """The latest report's counts replace the unit's earlier ones (registers are snapshots)."""
    db.execute("DELETE FROM carried_register_counts WHERE unit_code = ?", [unit_code])
    db.conn.executemany("INSERT INTO carried_register_counts (unit_code, register_id, period, revision, records) "
                        "VALUES (?, ?, ?, ?, ?)", [(unit_code, r, period, revision, n) for r, n in counts.items()])


def register_counts(db) -> list[tuple]:
    """(unit_code, register_id, records) of every unit whose report carried them."""
    return db.execute("SELECT unit_code, register_id, records FROM carried_register_counts "
                      "ORDER BY unit_code, register_id").fetchall()


def counts_period(db, unit_code: str) -> tuple[str, int] | None:
    row = db.execute("SELECT period, revision FROM carried_register_counts WHERE unit_code = ? LIMIT 1",
                     [unit_code]).fetchone()
    return (row[0], row[1]) if row else None
