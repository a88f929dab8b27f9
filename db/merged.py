"""Merged data: each unit's monthly indicator values and its latest register snapshot."""
from __future__ import annotations


def replace_values(db, unit_code: str, period: str, revision: int, rows: list[tuple]) -> None:
    """rows: (indicator_id, value, state, milestone, done_on); the period's old values go first."""
    db.execute("DELETE FROM merged_values WHERE unit_code = ? AND period = ?", [unit_code, period])
    db.conn.executemany(
        "INSERT INTO merged_values (unit_code, period, indicator_id, value, state, milestone, done_on, revision) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(unit_code, period, *r, revision) for r in rows],
    )


def snapshot_of(db, unit_code: str) -> tuple[str, int] | None:
    row = db.execute("SELECT period, revision FROM register_snapshots WHERE unit_code = ?", [unit_code]).fetchone()
    return (row[0], row[1]) if row else None


def replace_records(db, unit_code: str, period: str, revision: int, rows: list[tuple]) -> None:
    """rows: (sheet, record_no, id_number, cells_json); the unit's previous snapshot goes first."""
    db.execute("DELETE FROM merged_records WHERE unit_code = ?", [unit_code])
    db.conn.executemany("INSERT INTO merged_records (unit_code, sheet, record_no, id_number, cells) VALUES (?, ?, ?, ?, ?)",
                   [(unit_code, *r) for r in rows])
    db.execute("INSERT INTO register_snapshots (unit_code, period, revision) VALUES (?, ?, ?) "
               "ON CONFLICT (unit_code) DO UPDATE SET period = excluded.period, revision = excluded.revision",
               [unit_code, period, revision])


def values(db, year: str) -> list[tuple]:
    """(unit_code, period, indicator_id, value, state, milestone, done_on) of the year."""
    return db.execute("SELECT unit_code, period, indicator_id, value, state, milestone, done_on FROM merged_values "
                      "WHERE period LIKE ? ORDER BY unit_code, period", [f"{year}-%"]).fetchall()


def records(db, sheet: str) -> list[tuple]:
    """(unit_code, cells_json) of one register sheet, office by office, in file order."""
    return list(iter_records(db, sheet))


def iter_records(db, sheet: str, unit_code: str | None = None):
    """``records`` streamed (a district's merged register does not fit in memory twice over),
    or one unit's alone."""
    if unit_code is None:
        return db.execute("SELECT unit_code, cells FROM merged_records WHERE sheet = ? ORDER BY unit_code, id",
                          [sheet])
    return db.execute("SELECT unit_code, cells FROM merged_records WHERE unit_code = ? AND sheet = ? ORDER BY id",
                      [unit_code, sheet])


def record_counts(db) -> dict[str, dict[str, int]]:
    """sheet -> unit_code -> merged records."""
    out: dict[str, dict[str, int]] = {}
    for sheet, unit, n in db.execute("SELECT sheet, unit_code, count(*) FROM merged_records GROUP BY sheet, unit_code"):
        out.setdefault(sheet, {})[unit] = n
    return out


SHARED_ID_NUMBERS_SQL = (
    "SELECT m.id_number, m.unit_code, m.sheet, m.record_no, m.cells FROM merged_records m "
    "JOIN (SELECT id_number FROM merged_records WHERE id_number != '' GROUP BY id_number "
    "      HAVING count(DISTINCT unit_code) > 1) d ON d.id_number = m.id_number "
    # the index on id_number is partial: without this clause SQLite cannot use it for m and
    # scans the whole table once per shared number (80 s at 13 × 20,000 rows; 0.6 s with it)
    "WHERE m.id_number != '' "
    "ORDER BY m.id_number, m.unit_code, m.sheet, m.record_no")


def shared_id_numbers(db) -> list[tuple]:
    """(id_number, unit_code, sheet, record_no, cells_json) for ID numbers found in more than one unit."""
    return db.execute(SHARED_ID_NUMBERS_SQL).fetchall()
