"""Whole resident ID numbers on screen only for roles with the view_full_id permission."""
from __future__ import annotations

from desktop import cn_id
from desktop.roles import PERMISSIONS


def may_see_id_numbers(role: str) -> bool:
    """The role permission view_full_id (desktop/roles.py)."""
    return "view_full_id" in PERMISSIONS.get(role, frozenset())


def shown_id_number(number: str | None, role: str) -> str:
    """110105********002X for roles that may not see the whole number."""
    if not number:
        return ""
    return number if may_see_id_numbers(role) else cn_id.mask(number)
