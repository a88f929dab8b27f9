"""The district's side: trusted office keys, the ledger of accepted submissions, rejected files,
and the merged data (indicator values per office and month, each office's latest registers)."""
from . import MIGRATIONS


@MIGRATIONS(name="m006_district")
def m006_district(db):
    # One row per public key the district accepts, bound to one unit (office, or a district
    # when this database is the level above). Revoked keys stay, so old files can be explained.
    db.execute(
        """CREATE TABLE trusted_keys (
            id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL UNIQUE,
            unit_code TEXT NOT NULL,
            unit_name TEXT NOT NULL,
            public_key BLOB NOT NULL,
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL,
            how TEXT NOT NULL CHECK (how IN ('file', 'confirmed', 'rotation')),
            replaces TEXT,
            revoked_at TEXT,
            revoke_cutoff TEXT,
            use_count INTEGER NOT NULL DEFAULT 0,
            last_used_at TEXT
        )"""
    )
    db.execute("CREATE INDEX trusted_keys_unit ON trusted_keys (unit_code)")
    # Every accepted workbook; the highest revision of (unit, period) is the one in force.
    db.execute(
        """CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            unit_code TEXT NOT NULL,
            period TEXT NOT NULL,
            revision INTEGER NOT NULL,
            digest TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            merged_by TEXT NOT NULL,
            UNIQUE (unit_code, period, revision)
        )"""
    )
    db.execute(
        """CREATE TABLE rejections (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            unit_code TEXT NOT NULL DEFAULT '',
            period TEXT NOT NULL DEFAULT '',
            revision TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX rejections_unit_period ON rejections (unit_code, period)")
    # 本月 of each indicator as the office reported it: a number (value), 不适用 (na), 未填
    # (missing) or a milestone status; replaced whole when a higher revision arrives.
    db.execute(
        """CREATE TABLE merged_values (
            unit_code TEXT NOT NULL,
            period TEXT NOT NULL,
            indicator_id TEXT NOT NULL,
            value TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN ('value', 'na', 'missing', 'milestone')),
            milestone TEXT NOT NULL DEFAULT '',
            done_on TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL,
            PRIMARY KEY (unit_code, period, indicator_id)
        )"""
    )
    # Registers are snapshots: an office's latest period (highest revision) replaces its rows.
    db.execute(
        """CREATE TABLE register_snapshots (
            unit_code TEXT PRIMARY KEY,
            period TEXT NOT NULL,
            revision INTEGER NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE merged_records (
            id INTEGER PRIMARY KEY,
            unit_code TEXT NOT NULL,
            sheet TEXT NOT NULL,
            record_no INTEGER,
            id_number TEXT NOT NULL DEFAULT '',
            cells TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX merged_records_unit ON merged_records (unit_code, sheet)")
    db.execute("CREATE INDEX merged_records_id_number ON merged_records (id_number) WHERE id_number != ''")
