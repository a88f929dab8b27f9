"""Feedback to offices (退回意见) and the year to date a district report carries up.

District side: ``feedback_sent``, one row per signed feedback workbook written for an office and
month, with the revision it answers; ``feedback_answers``, the answers an office's later
revision carried back. Office side: ``feedback_inbox`` (each imported feedback file, once) and
``feedback_items`` (its comments, each with the office's answer). ``merged_values.ytd`` is the
累计 a district's report states, so a city's year to date is the districts' own, not one month."""
from . import MIGRATIONS


@MIGRATIONS(name="m008_feedback")
def m008_feedback(db):
    db.execute(
        """CREATE TABLE feedback_sent (
            id INTEGER PRIMARY KEY,
            office_code TEXT NOT NULL,
            period TEXT NOT NULL,
            number INTEGER NOT NULL,
            based_on_revision INTEGER NOT NULL,
            needs_resubmit INTEGER NOT NULL,
            comments INTEGER NOT NULL,
            file TEXT NOT NULL,
            digest TEXT NOT NULL,
            written_at TEXT NOT NULL,
            written_by TEXT NOT NULL,
            UNIQUE (office_code, period, number)
        )"""
    )
    db.execute(
        """CREATE TABLE feedback_answers (
            office_code TEXT NOT NULL,
            period TEXT NOT NULL,
            revision INTEGER NOT NULL,
            number INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            answer TEXT NOT NULL,
            corrected TEXT NOT NULL,
            answered_by TEXT NOT NULL,
            answered_at TEXT NOT NULL,
            PRIMARY KEY (office_code, period, revision, number, seq)
        )"""
    )
    db.execute(
        """CREATE TABLE feedback_inbox (
            id INTEGER PRIMARY KEY,
            period TEXT NOT NULL,
            number INTEGER NOT NULL,
            district_name TEXT NOT NULL,
            based_on_revision INTEGER NOT NULL,
            digest TEXT NOT NULL UNIQUE,
            written_at TEXT NOT NULL,
            file TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE feedback_items (
            id INTEGER PRIMARY KEY,
            inbox_id INTEGER NOT NULL REFERENCES feedback_inbox (id),
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('indicator', 'record')),
            indicator_id TEXT NOT NULL DEFAULT '',
            register_id TEXT NOT NULL DEFAULT '',
            record_no INTEGER,
            state TEXT NOT NULL,
            text TEXT NOT NULL,
            answer TEXT NOT NULL DEFAULT '',
            corrected TEXT NOT NULL DEFAULT '',
            answered_at TEXT NOT NULL DEFAULT '',
            answered_by TEXT NOT NULL DEFAULT '',
            UNIQUE (inbox_id, seq)
        )"""
    )
    db.execute("ALTER TABLE merged_values ADD COLUMN ytd TEXT NOT NULL DEFAULT ''")
    # A district report's register sizes, so the level above counts records it does not hold.
    db.execute(
        """CREATE TABLE carried_register_counts (
            unit_code TEXT NOT NULL,
            register_id TEXT NOT NULL,
            period TEXT NOT NULL,
            revision INTEGER NOT NULL,
            records INTEGER NOT NULL,
            PRIMARY KEY (unit_code, register_id)
        )"""
    )
