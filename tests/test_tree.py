"""The folder map holds: desktop/ keeps at its root only what every package uses, every package
says in its docstring what lives there, and the README's map names every package."""
from __future__ import annotations

import ast
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED_ROOT = {"__init__", "__main__", "main", "session", "errors", "messages", "clock", "unit"}


def _packages() -> list[pathlib.Path]:
    return sorted(p.parent for p in (ROOT / "desktop").rglob("__init__.py") if "__pycache__" not in p.parts)


def test_desktop_root_holds_only_the_shared_modules():
    loose = {p.stem for p in (ROOT / "desktop").glob("*.py")} - SHARED_ROOT
    assert loose == set(), f"put these in the package of their domain: {sorted(loose)}"


def test_every_package_says_what_lives_there():
    silent = [str(p.relative_to(ROOT)) for p in _packages()
              if len(ast.get_docstring(ast.parse((p / "__init__.py").read_text(encoding="utf-8"))) or "") < 60]
    assert silent == []


def test_the_readme_maps_every_package():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    top = [p for p in _packages() if p.parent == ROOT / "desktop"]
    missing = [p.name for p in top if f"`desktop/{p.name}/`" not in readme]
    assert missing == []
