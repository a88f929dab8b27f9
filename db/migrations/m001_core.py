"""The core schema: settings, plan versions, users, signing keys and the audit log."""
from . import MIGRATIONS


@MIGRATIONS(name="m001_core")
def m001_core(db):
    db.execute(
        """CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )"""
    )
    # The plan is kept whole, as JSON, one row per installed version: the entry grid, the
    # export and the merge all read the active version through desktop/plan.
    db.execute(
        """CREATE TABLE plan_versions (
            id INTEGER PRIMARY KEY,
            plan_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            source_name TEXT NOT NULL,
            content TEXT NOT NULL,
            installed_at TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 0,
            UNIQUE (plan_id, version)
        )"""
    )
    db.execute(
        """CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'reviewer', 'supervisor')),
            password_hash TEXT NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE signing_keys (
            id INTEGER PRIMARY KEY,
            unit_code TEXT NOT NULL,
            fingerprint TEXT NOT NULL UNIQUE,
            public_key BLOB NOT NULL,
            private_pem BLOB NOT NULL,
            created_at TEXT NOT NULL,
            retired_at TEXT,
            active INTEGER NOT NULL DEFAULT 1
        )"""
    )
    # Append-only and hash-chained: each row's hash covers the previous row's hash, and the
    # triggers refuse any UPDATE or DELETE, so history can be added to but not rewritten.
    db.execute(
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            old TEXT NOT NULL DEFAULT '',
            new TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改'); END"""
    )
    db.execute(
        """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能删除'); END"""
    )
