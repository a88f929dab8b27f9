"""Export an office whose unemployed-persons register holds 50,000 rows, against the floor:
openpyxl's write-only mode writing the same cells (the same sheets and values) to a file.

Ours includes everything a clerk waits for: reading SQLite, canonicalising and hashing every
cell, signing, writing atomically and reading the file back to verify it. Goal: ≤ 1.15×."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from harness import ROOT, best_of, report  # noqa: F401

ROWS = 50_000


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")
    from openpyxl import Workbook

    from db.schema import open_database
    from desktop.auth import login
    from desktop.demo import make_demo, make_large_register
    from desktop.export import SignOff, export_period
    from desktop.export_sheets import build
    from desktop.session import Session

    path = folder / "office.sqlite"
    make_demo(path)
    make_large_register(path, ROWS - 300)
    db = open_database(path)
    s = Session.start(path, db, login(db, "demo", "demo2023"))
    meta = {"period": "2023-03", "revision": "1", "exported_at": "2023-04-02T10:00:00", "filler": "a",
            "reviewer": "b", "head": "c", "phone": "d"}
    # the same cells, materialised once so the floor measures writing alone
    sheets = [(sh.name, [c.header for c in sh.columns], [list(r) for r in sh.rows])
              for sh in build(db, s.plan, s.unit, "2023-03", meta, "FP")]
    print(f"cells: {sum(len(r) * len(rows) for _, h, rows in sheets for r in rows[:1]):,} per row sample, "
          f"rows: {sum(len(rows) for _, _, rows in sheets):,}")

    def floor() -> None:
        wb = Workbook(write_only=True)
        for name, header, rows in sheets:
            ws = wb.create_sheet(name)
            ws.append(header)
            for r in rows:
                ws.append([v if not isinstance(v, (list, tuple)) else "；".join(v) for v in r])
        wb.save(folder / "floor.xlsx")

    counter = iter(range(100))

    def ours() -> None:
        n = next(counter)      # a different sign-off each run: an unchanged month makes no new file
        export_period(db, s.plan, s.unit, s.user, "2023-03", out=folder / f"ours{n}.xlsx",
                      sign_off=SignOff("a", "b", "c", f"d{n}"), passphrase="demo-key-2023")

    floor_time = best_of(floor, 3)
    ours_time = best_of(ours, 3)
    report(f"export office with {ROWS:,}-row register", ours_time, floor_time, 1.15)
    db.close()


if __name__ == "__main__":
    main()
