"""desktop/ and db/ never import Qt: the core runs headless (CLI, CI, the district's merge)."""
from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _core_modules() -> list[str]:
    mods = []
    for pkg in ("db", "desktop"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            if parts[-1] != "__main__":
                mods.append(".".join(parts))
    return mods


def test_core_sources_have_no_qt_import_statement():
    offenders = []
    for pkg in ("db", "desktop"):
        for path in (ROOT / pkg).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in QT + ("ui",)]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = _core_modules()
    assert "desktop.main" in modules and "db.schema" in modules
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            f"bad = [m for m in sys.modules if m.split('.')[0] in {QT!r}]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ui_writes_no_sql():
    hits = [str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")
            if any(s in p.read_text(encoding="utf-8") for s in (".execute(", "sqlite3.", "sqlite_utils"))]
    assert hits == []


SQL_CALLS = ("execute", "executemany", "executescript")


def _sql_calls(path: pathlib.Path) -> list[str]:
    """Calls that run SQL (``x.execute(``, ``x.executemany(``, ``sqlite3.connect(``) in one file."""
    hits = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            f = node.func
            if f.attr in SQL_CALLS or (f.attr == "connect" and isinstance(f.value, ast.Name)
                                        and f.value.id == "sqlite3"):
                hits.append(f"{path.relative_to(ROOT)}:{node.lineno}: .{f.attr}(")
    return hits


def test_desktop_writes_no_sql():
    # SQL lives only in db/: the core reaches the database through db/ functions.
    hits = [h for p in sorted((ROOT / "desktop").rglob("*.py")) for h in _sql_calls(p)]
    assert hits == []
    text_hits = [str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py")
                 if any(s in p.read_text(encoding="utf-8") for s in (".execute(", "executemany(", "sqlite3.connect"))]
    assert text_hits == []


def test_the_sql_scan_sees_sql_where_it_is():
    assert any(h.endswith(".execute(") for h in _sql_calls(ROOT / "db" / "meta.py"))
    assert any(h.endswith(".connect(") for h in _sql_calls(ROOT / "db" / "backup.py"))


def _imports_of(path: pathlib.Path, top: str) -> list[str]:
    """``import top…`` / ``from top… import`` statements in one file, wherever they stand."""
    hits = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        hits += [f"{path.relative_to(ROOT)}:{node.lineno}: {n}" for n in names if n.split(".")[0] == top]
    return hits


def test_ui_reaches_the_database_only_through_the_core():
    # ui/ → desktop/ → db/: the window opens the file through desktop.session (checked and
    # migrated once); a worker's connection comes from session.connect(), never from db/.
    hits = [h for p in sorted((ROOT / "ui").rglob("*.py")) for h in _imports_of(p, "db")]
    assert hits == []


def test_the_import_scan_sees_imports_where_they_are():
    assert any(h.endswith(": db.connection") for h in _imports_of(ROOT / "desktop" / "session.py", "db"))
    assert _imports_of(ROOT / "ui" / "app.py", "desktop")
