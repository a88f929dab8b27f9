"""Create and migrate the tables behind registers and their child logs.

The shape comes from the plan (desktop/registers/schema.py builds a ``TableSpec``); this module
only turns it into SQLite tables with sqlite-utils, adds missing columns, and records each
change in ``register_schema_changes``. Columns are never dropped: an older plan version's data
stays readable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
SQL_TYPES = {"text": str, "integer": int}


@dataclass(frozen=True)
class TableSpec:
    name: str
    register_id: str
    columns: tuple[tuple[str, str], ...]      # (column, "text" | "integer"), plan fields only
    parent: str | None = None                 # a child log names its register's table
    unique: tuple[str, ...] = ()              # unique within office among live records
    indexed: tuple[str, ...] = ()             # searched / sorted columns
    filtered: tuple[str, ...] = ()            # filter columns: (office, column, deleted_at) covers them


def ident(name: str) -> str:
    """Every table and column name that reaches SQL passes here: plan ids only, never user text."""
    if not _IDENT.match(name):
        raise ValueError(f"not an identifier: {name!r}")
    return name


def ensure_table(db, spec: TableSpec, *, plan_version: int, at: str) -> list[str]:
    """Create the table or add its missing columns (inside the caller's transaction).
    Returns the changes made, for the caller to report."""
    table = ident(spec.name)
    changes: list[str] = []
    if not db[table].exists():
        columns: dict = {"id": int}
        if spec.parent:
            columns["record_id"] = int
        else:
            columns["office"] = str
        columns.update({ident(c): SQL_TYPES[t] for c, t in spec.columns})
        columns.update({"created_at": str, "updated_at": str, "deleted_at": str, "deleted_reason": str})
        fks = [("record_id", ident(spec.parent), "id")] if spec.parent else None
        db[table].create(columns, pk="id", foreign_keys=fks,
                         not_null={"record_id"} if spec.parent else {"office"})
        _record(db, spec, "create", "", plan_version, at)
        changes.append(f"create {table}")
    else:
        have = {c.name for c in db[table].columns}
        for column, kind in spec.columns:
            if column not in have:
                db[table].add_column(ident(column), SQL_TYPES[kind])
                _record(db, spec, "add_column", column, plan_version, at)
                changes.append(f"add {table}.{column}")
    if not expected_indexes(spec) <= index_names(db, table):
        _ensure_indexes(db, spec)
    return changes


def column_names(db, table: str) -> set[str]:
    """Empty when the table does not exist yet."""
    return {r[1] for r in db.execute(f"PRAGMA table_info({ident(table)})")}


def expected_indexes(spec: TableSpec) -> set[str]:
    t = spec.name
    if spec.parent:
        return {f"ix_{t}_record"}
    return ({f"ix_{t}_office"} | {f"ux_{t}_{c}" for c in spec.unique} | {f"ix_{t}_{c}" for c in spec.indexed}
            | {f"sx_{t}_{c}" for c in spec.indexed} | {f"fx_{t}_{c}" for c in spec.filtered})


def index_names(db, table: str) -> set[str]:
    return {r[1] for r in db.execute(f"PRAGMA index_list({ident(table)})")}


def _ensure_indexes(db, spec: TableSpec) -> None:
    table = spec.name
    if spec.parent:
        db.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_record ON {table} (record_id)")
        return
    db.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_office ON {table} (office, deleted_at)")
    for column in spec.unique:
        # The partial index makes "unique among records not deleted" a rule the file enforces.
        db.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS ux_{table}_{ident(column)} "
                   f"ON {table} (office, {column}) WHERE deleted_at IS NULL")
    for column in spec.indexed:
        db.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_{ident(column)} ON {table} ({column})")
        # the table sorted by this column walks the index (ORDER BY column, id): no sort of every row
        db.execute(f"CREATE INDEX IF NOT EXISTS sx_{table}_{ident(column)} ON {table} (office, deleted_at, {column})")
    for column in spec.filtered:
        db.execute(f"CREATE INDEX IF NOT EXISTS fx_{table}_{ident(column)} "
                   f"ON {table} (office, {column}, deleted_at)")


def _record(db, spec: TableSpec, change: str, column: str, plan_version: int, at: str) -> None:
    db.execute(
        "INSERT INTO register_schema_changes (register_id, table_name, change, column_name, "
        "plan_version, applied_at) VALUES (?, ?, ?, ?, ?, ?)",
        [spec.register_id, spec.name, change, column, plan_version, at],
    )


def schema_changes(db) -> list[dict]:
    cur = db.execute("SELECT register_id, table_name, change, column_name, plan_version, applied_at "
                     "FROM register_schema_changes ORDER BY id")
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]
