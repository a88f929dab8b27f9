"""Milestone statuses stored as codes, not Chinese words (desktop.plan.statuses).

``entries.status`` had a CHECK on the Chinese words; SQLite cannot change a CHECK in place, so
the table is rebuilt with the codes' CHECK and every row copied, its word turned into its code.
``merged_values.milestone`` (the office's 本月 as merged) gets the same codes. A value that is
already a code stays as it is, so running this twice changes nothing the second time."""
from . import MIGRATIONS

# The words and codes of desktop.plan.statuses as they were when this migration was written
# (a migration never changes later, so it keeps its own copy instead of importing the registry).
_CODES = (("未启动", "not_started"), ("推进中", "in_progress"), ("已完成", "completed"))
_CASE = "CASE {col} " + " ".join(f"WHEN '{word}' THEN '{code}'" for word, code in _CODES) + " ELSE {col} END"


@MIGRATIONS(name="m010_status_codes")
def m010_status_codes(db):
    db.execute(
        """CREATE TABLE entries_new (
            office_code TEXT NOT NULL,
            indicator_id TEXT NOT NULL,
            period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
            state TEXT NOT NULL CHECK (state IN ('value', 'na')),
            value TEXT,
            status TEXT CHECK (status IS NULL OR status IN ('not_started', 'in_progress', 'completed')),
            done_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            PRIMARY KEY (office_code, indicator_id, period)
        )"""
    )
    db.execute("INSERT INTO entries_new (office_code, indicator_id, period, state, value, status, done_on, note, "
               f"updated_at, updated_by) SELECT office_code, indicator_id, period, state, value, "
               f"{_CASE.format(col='status')}, done_on, note, updated_at, updated_by FROM entries")
    db.execute("DROP TABLE entries")
    db.execute("ALTER TABLE entries_new RENAME TO entries")
    db.execute(f"UPDATE merged_values SET milestone = {_CASE.format(col='milestone')} WHERE milestone != ''")
