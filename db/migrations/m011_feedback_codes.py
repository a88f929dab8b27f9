"""Feedback verdicts stored as codes, not Chinese words (desktop.feedback.statuses).

``feedback_items.state`` held the word the workbook said (确认 / 请核实 / 退回重报) and no CHECK;
the table is rebuilt with a CHECK on the codes (SQLite cannot add one in place) and every row
copied, its word turned into its code. Nothing references ``feedback_items``, so dropping the old
table loses nothing. A value that is already a code stays as it is, so running this twice
changes nothing the second time."""
from . import MIGRATIONS

# The words and codes of desktop.feedback.statuses as they were when this migration was written
# (a migration never changes later, so it keeps its own copy instead of importing the registry).
_CODES = (("确认", "confirmed"), ("请核实", "check"), ("退回重报", "resubmit"))
_CASE = "CASE state " + " ".join(f"WHEN '{word}' THEN '{code}'" for word, code in _CODES) + " ELSE state END"
_COLUMNS = ("id, inbox_id, seq, kind, indicator_id, register_id, record_no, state, text, answer, corrected, "
            "answered_at, answered_by")


@MIGRATIONS(name="m011_feedback_codes")
def m011_feedback_codes(db):
    db.execute(
        """CREATE TABLE feedback_items_new (
            id INTEGER PRIMARY KEY,
            inbox_id INTEGER NOT NULL REFERENCES feedback_inbox (id),
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('indicator', 'record')),
            indicator_id TEXT NOT NULL DEFAULT '',
            register_id TEXT NOT NULL DEFAULT '',
            record_no INTEGER,
            state TEXT NOT NULL CHECK (state IN ('confirmed', 'check', 'resubmit')),
            text TEXT NOT NULL,
            answer TEXT NOT NULL DEFAULT '',
            corrected TEXT NOT NULL DEFAULT '',
            answered_at TEXT NOT NULL DEFAULT '',
            answered_by TEXT NOT NULL DEFAULT '',
            UNIQUE (inbox_id, seq)
        )"""
    )
    db.execute(f"INSERT INTO feedback_items_new ({_COLUMNS}) SELECT "
               + _COLUMNS.replace("state,", f"{_CASE},") + " FROM feedback_items")
    db.execute("DROP TABLE feedback_items")
    db.execute("ALTER TABLE feedback_items_new RENAME TO feedback_items")
