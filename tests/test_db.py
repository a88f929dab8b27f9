"""Opening, migrating, checking and copying the database file."""
from __future__ import annotations

import sqlite3

import pytest

from db import audit
from db.backup import backup_to
from db.connection import connect, open_checked, write
from db.errors import DatabaseCorrupt
from db.migrations import MIGRATIONS
from db.schema import applied_migrations, backups_folder, open_database, pending_migrations

ALL = [m.name for m in MIGRATIONS._migrations]


def test_empty_file_gets_every_migration_and_the_pragmas(tmp_path):
    db = open_database(tmp_path / "新库.sqlite")
    assert applied_migrations(db) == ALL
    assert pending_migrations(db) == []
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2      # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    # a new empty file had nothing to lose, so no copy was taken
    assert not backups_folder(tmp_path / "新库.sqlite").exists()
    db.close()


def test_reopening_applies_nothing_and_copies_nothing(tmp_path):
    path = tmp_path / "a.sqlite"
    open_database(path).close()
    db = open_database(path)
    assert applied_migrations(db) == ALL
    assert not backups_folder(path).exists()
    db.close()


@pytest.fixture
def extra_migration():
    """A migration added after the file was made, as a new release would add one."""
    @MIGRATIONS(name="m999_test_column")
    def m999(db):
        db.execute("ALTER TABLE meta ADD COLUMN note TEXT")

    yield
    MIGRATIONS._migrations = [m for m in MIGRATIONS._migrations if m.name != "m999_test_column"]


def test_existing_file_is_copied_before_a_pending_migration(tmp_path, extra_migration):
    path = tmp_path / "街道.sqlite"
    MIGRATIONS.apply(db := connect(path), stop_before="m999_test_column")
    with write(db):
        db.execute("INSERT INTO meta (key, value) VALUES ('role', 'office')")
    db.close()

    db = open_database(path)
    assert "m999_test_column" in applied_migrations(db)
    assert "note" in db["meta"].columns_dict
    db.close()
    copies = list(backups_folder(path).glob("街道.before-m999_test_column.*.sqlite"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("SELECT value FROM meta WHERE key = 'role'").fetchone() == ("office",)
    assert "note" not in [r[1] for r in old.execute("PRAGMA table_info(meta)")]
    old.close()


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "b.sqlite"
    open_database(path).close()

    @MIGRATIONS(name="m998_broken")
    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    try:
        with pytest.raises(RuntimeError):
            open_database(path)
    finally:
        MIGRATIONS._migrations = [m for m in MIGRATIONS._migrations if m.name != "m998_broken"]
    db = connect(path)
    assert "half_done" not in db.table_names()
    assert "m998_broken" not in applied_migrations(db)
    db.close()


def _corrupt(path):
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):      # every page after the header page
        data[offset + 8: offset + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))


def test_quick_check_failure_refuses_the_file_and_writes_nothing(tmp_path):
    path = tmp_path / "c.sqlite"
    db = open_database(path)
    with write(db):
        for i in range(200):
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [f"k{i}", "x" * 100])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    _corrupt(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt) as info:
        open_checked(path)
    assert "损坏" in info.value.message and "备份" in info.value.message
    with pytest.raises(DatabaseCorrupt):
        open_database(path)
    assert path.read_bytes() == before


def test_write_rolls_back_everything_on_error(tmp_path):
    db = open_database(tmp_path / "d.sqlite")
    with pytest.raises(ValueError):
        with write(db):
            db.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
            raise ValueError
    assert db.execute("SELECT count(*) FROM meta").fetchone()[0] == 0
    db.close()


def test_backup_is_complete_and_named_by_time(tmp_path):
    db = open_database(tmp_path / "e.sqlite")
    with write(db):
        db.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
    target = backup_to(db.conn, tmp_path / "备份", "e", "manual")
    db.close()
    assert target.name.startswith("e.manual.") and target.suffix == ".sqlite"
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT value FROM meta").fetchone() == ("1",)
    copy.close()
    assert not list((tmp_path / "备份").glob("*.partial"))


def test_audit_log_is_append_only_and_chained(tmp_path):
    db = open_database(tmp_path / "f.sqlite")
    with write(db):
        for i in range(3):
            audit.append(db, at="2023-03-01T10:00:00", user="张三", action="测试", target=str(i))
    assert audit.verify_chain(db) is None
    with pytest.raises(sqlite3.DatabaseError):
        db.execute("UPDATE audit_log SET user = 'x' WHERE id = 2")
    with pytest.raises(sqlite3.DatabaseError):
        db.execute("DELETE FROM audit_log WHERE id = 2")
    # rewriting a row behind the triggers' back is found by the chain, naming the row
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET target = '改过' WHERE id = 2")
    assert audit.verify_chain(db) == 2
    db.close()
