"""Register tables are made from the plan (desktop/registers/schema.py); this fixed table
records every change made to them, so a plan version that adds a field leaves a trace."""
from . import MIGRATIONS


@MIGRATIONS(name="m003_registers")
def m003_registers(db):
    db.execute(
        """CREATE TABLE register_schema_changes (
            id INTEGER PRIMARY KEY,
            register_id TEXT NOT NULL,
            table_name TEXT NOT NULL,
            change TEXT NOT NULL,
            column_name TEXT NOT NULL DEFAULT '',
            plan_version INTEGER NOT NULL,
            applied_at TEXT NOT NULL
        )"""
    )
