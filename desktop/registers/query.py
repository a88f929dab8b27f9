"""What the register table asks: the ids matching a search, filters and sort, and a page of
rows for display. Sort and filter columns come from the register's own fields (a whitelist),
never from text the user typed."""
from __future__ import annotations

from dataclasses import dataclass

from db import register_query, register_rows
from desktop import cn_id
from desktop.plan.model import Field, Register

from .schema import name_field, prefix_fields, table_name

FILTERABLE_TYPES = ("community", "choice", "multi_choice")


@dataclass(frozen=True)
class Filter:
    field_id: str
    value: str


def filter_fields(register: Register) -> list[Field]:
    """Community, the first category-like multi-choice, and a status (or other choice)."""
    out = [f for f in register.fields if f.type == "community"]
    multi = [f for f in register.fields if f.type == "multi_choice"]
    status = [f for f in register.fields if f.type == "choice" and f.id.endswith("status")]
    others = [f for f in register.fields if f.type == "choice" and f not in status]
    out += multi[:1] + (status[:1] or others[:1])
    if status and others:
        out += others[:1]
    return out[:4]


def sortable(register: Register) -> set[str]:
    return {"id"} | {f.id for f in register.fields if f.type != "multi_choice"}


def search_spec(register: Register, office: str, text: str = "", filters: tuple[Filter, ...] = (),
                sort: str = "id", descending: bool = False) -> register_query.Search:
    fields = {f.id: f for f in register.fields}
    allowed_filters = {f.id for f in filter_fields(register)}
    if sort not in sortable(register):
        raise ValueError(f"not a sortable column: {sort!r}")
    equals, contains = [], []
    for flt in filters:
        if flt.field_id not in allowed_filters:
            raise ValueError(f"not a filter column: {flt.field_id!r}")
        target = contains if fields[flt.field_id].type == "multi_choice" else equals
        target.append((flt.field_id, flt.value))
    text = text.strip()
    name = name_field(register)
    numeric = cn_id.normalize(text)
    looks_numeric = bool(numeric) and numeric.rstrip("X").isdigit()
    return register_query.Search(
        table=table_name(register), office=office,
        # digits search the ID and phone columns by prefix; anything else searches the name
        prefix_columns=tuple(f.id for f in prefix_fields(register)) if looks_numeric else (),
        prefix_like_columns=((name.id,) if name and not looks_numeric else ()),
        text=numeric if looks_numeric else text,
        equals=tuple(equals), contains=tuple(contains), sort=sort, descending=descending)


def matching_ids(db, spec: register_query.Search) -> list[int]:
    return register_query.matching_ids(db, spec)


def rows_for(db, register: Register, columns: list[str], ids: list[int]) -> dict[int, tuple]:
    return register_rows.rows_by_ids(db, table_name(register), columns, ids)


def total(db, register: Register, office: str) -> int:
    return register_rows.count_live(db, table_name(register), office)
