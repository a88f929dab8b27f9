"""Exports this unit has made (报送历史), and rotation statements carried by rotated keys."""
from . import MIGRATIONS


@MIGRATIONS(name="m005_submissions")
def m005_submissions(db):
    db.execute(
        """CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            unit_code TEXT NOT NULL,
            period TEXT NOT NULL,
            revision INTEGER NOT NULL,
            file_path TEXT NOT NULL,
            digest TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            exported_by TEXT NOT NULL,
            UNIQUE (unit_code, period, revision)
        )"""
    )
    # The statement signed by the previous key, so a district that trusted it accepts this one.
    db.execute("ALTER TABLE signing_keys ADD COLUMN rotation TEXT")
