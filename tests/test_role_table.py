"""The user guide's role × operation table is the one the code enforces (tools/role_table.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from desktop.security.auth import ROLE_LABELS
from desktop.security.roles import OPERATIONS, PERMISSION_LABELS, PERMISSIONS, role_table

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("role_table", ROOT / "tools" / "role_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_guide_shows_the_table_the_code_enforces():
    tool = _tool()
    guide = (ROOT / "docs" / "用户指南.md").read_text(encoding="utf-8")
    assert tool.table_in(guide) == role_table(), "docs/用户指南.md 的角色表已过时：请运行 python tools/role_table.py"


def test_the_table_follows_the_permissions():
    lines = role_table().splitlines()
    assert len(lines) == 2 + len(OPERATIONS)
    clerk = list(ROLE_LABELS).index("clerk")
    rotate = next(line for line in lines if line.startswith("| `key rotate`"))
    assert rotate.split(" | ")[2 + clerk].strip(" |") == "—"
    PERMISSIONS["clerk"] = PERMISSIONS["clerk"] | {"manage_keys"}     # the table is made from PERMISSIONS
    try:
        rotate = next(line for line in role_table().splitlines() if line.startswith("| `key rotate`"))
        assert rotate.split(" | ")[2 + clerk].strip(" |") == "✓"
    finally:
        PERMISSIONS["clerk"] = PERMISSIONS["clerk"] - {"manage_keys"}


def test_every_permission_is_named_and_used():
    used = {p for _, _, perms in OPERATIONS for p in perms}
    granted = set().union(*PERMISSIONS.values())
    assert used <= set(PERMISSION_LABELS) and granted <= set(PERMISSION_LABELS)
    assert set(PERMISSION_LABELS) <= used, "a permission no operation of the table needs"
    assert set(PERMISSIONS) == set(ROLE_LABELS)
