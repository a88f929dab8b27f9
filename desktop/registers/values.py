"""One field's value: from what a clerk typed or an Excel cell held, to what is stored, and back.

Stored forms: text; int; decimal as exact text; date as 'YYYY-MM-DD'; choice as its label;
multi-choice as labels joined by 、; yes/no as 1/0. Each kind of field does its own part
(desktop/registers/field_types.py); this is where callers ask. Problems raise ``ValueProblem``
with a Chinese message that says what to write instead.
"""
from __future__ import annotations

from datetime import date

from desktop.plan.model import Field

from .field_types import of
from .value_text import ValueProblem, parse_date

__all__ = ["ValueProblem", "parse_date", "parse_value", "typed", "display", "edit_text", "REGISTRATION_FIELD",
           "registration_day", "age_on", "with_current_age"]


def parse_value(field: Field, raw, communities: tuple[str, ...] = ()):
    """The stored value, or None when empty. cn_id is checked by validation (it has derivations)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    return of(field).parse(field, raw, communities)


def typed(field: Field, stored):
    """The stored value as Python: date, Decimal, int, bool, tuple of labels, or str."""
    if stored is None or stored == "":
        return None
    return of(field).typed(field, stored)


def display(field: Field, stored) -> str:
    """As a district office writes it: 2023年3月5日, 是/否, labels joined by 、."""
    if stored is None or stored == "":
        return ""
    return of(field).display(field, stored)


def edit_text(field: Field, stored) -> str:
    """What a form's text box shows for editing: dates as 2023-03-05."""
    if stored is None:
        return ""
    return of(field).edit_text(field, stored)


REGISTRATION_FIELD = "registered_on"     # 登记日期: a person's age is the age on this day


def registration_day(values: dict) -> date | None:
    """The record's registration date (stored form or as typed), when it has a valid one."""
    raw = values.get(REGISTRATION_FIELD)
    if raw in (None, ""):
        return None
    try:
        return parse_date(raw)
    except ValueProblem:
        return None


def age_on(birth_iso: str | None, day: date | None = None) -> int | None:
    """Whole years on ``day`` (today by default). A register's age is the age at registration
    (``registration_day``); without a registration date it is recomputed as of today."""
    if not birth_iso:
        return None
    born, day = date.fromisoformat(birth_iso), day or date.today()
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def with_current_age(fields, values: dict, day: date | None = None) -> dict:
    """``values`` (by field id, stored form) with every age_from_id field brought up to date."""
    birth = next((f.id for f in fields if f.derived == "birth_date_from_id"), None)
    for f in fields:
        if f.derived == "age_from_id" and birth:
            values[f.id] = age_on(values.get(birth), registration_day(values) or day)
    return values
