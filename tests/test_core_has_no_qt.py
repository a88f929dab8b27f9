"""db/ and desktop/ never import the Qt face: the core must run headless (DESIGN.md §3)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_does_not_import_qt_or_ui():
    offenders = []
    for folder in ("db", "desktop"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module]
                # desktop/main.py opens the window through importlib, by design
                offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names
                              if n.split(".")[0] in ("PySide6", "ui")]
    assert offenders == []
