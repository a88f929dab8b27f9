"""The 台账 page on a 200,000-row register, driven as the clerk does: the real page and view
(ui/pages/register_page.py, ui/registers/table_model.py) built and shown for the first time,
then a click on a column header (sorted by that column) and a second click (the other way).
Timed until the view has painted. floor: the SQL the page runs for the same order, alone.
Each side in its own process, interleaved and repeated. Goals (DESIGN §9): first open under
200 ms, sort by a header under 100 ms."""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from harness import child_or_parent, interleaved, report

ROWS = 200_000
REPEAT = 3
SORT_FIELD = "name"


def _open(path: str):
    from db.schema import open_database
    from desktop.security.auth import login
    from desktop.session import Session

    db = open_database(Path(path))
    session = Session.start(Path(path), db, login(db, "demo", "demo2023"))
    return session, session.plan.register("unemployed")


def floor(path: str) -> dict:
    from db.register_query import sql_for
    from desktop.registers.query import search_spec

    session, register = _open(path)
    out = {}
    for key, sort, desc in (("first open", "id", False), ("header sort", SORT_FIELD, False),
                            ("header sort, other way", SORT_FIELD, True)):
        sql, params = sql_for(search_spec(register, session.unit.code, "", (), sort, desc, user=session.user))
        start = time.perf_counter()
        [r[0] for r in session.db.conn.execute(sql, params)]
        out[key] = time.perf_counter() - start
    return out


def ours(path: str) -> dict:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.pages.register_page import RegisterPage

    app = QApplication.instance() or QApplication([])
    session, register = _open(path)
    queries = []
    session.db.conn.set_trace_callback(lambda sql: queries.append(sql) if "ORDER BY" in sql else None)
    out = {}
    start = time.perf_counter()
    page = RegisterPage(session, None, register)
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    page.view.viewport().repaint()
    out["first open"] = time.perf_counter() - start
    assert page.model.rowCount() >= ROWS - 1000, page.model.rowCount()
    opening_queries = len(queries)
    header = page.view.horizontalHeader()
    column = page.model.columns.index(SORT_FIELD)
    where = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    for key in ("header sort", "header sort, other way"):
        start = time.perf_counter()
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
        app.processEvents()
        page.view.viewport().repaint()
        out[key] = time.perf_counter() - start
        assert page.model.sort_field == SORT_FIELD, page.model.sort_field
    out[f"ordered queries on first open: {opening_queries}"] = 0.0
    return out


def main() -> bool:
    folder = Path(tempfile.mkdtemp(prefix="bench-page-"))
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")
    try:
        from desktop.demo.databases import make_demo, make_large_register

        path = folder / "big.sqlite"
        make_demo(path)
        make_large_register(path, ROWS - 320)
        figs = interleaved(__file__, ("floor", str(path)), ("ours", str(path)), REPEAT)
        for key in figs:
            if key.startswith("ordered queries"):
                print(f"台账 page {ROWS:,} rows: {key}", flush=True)
        met = report(f"台账 page {ROWS:,} rows: first open", figs["first open"], None, goal_ms=200)
        met &= report(f"台账 page {ROWS:,} rows: header sort", figs["header sort"], None, goal_ms=100)
        met &= report(f"台账 page {ROWS:,} rows: sort other way", figs["header sort, other way"], None, goal_ms=100)
        return met
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    child_or_parent({"floor": floor, "ours": ours}, main)
