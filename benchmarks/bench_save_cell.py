"""Save one edited cell through the core vs one raw SQLite INSERT + COMMIT (WAL, synchronous=FULL).

Both run in the same process on the same disk, N times each; the ratio is what counts
(goal ≤ 3×, DESIGN.md §9). Not part of the test run:  python benchmarks/bench_save_cell.py [N]
"""
from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.schema import open_database  # noqa: E402
from desktop.auth import User  # noqa: E402
from desktop.entry import EntryService  # noqa: E402
from desktop.plan.store import active_plan  # noqa: E402
from desktop.provision import initialise, unit_of  # noqa: E402

GOAL = 3.0


def floor_time(folder: Path, n: int) -> float:
    conn = sqlite3.connect(str(folder / "floor.sqlite"), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE cells (k TEXT PRIMARY KEY, v TEXT)")
    start = time.perf_counter()
    for i in range(n):
        conn.execute("BEGIN")
        conn.execute("INSERT OR REPLACE INTO cells (k, v) VALUES (?, ?)", [f"new_jobs-{i % 12}", str(i)])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def core_time(folder: Path, n: int) -> float:
    path = folder / "office.sqlite"
    initialise(path, district=False, office_code="NHL", admin="bench", password="bench-pass-2023",
               passphrase="bench-key-2023")
    db = open_database(path)
    service = EntryService(db, active_plan(db), unit_of(db), User("bench", "clerk"))
    start = time.perf_counter()
    for i in range(n):
        # alternate values so every save is a real change (with its audit line)
        service.set_text("new_jobs", f"2023-{i % 12 + 1:02d}", str(100 + i % 7))
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        floor = floor_time(folder, n)
        ours = core_time(folder, n)
    ratio = ours / floor
    print(f"save_cell: ours {ours / n * 1000:.3f} ms, floor {floor / n * 1000:.3f} ms, "
          f"ratio {ratio:.2f}×, goal ≤ {GOAL:.0f}×, {'met' if ratio <= GOAL else 'missed'} (N={n})")


if __name__ == "__main__":
    main()
