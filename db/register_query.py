"""The table page's query: which record ids match a search and filters, in which order.

The caller (desktop/registers/query.py) has already mapped every column through the plan's
whitelist; this module builds SQL from those identifiers and passes all user text as values.
Searches on 200,000 rows stay fast because ID, phone and name searches are prefix range scans
on their indexes (a Chinese name is searched from the surname on).
"""
from __future__ import annotations

from dataclasses import dataclass

from .register_tables import ident


@dataclass(frozen=True)
class Search:
    table: str
    office: str
    prefix_columns: tuple[str, ...] = ()      # prefix search: id number, phone
    prefix_like_columns: tuple[str, ...] = ()  # names searched from their start (surname first)
    like_columns: tuple[str, ...] = ()        # substring search anywhere in the column
    text: str = ""
    equals: tuple[tuple[str, str], ...] = ()  # (column, value): community, status
    contains: tuple[tuple[str, str], ...] = ()  # (column, label) in a multi-choice column
    sort: str = "id"
    descending: bool = False


def _where(q: Search) -> tuple[str, list]:
    parts, params = ["office = ?", "deleted_at IS NULL"], [q.office]
    if q.text and (q.prefix_columns or q.prefix_like_columns):
        # The unary + keeps SQLite off the office index so the search columns' indexes drive
        # the query (an OR over two index ranges instead of a scan of the whole office).
        parts = ["+office = ?", "+deleted_at IS NULL"]
    if q.text:
        alts = []
        for col in q.prefix_columns:
            # A range on the index, not LIKE: LIKE 'x%' cannot use a BINARY index by default.
            alts.append(f"({ident(col)} >= ? AND {col} < ?)")
            params += [q.text, q.text + "\uffff"]
        for col in q.prefix_like_columns:
            alts.append(f"({ident(col)} >= ? AND {col} < ?)")
            params += [q.text, q.text + "\uffff"]
        for col in q.like_columns:
            alts.append(f"{ident(col)} LIKE ? ESCAPE '\\'")
            params.append("%" + q.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        parts.append("(" + " OR ".join(alts or ["0"]) + ")")
    for col, value in q.equals:
        parts.append(f"{ident(col)} = ?")
        params.append(value)
    for col, label in q.contains:
        parts.append(f"instr('、' || {ident(col)} || '、', ?) > 0")
        params.append(f"、{label}、")
    return " AND ".join(parts), params


def sql_for(q: Search) -> tuple[str, list]:
    where, params = _where(q)
    order = "DESC" if q.descending else "ASC"
    return (f"SELECT id FROM {ident(q.table)} WHERE {where} "
            f"ORDER BY {ident(q.sort)} {order}, id {order}", params)


def matching_ids(db, q: Search) -> list[int]:
    sql, params = sql_for(q)
    return [r[0] for r in db.execute(sql, params)]


def data_state(db) -> tuple[int, int]:
    """Changes since: this connection's own writes, and another connection's (data_version)."""
    return db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0]
