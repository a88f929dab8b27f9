"""Queries over tables that grow to millions of rows must use their index: a plan that scans is a
report that takes minutes at district scale (13 × 20,000 rows: 80 s instead of 0.6 s)."""
from __future__ import annotations

from db import merged
from db.schema import open_database


def _plan(db, sql: str) -> list[str]:
    return [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()]


def test_shared_id_numbers_searches_the_partial_index(tmp_path):
    from desktop.system.provision import initialise

    path = tmp_path / "区.sqlite"
    initialise(path, district=True, office_code=None, admin="区管理员", password="abc12345",
               passphrase="district-2023")
    db = open_database(path)
    try:
        steps = _plan(db, merged.SHARED_ID_NUMBERS_SQL)
    finally:
        db.close()
    # the outer side looks up each shared number in the index; it never scans merged_records
    assert any(s.startswith("SEARCH m USING INDEX merged_records_id_number") for s in steps), steps
    assert not any(s == "SCAN m" or s.startswith("SCAN m ") for s in steps), steps
