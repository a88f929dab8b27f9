"""Search a 200,000-row register from the table page's model against the same SQL alone.

ours: RegisterTableModel.search(text, filters) — builds the query, fetches the matching ids,
counts, resets the model — then the first screenful of rows is built (what the clerk sees).
floor: the same SELECT the model runs, executed and fetched with sqlite3 directly.
Each side in its own process (best of 5 there), interleaved and repeated.
Goal (DESIGN §9): under 100 ms (the ratio is shown for orientation)."""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from harness import child_or_parent, interleaved, report

ROWS = 200_000
REPEAT = 3
INNER = 5
SEARCHES = [  # (label, text, filters)
    ("name 王伟", "王伟", ()),
    ("surname 王", "王", ()),
    ("ID prefix 3201061985", "3201061985", ()),
    ("phone prefix 1381234", "1381234", ()),
    ("community filter", "", (("community", "颐和路社区"),)),
    ("all 200,000 rows", "", ()),
]


def _open(path: str):
    from db.schema import open_database
    from desktop.security.auth import User
    from desktop.plan.store import active_plan

    db = open_database(Path(path))
    return db, active_plan(db).register("unemployed"), User("bench", "admin")   # may search IDs by prefix


def _best(fn) -> float:
    times = []
    for _ in range(INNER):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def floor(path: str) -> dict:
    from db.register_query import sql_for
    from desktop.registers.query import Filter, search_spec

    db, register, user = _open(path)
    out = {}
    for label, text, filters in SEARCHES:
        sql, params = sql_for(search_spec(register, "NHL", text, tuple(Filter(*f) for f in filters), user=user))
        out[label] = _best(lambda: [r[0] for r in db.conn.execute(sql, params)])
    return out


def ours(path: str) -> dict:
    from PySide6.QtWidgets import QApplication

    from desktop.registers.query import Filter
    from ui.registers.table_model import RegisterTableModel

    app = QApplication.instance() or QApplication([])  # noqa: F841
    db, register, user = _open(path)
    model = RegisterTableModel(db, register, "NHL", user)
    out = {}
    for label, text, filters in SEARCHES:
        flt = tuple(Filter(*f) for f in filters)

        def run():
            model.search(text, flt)
            for row in range(min(40, model.rowCount())):   # one screenful
                model.index(row, 1).data()
        out[label] = _best(run)
        out[label + f" ({len(model.ids):,} hits)"] = out.pop(label)
    return out


def main() -> bool:
    folder = Path(tempfile.mkdtemp(prefix="bench-search-"))
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")
    try:
        from desktop.demo.databases import make_demo, make_large_register

        path = folder / "big.sqlite"
        make_demo(path)
        make_large_register(path, ROWS - 320)
        figs = interleaved(__file__, ("floor", str(path)), ("ours", str(path)), REPEAT)
        met = True
        for label, _, _ in SEARCHES:
            key = next(k for k in figs if k.startswith(label + " ("))
            fig = figs[key]
            fig.floor = figs[label].floor
            fig.floor_peak = figs[label].floor_peak
            met &= report(f"register search: {key}", fig, None, goal_ms=100)   # §9: under 100 ms
        return met
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    child_or_parent({"floor": floor, "ours": ours}, main)
