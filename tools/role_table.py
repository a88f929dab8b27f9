"""Write the role × operation table of desktop/security/roles.py into docs/用户指南.md, between its two
markers. ``python tools/role_table.py`` rewrites the guide; ``--check`` exits 1 if it is stale.
tests/test_role_table.py fails when the guide and the code disagree."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.security.roles import role_table  # noqa: E402

GUIDE = ROOT / "docs" / "用户指南.md"
START, END = "<!-- role-table:start (tools/role_table.py) -->", "<!-- role-table:end -->"


def table_in(text: str) -> str:
    """The table between the markers, as the guide has it."""
    start = text.index(START) + len(START)
    return text[start:text.index(END, start)].strip("\n") + "\n"


def with_table(text: str) -> str:
    start = text.index(START) + len(START)
    end = text.index(END, start)
    return text[:start] + "\n" + role_table() + text[end:]


def main(argv: list[str]) -> int:
    text = GUIDE.read_text(encoding="utf-8")
    if "--check" in argv:
        return 0 if table_in(text) == role_table() else 1
    GUIDE.write_text(with_table(text), encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
