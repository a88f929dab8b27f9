"""Rows of register tables and their child logs: insert, update, soft delete, read.

Table and column names come from the plan and pass ``ident``; values are always parameters.
Writes run inside the caller's ``write(db)`` transaction."""
from __future__ import annotations

from typing import Iterable, Iterator

from .register_tables import ident

LIVE = "deleted_at IS NULL"


def insert(db, table: str, values: dict) -> int:
    cols = [ident(c) for c in values]
    cur = db.execute(f"INSERT INTO {ident(table)} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                     list(values.values()))
    return cur.lastrowid


def insert_many(db, table: str, columns: list[str], rows: Iterable[list]) -> None:
    cols = [ident(c) for c in columns]
    db.conn.executemany(
        f"INSERT INTO {ident(table)} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)


def update(db, table: str, row_id: int, values: dict) -> None:
    sets = ", ".join(f"{ident(c)} = ?" for c in values)
    db.execute(f"UPDATE {ident(table)} SET {sets} WHERE id = ?", [*values.values(), row_id])


def update_many(db, table: str, columns: list[str], rows: Iterable[list]) -> None:
    """Each row: the values for ``columns`` followed by the row id."""
    sets = ", ".join(f"{ident(c)} = ?" for c in columns)
    db.conn.executemany(f"UPDATE {ident(table)} SET {sets} WHERE id = ?", rows)


def soft_delete(db, table: str, row_id: int, at: str, reason: str) -> None:
    db.execute(f"UPDATE {ident(table)} SET deleted_at = ?, deleted_reason = ? WHERE id = ? AND {LIVE}",
               [at, reason, row_id])


def get(db, table: str, row_id: int) -> dict | None:
    cur = db.execute(f"SELECT * FROM {ident(table)} WHERE id = ?", [row_id])
    row = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], row)) if row else None


def first_row(db, table: str, columns: list[str]) -> tuple | None:
    """``columns`` of the lowest-id row (the demo copies one person across offices)."""
    cols = ", ".join(ident(c) for c in columns)
    return db.execute(f"SELECT {cols} FROM {ident(table)} ORDER BY id LIMIT 1").fetchone()


def max_id(db, table: str) -> int:
    """The highest id so far (0 for an empty table): ids of rows about to be inserted follow it."""
    return db.execute(f"SELECT coalesce(max(id), 0) FROM {ident(table)}").fetchone()[0]


def column_values(db, table: str, column: str) -> set:
    """Every value of ``column`` in the table, deleted rows included."""
    return {r[0] for r in db.execute(f"SELECT {ident(column)} FROM {ident(table)}")}


def find_live(db, table: str, office: str, column: str, value, exclude_id: int | None = None) -> int | None:
    """The id of a live record of this office whose ``column`` equals ``value``."""
    row = db.execute(f"SELECT id FROM {ident(table)} WHERE office = ? AND {ident(column)} = ? AND {LIVE} "
                     "AND id IS NOT ? LIMIT 1", [office, value, exclude_id]).fetchone()
    return row[0] if row else None


def live_keys(db, table: str, office: str, column: str) -> dict:
    """value -> id for every live record of the office (duplicate checks on import)."""
    cur = db.execute(f"SELECT {ident(column)}, id FROM {ident(table)} "
                     f"WHERE office = ? AND {LIVE} AND {column} IS NOT NULL", [office])
    return dict(cur.fetchall())


def count_live(db, table: str, office: str) -> int:
    return db.execute(f"SELECT count(*) FROM {ident(table)} WHERE office = ? AND {LIVE}", [office]).fetchone()[0]


def rows_by_ids(db, table: str, columns: list[str], ids: list[int]) -> dict[int, tuple]:
    """id -> values of ``columns`` for a page of ids (at most a few hundred at a time)."""
    cols = ", ".join(ident(c) for c in columns)
    out: dict[int, tuple] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        cur = db.execute(f"SELECT id, {cols} FROM {ident(table)} WHERE id IN ({', '.join('?' * len(chunk))})",
                         chunk)
        for row in cur:
            out[row[0]] = row[1:]
    return out


def iter_live(db, table: str, office: str, columns: list[str]) -> Iterator[tuple]:
    """(id, *columns) of every live record of the office, in id order (stable for export)."""
    cols = ", ".join(ident(c) for c in columns)
    yield from db.execute(f"SELECT id, {cols} FROM {ident(table)} WHERE office = ? AND {LIVE} ORDER BY id",
                          [office])


def log_rows(db, log_table: str, record_id: int, columns: list[str]) -> list[tuple]:
    cols = ", ".join(ident(c) for c in columns)
    return db.execute(f"SELECT id, {cols} FROM {ident(log_table)} WHERE record_id = ? AND {LIVE} "
                      "ORDER BY id", [record_id]).fetchall()


def iter_live_logs(db, log_table: str, parent: str, office: str, columns: list[str]) -> Iterator[tuple]:
    """(log id, record id, *columns) of live log rows under live records of the office,
    ordered by record then log row."""
    cols = ", ".join(f"l.{ident(c)}" for c in columns)
    yield from db.execute(
        f"SELECT l.id, l.record_id, {cols} FROM {ident(log_table)} l JOIN {ident(parent)} r ON r.id = l.record_id "
        f"WHERE r.office = ? AND r.deleted_at IS NULL AND l.deleted_at IS NULL ORDER BY l.record_id, l.id",
        [office])
