"""Monthly figures from registers, for indicators the plan derives from them.

Dates are stored as 'YYYY-MM-DD' text, so the month is its first seven characters. Deleted
records, and log rows under deleted records, never count."""
from __future__ import annotations

from .register_tables import ident


def _filters(alias: str, where: list[tuple[str, list[str], bool]]) -> tuple[str, list]:
    """(column, allowed values, multi) -> SQL; a multi-choice column matches any one label."""
    parts, params = [], []
    for column, values, multi in where:
        col = f"{alias}.{ident(column)}"
        if multi:
            parts.append("(" + " OR ".join(f"instr('、' || {col} || '、', ?) > 0" for _ in values) + ")")
            params += [f"、{v}、" for v in values]
        else:
            parts.append(f"{col} IN ({', '.join('?' * len(values))})")
            params += list(values)
    return "".join(f" AND {p}" for p in parts), params


def monthly(db, *, table: str, office: str, date_field: str, value_field: str | None,
            where: list[tuple[str, list[str], bool]], log_table: str | None = None) -> list[tuple[str, object]]:
    """(period, value) rows: one per counted row when summing (the caller adds Decimals
    exactly), or one per month with COUNT(*) when counting."""
    src = "l" if log_table else "r"
    frm = (f"{ident(log_table)} l JOIN {ident(table)} r ON r.id = l.record_id AND l.deleted_at IS NULL"
           if log_table else f"{ident(table)} r")
    extra, params = _filters(src, where)
    month = f"substr({src}.{ident(date_field)}, 1, 7)"
    base = (f"FROM {frm} WHERE r.office = ? AND r.deleted_at IS NULL "
            f"AND {src}.{date_field} IS NOT NULL AND {src}.{date_field} != ''{extra}")
    if value_field is None:
        sql = f"SELECT {month}, count(*) {base} GROUP BY 1 ORDER BY 1"
    else:
        sql = f"SELECT {month}, {src}.{ident(value_field)} {base} AND {src}.{value_field} IS NOT NULL ORDER BY 1"
    return db.execute(sql, [office, *params]).fetchall()
