"""Who may see whole resident ID numbers on screen. The one place this rule lives."""
from __future__ import annotations

from desktop import cn_id

ROLES_SEEING_ID_NUMBERS = frozenset({"admin", "supervisor"})


def may_see_id_numbers(role: str) -> bool:
    return role in ROLES_SEEING_ID_NUMBERS


def shown_id_number(number: str | None, role: str) -> str:
    """110105********002X for roles that may not see the whole number."""
    if not number:
        return ""
    return number if may_see_id_numbers(role) else cn_id.mask(number)
