"""Indicators the plan derives from registers (kind = "derived"): monthly values and where
they come from. The entry grid shows them read-only; the export reports them like any figure.

``indicator.source``: register, optional log, aggregate count|sum, field (for sum), date_field
(the month a row counts in), where {field: [values]}. Deleted records never count."""
from __future__ import annotations

import itertools
from decimal import Decimal

from db import register_stats
from db.connection import data_version
from desktop.registers.field_types import of
from desktop.registers.schema import ensure_tables, log_table_name, table_name


def _parts(plan, indicator):
    src = indicator.source or {}
    register = plan.register(src["register"])
    log = next((lg for lg in register.logs if lg.id == src.get("log")), None) if src.get("log") else None
    fields = {f.id: f for f in (log or register).fields}
    return src, register, log, fields


# Register scans are the slowest thing a page asks for (200,000 rows: ~60 ms an indicator), and
# the dashboard and the entry grid ask for the same figures. Cached until the data changes: this
# connection's own writes (total_changes) or another connection's (PRAGMA data_version).
_cache: dict[tuple, dict[str, Decimal]] = {}
_tokens = itertools.count()


def derived_month_values(db, plan, office_code: str, indicator, *, cached: bool = True) -> dict[str, Decimal]:
    """Period 'YYYY-MM' -> value, for every month that has any counted row.

    ``cached=False`` for reads inside a write that may still roll back: the cache key
    (total_changes) does not go back with a rollback, so such a value must never be kept.
    A miss computes every derived indicator over the same register (or log) in one scan."""
    if not cached:
        return _month_values(db, plan, office_code, [indicator])[0]
    token = getattr(db, "_derived_cache_token", None)
    if token is None:                        # one per open connection; ids of closed ones get reused
        token = db._derived_cache_token = next(_tokens)
    state = (token, db.conn.total_changes, data_version(db), office_code)
    key = (*state, indicator.id, repr(indicator.source))
    if key not in _cache:
        if len(_cache) > 512:
            _cache.clear()
        same = [indicator] + [i for i in plan.indicators if i.kind == "derived" and i.id != indicator.id
                              and _table_of(i) == _table_of(indicator)]
        for ind, values in zip(same, _month_values(db, plan, office_code, same)):
            _cache[(*state, ind.id, repr(ind.source))] = values
    return dict(_cache[key])


def _table_of(indicator) -> tuple:
    src = indicator.source or {}
    return src.get("register"), src.get("log")


def _month_values(db, plan, office_code: str, indicators: list) -> list[dict[str, Decimal]]:
    """The values of ``indicators`` (all over the same register or log), in one scan."""
    ensure_tables(db, plan)
    specs, register, log = [], None, None
    for indicator in indicators:
        src, register, log, fields = _parts(plan, indicator)
        where = [(fid, [str(v) for v in values], of(fields[fid]).multiple)
                 for fid, values in (src.get("where") or {}).items()]
        specs.append((src["date_field"], src["field"] if src.get("aggregate") == "sum" else None, where))
    results = register_stats.monthly_many(
        db, table=table_name(register), office=office_code, specs=specs,
        log_table=log_table_name(register, log) if log else None)
    out = []
    for rows in results:
        values: dict[str, Decimal] = {}
        for period, value in rows:
            values[period] = values.get(period, Decimal(0)) + Decimal(str(value))
        out.append(values)
    return out


def describe_source(plan, indicator) -> str:
    """由台账「失业人员实名登记」按「就业日期」自动统计（就业状态为 已再就业、灵活就业）."""
    src, register, log, fields = _parts(plan, indicator)
    where_text = "；".join(f"{fields[fid].label}为{'、'.join(str(v) for v in values)}"
                          for fid, values in (src.get("where") or {}).items())
    what = f"台账「{register.name}」" + (f"的「{log.name}」" if log else "")
    how = f"按「{fields[src['date_field']].label}」所在月份"
    agg = f"合计「{fields[src['field']].label}」" if src.get("aggregate") == "sum" else "计数"
    return f"由{what}{how}自动{'统计' if agg == '计数' else agg}" + (f"（{where_text}）" if where_text else "")
