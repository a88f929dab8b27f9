"""Audit anchors and what the district can trust.

- The audit chain is re-hashed over every column (the first version hashed a fixed list of
  fields): only the prefix that still verifies under the old rule is re-hashed, so a chain
  that was already broken stays broken at the same entry.
- Each export records the audit head (sequence number and hash) its signed workbook carries.
- The district records when it first received each file and the audit head it carried, and
  when a key was retired by an accepted rotation.
"""
import hashlib
import json

from . import MIGRATIONS

_GENESIS = "0" * 64
_V1_FIELDS = ("at", "user", "action", "target", "old", "new", "reason")


def _v1(prev: str, row: dict) -> str:
    body = json.dumps([prev] + [row[f] for f in _V1_FIELDS], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _v2(row: dict) -> str:
    body = sorted((k, v) for k, v in row.items() if k != "hash" and v is not None)
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _rehash(db) -> None:
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                          "AND tbl_name = 'audit_log'").fetchall()
    for name, _ in triggers:
        db.execute(f"DROP TRIGGER {name}")
    cur = db.execute("SELECT * FROM audit_log ORDER BY id")
    names = [c[0] for c in cur.description]
    old_prev, new_prev, expected = _GENESIS, _GENESIS, 1
    for rec in cur.fetchall():
        row = dict(zip(names, rec))
        if row["id"] != expected or row["prev_hash"] != old_prev or _v1(old_prev, row) != row["hash"]:
            break
        old_prev = row["hash"]
        row["prev_hash"] = new_prev
        new_prev = _v2(row)
        db.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [row["prev_hash"], new_prev, row["id"]])
        expected += 1
    for _, sql in triggers:
        db.execute(sql)


@MIGRATIONS(name="m009_audit_anchor")
def m009_audit_anchor(db):
    _rehash(db)
    db.execute("ALTER TABLE exports ADD COLUMN audit_seq INTEGER")
    db.execute("ALTER TABLE exports ADD COLUMN audit_hash TEXT")
    # The district's own clock decides revocation cut-offs and key retirement, never the
    # export time a file claims; files merged before this migration count from their merge.
    db.execute(
        """CREATE TABLE received_files (
            digest TEXT PRIMARY KEY,
            unit_code TEXT NOT NULL,
            period TEXT NOT NULL,
            revision INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            first_received_at TEXT NOT NULL,
            audit_seq INTEGER,
            audit_hash TEXT
        )"""
    )
    db.execute("CREATE INDEX received_files_unit ON received_files (unit_code, audit_seq)")
    db.execute("INSERT INTO received_files (digest, unit_code, period, revision, fingerprint, exported_at, "
               "first_received_at) SELECT digest, unit_code, period, revision, fingerprint, exported_at, merged_at "
               "FROM submissions")
    db.execute("ALTER TABLE trusted_keys ADD COLUMN retired_at TEXT")
    db.execute("ALTER TABLE trusted_keys ADD COLUMN replaced_by TEXT")
