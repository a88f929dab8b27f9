"""Export an office whose unemployed-persons register holds 50,000 rows, against the floor:
openpyxl's write-only mode writing the same cells (the same sheets and values) to a file.

Ours includes everything a clerk waits for: reading SQLite, canonicalising and hashing every
cell, signing, writing atomically and reading the file back to verify it. Each side runs in its
own process (peak memory is that process alone), interleaved and repeated. Goal: ≤ 1.0×."""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from harness import child_or_parent, interleaved, report

ROWS = 50_000
REPEAT = 3
META = {"period": "2023-03", "revision": "1", "exported_at": "2023-04-02T10:00:00", "filler": "a",
        "reviewer": "b", "head": "c", "phone": "d"}


def _session(folder: Path):
    from db.schema import open_database
    from desktop.security.auth import login
    from desktop.session import Session

    path = folder / "office.sqlite"
    db = open_database(path)
    return db, Session.start(path, db, login(db, "demo", "demo2023"))


def floor(folder: str, n: str) -> float:
    from openpyxl import Workbook

    from desktop.exchange.export_sheets import build

    folder = Path(folder)
    db, s = _session(folder)
    # the same cells, materialised first so that the floor measures writing alone
    sheets = [(sh.name, [c.header for c in sh.columns], [list(r) for r in sh.rows])
              for sh in build(db, s.plan, s.unit, "2023-03", dict(META, unit_code=s.unit.code), "FP")]
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    for name, header, rows in sheets:
        ws = wb.create_sheet(name)
        ws.append(header)
        for r in rows:
            ws.append([v if not isinstance(v, (list, tuple)) else "；".join(v) for v in r])
    wb.save(folder / f"floor{n}.xlsx")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def ours(folder: str, n: str) -> float:
    from desktop.exchange.export import SignOff, export_period

    folder = Path(folder)
    db, s = _session(folder)
    start = time.perf_counter()
    # a different sign-off each run: an unchanged month makes no new file
    export_period(db, s.plan, s.unit, s.user, "2023-03", out=folder / f"ours{n}.xlsx",
                  sign_off=SignOff("a", "b", "c", f"d{n}"), passphrase="demo-key-2023")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def main() -> bool:
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")
    try:
        from desktop.demo.databases import make_demo, make_large_register

        make_demo(folder / "office.sqlite")
        make_large_register(folder / "office.sqlite", ROWS - 300)
        runs = iter(range(100))
        figs = {}

        def before(k, which):
            for f in folder.glob("*.xlsx"):
                f.unlink()

        for k in range(REPEAT):   # a fresh run number for each ours run
            n = str(next(runs))
            part = interleaved(__file__, ("floor", str(folder), n), ("ours", str(folder), n), 1, before=before)
            for key, fig in part.items():
                acc = figs.setdefault(key, fig.__class__())
                acc.ours += fig.ours
                acc.floor += fig.floor
                acc.ours_peak = max(acc.ours_peak, fig.ours_peak)
                acc.floor_peak = max(acc.floor_peak, fig.floor_peak)
        return report(f"export office, {ROWS:,}-row register", figs[""], 1.0)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    child_or_parent({"floor": floor, "ours": ours}, main)
