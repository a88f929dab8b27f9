"""What the register table asks: the ids matching a search, filters and sort, and a page of
rows for display. Sort and filter columns come from the register's own fields (a whitelist),
never from text the user typed."""
from __future__ import annotations

from dataclasses import dataclass

from db import register_query, register_rows
from desktop.registers import cn_id
from desktop.security.auth import User
from desktop.plan.model import Field, Register
from desktop.security.roles import can

from .field_types import of
from .privacy import hides

from .schema import name_field, prefix_fields, table_name



@dataclass(frozen=True)
class Filter:
    field_id: str
    value: str


def filter_fields(register: Register) -> list[Field]:
    """Community, the first category-like multi-choice, and a status (or other choice)."""
    out = [f for f in register.fields if of(f).filter_kind == "place"]
    multi = [f for f in register.fields if of(f).filter_kind == "tags"]
    status = [f for f in register.fields if of(f).filter_kind == "one" and f.id.endswith("status")]
    others = [f for f in register.fields if of(f).filter_kind == "one" and f not in status]
    out += multi[:1] + (status[:1] or others[:1])
    if status and others:
        out += others[:1]
    return out[:4]


def sortable(register: Register, role: str) -> set[str]:
    """Columns the table sorts by; never by what ``role`` may not see (the order would tell it)."""
    return {"id"} | {f.id for f in register.fields if not of(f).multiple and not hides(f, role)}


def _prefix_columns(register: Register, user: User, numeric: str) -> tuple[str, ...]:
    """Digits search ID and phone numbers by prefix. Without view_full_id an ID is found only by
    its whole, valid number: a prefix search would rebuild the hidden digits one at a time."""
    fields = prefix_fields(register)
    if can(user, "view_full_id"):
        return tuple(f.id for f in fields)
    try:
        whole = cn_id.parse(numeric).number == numeric
    except cn_id.IdError:
        whole = False
    return tuple(f.id for f in fields if not of(f).identity or whole)


def search_spec(register: Register, office: str, text: str = "", filters: tuple[Filter, ...] = (),
                sort: str = "id", descending: bool = False, *, user: User) -> register_query.Search:
    fields = {f.id: f for f in register.fields}
    allowed_filters = {f.id for f in filter_fields(register)}
    if sort not in sortable(register, user.role):
        raise ValueError(f"not a sortable column: {sort!r}")
    equals, contains = [], []
    for flt in filters:
        if flt.field_id not in allowed_filters:
            raise ValueError(f"not a filter column: {flt.field_id!r}")
        target = contains if of(fields[flt.field_id]).multiple else equals
        target.append((flt.field_id, flt.value))
    text = text.strip()
    name = name_field(register)
    numeric = cn_id.normalize(text)
    looks_numeric = bool(numeric) and numeric.rstrip("X").isdigit()
    return register_query.Search(
        table=table_name(register), office=office,
        # digits search the ID and phone columns by prefix; anything else searches the name
        prefix_columns=_prefix_columns(register, user, numeric) if looks_numeric else (),
        prefix_like_columns=((name.id,) if name and not looks_numeric else ()),
        text=numeric if looks_numeric else text,
        equals=tuple(equals), contains=tuple(contains), sort=sort, descending=descending)


def data_state(db) -> tuple[int, int]:
    """Equal only while nothing in the file changed: a cached order is still the order."""
    return register_query.data_state(db)


def matching_ids(db, spec: register_query.Search) -> list[int]:
    return register_query.matching_ids(db, spec)


def rows_for(db, register: Register, columns: list[str], ids: list[int]) -> dict[int, tuple]:
    return register_rows.rows_by_ids(db, table_name(register), columns, ids)


def total(db, register: Register, office: str) -> int:
    return register_rows.count_live(db, table_name(register), office)
