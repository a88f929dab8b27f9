"""Databases made before the hash covered every column: m009 re-hashes the prefix that still
verifies under the old rule, and a chain that was already broken stays broken at the same entry."""
from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from db import audit
from db.connection import write
from db.migrations.m009_audit_anchor import _rehash, _v1
from db.schema import open_database


def _as_first_version(path, tamper_id: int | None = None) -> sqlite_utils.Database:
    """The log as releases before m009 wrote it (SHA-256 over prev_hash and seven fields)."""
    db = open_database(path)
    with write(db):
        for i in range(4):
            audit.append(db, at="2023-03-01T09:00:00", user="张三", action="修改数值", target=str(i), reason="更正")
    db.close()
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER audit_log_no_update")
    prev = audit.GENESIS
    raw.row_factory = sqlite3.Row
    for row in [dict(r) for r in raw.execute("SELECT * FROM audit_log ORDER BY id")]:
        h = _v1(prev, row)
        raw.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [prev, h, row["id"]])
        prev = h
    if tamper_id is not None:
        raw.execute("UPDATE audit_log SET user = '别人' WHERE id = ?", [tamper_id])
    raw.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                "BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改'); END")
    raw.commit()
    raw.row_factory = None
    return sqlite_utils.Database(raw)


@pytest.mark.parametrize("tamper_id", [None, 3])
def test_the_migration_rehashes_only_what_verified(office_db_path, tamper_id):
    db = _as_first_version(office_db_path, tamper_id)
    assert audit.verify_chain(db) == 1                   # the old hashes do not fit the new rule
    with write(db):
        _rehash(db)
    assert audit.verify_chain(db) == tamper_id           # whole, or broken where it was broken
    assert [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")] != []
    with pytest.raises(sqlite3.DatabaseError):
        db.execute("UPDATE audit_log SET user = 'x' WHERE id = 1")
    db.close()
