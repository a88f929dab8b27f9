"""Months changed after their export (报送后有变动), and the content digest of each export.

``stale_months`` holds one row per exported month whose figures changed since its last export;
the next export of that month removes it. ``exports.content_digest`` is the digest of a
revision's content without its export time and revision number, so an export with nothing
changed is recognised and makes no new revision."""
from . import MIGRATIONS


@MIGRATIONS(name="m007_stale_months")
def m007_stale_months(db):
    db.execute(
        """CREATE TABLE stale_months (
            office_code TEXT NOT NULL,
            period TEXT NOT NULL,
            since TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            reason TEXT NOT NULL,
            changes TEXT NOT NULL,
            PRIMARY KEY (office_code, period)
        )"""
    )
    db.execute("ALTER TABLE exports ADD COLUMN content_digest TEXT")
