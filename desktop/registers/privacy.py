"""Personal data as a role may see it. Without the view_full_id permission (desktop/security/roles.py) a
resident ID shows its region and last four characters only (110105********002X), and what the
hidden digits would give away is hidden too: the birth date is left out and the age becomes a
band (40–49岁). Tables, forms, search, register workbooks and error workbooks all go through here."""
from __future__ import annotations

import re

from desktop.registers import cn_id
from desktop.plan.model import Field
from desktop.security.roles import PERMISSIONS

from .field_types import of

BIRTH_DERIVED = "birth_date_from_id"
AGE_DERIVED = "age_from_id"


def may_see_id_numbers(role: str) -> bool:
    """The role permission view_full_id (desktop/security/roles.py)."""
    return "view_full_id" in PERMISSIONS.get(role, frozenset())


def shown_id_number(number: str | None, role: str) -> str:
    """110105********002X for roles that may not see the whole number."""
    if not number:
        return ""
    return number if may_see_id_numbers(role) else cn_id.mask(number)


def age_band(age: int | None) -> str:
    """40–49岁: the decade only, which the masked ID does not give back."""
    if age is None:
        return ""
    low = (int(age) // 10) * 10
    return f"{low}–{low + 9}岁"


def hides(f: Field, role: str) -> bool:
    """Whether ``f`` is shown other than stored to ``role``: ID, birth date and age."""
    return not may_see_id_numbers(role) and (of(f).identity or f.derived in (BIRTH_DERIVED, AGE_DERIVED))


def shown_value(f: Field, value, role: str):
    """The value of ``f`` as ``role`` may see it: masked ID, no birth date, age band; anything
    else unchanged. ``value`` is the stored or typed value (for an age, the current age)."""
    if not hides(f, role) or value in (None, ""):
        return value
    if of(f).identity:
        return cn_id.mask(str(value))
    if f.derived == AGE_DERIVED:
        try:
            return age_band(int(value))
        except (TypeError, ValueError):
            return ""
    return ""   # the birth date: nothing, it is the masked digits


_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])")


def masked_text(text: str, registers=()) -> str:
    """Free text (an audit entry's old → new) as a role without view_full_id may read it: every
    valid ID masked, the birth date its digits give removed, and in the JSON of a register record
    the birth-date field emptied and the age field given as a band."""
    if not text:
        return text

    def one(m: re.Match) -> str:
        try:
            births.append(cn_id.parse(m.group(0)).birth_date.isoformat())
        except cn_id.IdError:
            return m.group(0)
        return cn_id.mask(m.group(0))

    births: list[str] = []
    text = _ID_IN_TEXT.sub(one, text)
    for born in births:
        text = text.replace(born, "")
    for register in registers:
        for f in register.fields:
            if f.derived == BIRTH_DERIVED:
                text = re.sub(rf'"{re.escape(f.id)}":"[^"]*"', f'"{f.id}":""', text)
            elif f.derived == AGE_DERIVED:
                text = re.sub(rf'"{re.escape(f.id)}":(\d+)', lambda m, f=f: f'"{f.id}":"{age_band(int(m.group(1)))}"',
                              text)
    return text
