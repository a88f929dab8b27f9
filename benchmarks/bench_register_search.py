"""Search a 200,000-row register from the table page's model against the same SQL alone.

ours: RegisterTableModel.search(text, filters) — builds the query, fetches the matching ids,
counts, resets the model — then the first screenful of rows is built (what the clerk sees).
floor: the same SELECT the model runs, executed and fetched with sqlite3 directly.
Goal (DESIGN §9): ≤ 1.5× and under 100 ms."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from harness import best_of, report  # noqa: E402

SEARCHES = [  # (label, text, filters)
    ("name 王伟", "王伟", ()),
    ("surname 王", "王", ()),
    ("ID prefix 3201061985", "3201061985", ()),
    ("phone prefix 1381234", "1381234", ()),
    ("community filter", "", (("community", "颐和路社区"),)),
    ("all 200,000 rows", "", ()),
]


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-search-"))
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")
    from PySide6.QtWidgets import QApplication

    from db.register_query import sql_for
    from db.schema import open_database
    from desktop.demo import make_demo, make_large_register
    from desktop.plan.store import active_plan
    from desktop.registers.query import Filter, search_spec
    from ui.registers.table_model import RegisterTableModel
    from desktop.auth import User
    ADMIN = User("bench", "admin")   # may search ID numbers by prefix, as measured before

    app = QApplication.instance() or QApplication([])  # noqa: F841
    path = folder / "big.sqlite"
    make_demo(path)
    make_large_register(path, 200_000 - 320)
    db = open_database(path)
    plan = active_plan(db)
    register = plan.register("unemployed")
    model = RegisterTableModel(db, register, "NHL", ADMIN)
    for label, text, filters in SEARCHES:
        flt = tuple(Filter(*f) for f in filters)
        sql, params = sql_for(search_spec(register, "NHL", text, flt, user=ADMIN))

        def floor_run():
            [r[0] for r in db.conn.execute(sql, params)]

        def ours_run():
            model.search(text, flt)
            for row in range(min(40, model.rowCount())):   # one screenful
                model.index(row, 1).data()

        floor = best_of(floor_run, 5)
        ours = best_of(ours_run, 5)
        report(f"register search: {label} ({len(model.ids):,} hits)", ours, floor, 1.5, extra_goal_ms=100)
    db.close()


if __name__ == "__main__":
    main()
