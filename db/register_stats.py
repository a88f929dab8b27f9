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


def monthly_many(db, *, table: str, office: str, specs: list[tuple[str, str | None, list]],
                 log_table: str | None = None) -> list[list[tuple[str, object]]]:
    """``monthly`` for several indicators over the same table in one scan: each spec is
    (date_field, value_field or None, where). Grouped by every spec's month at once (a row's
    month is NULL for a spec it does not count in), then folded per spec; sums come back as
    (period, value) per counted row, counts as (period, count) per month, as ``monthly`` does."""
    src = "l" if log_table else "r"
    frm = (f"{ident(log_table)} l JOIN {ident(table)} r ON r.id = l.record_id AND l.deleted_at IS NULL"
           if log_table else f"{ident(table)} r")
    keys, values, params, value_params = [], [], [], []
    for date_field, value_field, where in specs:
        extra, extra_params = _filters(src, where)
        date = f"{src}.{ident(date_field)}"
        cond = f"{date} IS NOT NULL AND {date} != ''{extra}"
        if value_field is not None:
            cond += f" AND {src}.{ident(value_field)} IS NOT NULL"
            values.append(f"group_concat(CASE WHEN {cond} THEN {src}.{ident(value_field)} END, '|')")
            value_params += extra_params
        keys.append(f"CASE WHEN {cond} THEN substr({date}, 1, 7) END")
        params += extra_params
    sql = (f"SELECT {', '.join(keys + ['count(*)'] + values)} FROM {frm} "
           f"WHERE r.office = ? AND r.deleted_at IS NULL GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))}")
    groups = db.execute(sql, [*params, *value_params, office]).fetchall()
    out = []
    value_column = len(keys) + 1
    for n, (_, value_field, _) in enumerate(specs):
        if value_field is None:
            counts: dict[str, int] = {}
            for g in groups:
                if g[n] is not None:
                    counts[g[n]] = counts.get(g[n], 0) + g[len(keys)]
            out.append(sorted(counts.items()))
        else:
            rows = [(g[n], v) for g in groups if g[n] is not None and g[value_column] is not None
                    for v in g[value_column].split("|")]
            value_column += 1
            out.append(sorted(rows, key=lambda r: r[0]))
    return out


def total(db, *, table: str, office: str, value_field: str | None,
          where: list[tuple[str, list[str], bool]]) -> list:
    """A register as it stands now, for the audit rules: [count] when counting, or the summed
    field's values (one per live record that has one; the caller adds Decimals exactly)."""
    extra, params = _filters("r", where)
    base = f"FROM {ident(table)} r WHERE r.office = ? AND r.deleted_at IS NULL{extra}"
    if value_field is None:
        return [db.execute(f"SELECT count(*) {base}", [office, *params]).fetchone()[0]]
    column = f"r.{ident(value_field)}"
    rows = db.execute(f"SELECT {column} {base} AND {column} IS NOT NULL AND {column} != ''",
                      [office, *params]).fetchall()
    return [r[0] for r in rows]
