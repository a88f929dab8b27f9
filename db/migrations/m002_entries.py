"""Monthly indicator entries and the periods an export has closed."""
from . import MIGRATIONS


@MIGRATIONS(name="m002_entries")
def m002_entries(db):
    # One row per office, indicator and month. No row means "not filled"; state 'na' means
    # 不适用 (filled, but nothing to count), distinct from a value of 0. Numbers are decimal
    # strings so no float rounding ever touches a figure; milestones use status and done_on.
    db.execute(
        """CREATE TABLE entries (
            office_code TEXT NOT NULL,
            indicator_id TEXT NOT NULL,
            period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
            state TEXT NOT NULL CHECK (state IN ('value', 'na')),
            value TEXT,
            status TEXT CHECK (status IS NULL OR status IN ('未启动', '推进中', '已完成')),
            done_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            PRIMARY KEY (office_code, indicator_id, period)
        )"""
    )
    # No second index: an office has a few hundred rows a year and the key's office_code
    # prefix serves every read, while each extra index would cost every saved cell.
    # Set by the export: a closed month still accepts changes, but only with a reason.
    db.execute(
        """CREATE TABLE closed_periods (
            office_code TEXT NOT NULL,
            period TEXT NOT NULL,
            closed_at TEXT NOT NULL,
            closed_by TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (office_code, period)
        )"""
    )
