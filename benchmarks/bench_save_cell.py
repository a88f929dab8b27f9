"""Save one edited cell through the core vs one raw SQLite INSERT + COMMIT (WAL, synchronous=FULL).

Each side in its own process, on the same disk, N saves each, interleaved and repeated; the
ratio is what counts (goal ≤ 3×, DESIGN.md §9):  python benchmarks/bench_save_cell.py [N]"""
from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from harness import child_or_parent, interleaved, report

GOAL = 3.0
REPEAT = 3


def floor(folder: str, n: str) -> float:
    path = Path(folder) / "floor.sqlite"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE cells (k TEXT PRIMARY KEY, v TEXT)")
    start = time.perf_counter()
    for i in range(int(n)):
        conn.execute("BEGIN")
        conn.execute("INSERT OR REPLACE INTO cells (k, v) VALUES (?, ?)", [f"new_jobs-{i % 12}", str(i)])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed / int(n)


def ours(folder: str, n: str) -> float:
    from db.schema import open_database
    from desktop.security.auth import User
    from desktop.entry.service import EntryService
    from desktop.plan.store import active_plan
    from desktop.unit import unit_of

    db = open_database(Path(folder) / "office.sqlite")
    service = EntryService(db, active_plan(db), unit_of(db), User("bench", "clerk"))
    start = time.perf_counter()
    for i in range(int(n)):
        # alternate values so every save is a real change (with its audit line)
        service.set_text("new_jobs", f"2023-{i % 12 + 1:02d}", str(100 + i % 7))
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed / int(n)


def main() -> bool:
    from desktop.system.provision import initialise

    n = sys.argv[1] if len(sys.argv) > 1 else "300"
    folder = Path(tempfile.mkdtemp(prefix="bench-save-"))
    try:
        template = folder / "template.sqlite"
        initialise(template, district=False, office_code="NHL", admin="bench", password="bench-pass-2023",
                   passphrase="bench-key-2023")

        def before(k, which):
            if which == "ours":
                for suffix in ("", "-wal", "-shm"):
                    (folder / f"office.sqlite{suffix}").unlink(missing_ok=True)
                shutil.copyfile(template, folder / "office.sqlite")

        figs = interleaved(__file__, ("floor", str(folder), n), ("ours", str(folder), n), REPEAT, before=before)
        return report(f"save one cell (per save, N={n})", figs[""], GOAL)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    child_or_parent({"floor": floor, "ours": ours}, main)
