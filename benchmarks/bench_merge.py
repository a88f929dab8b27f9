"""Verify and merge 13 office workbooks of 20,000 register rows each into a district database,
against the floor: python-calamine reading every sheet of the same 13 files.

Ours includes everything the supervisor waits for: the size/zip/XML guard, reading, checking the
digest and signature against the trust store, and writing each office's values and register
snapshot in its own transaction. Each side in its own process, interleaved. Goal: ≤ 1.5×."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from district_data import build_district, merge_into  # noqa: E402
from harness import child_or_parent, interleaved, report  # noqa: E402

OFFICES = 13
ROWS = 20_000
REPEAT = 3


def floor(outbox: str) -> float:
    from python_calamine import CalamineWorkbook

    files = sorted(Path(outbox).glob("*.xlsx"))
    start = time.perf_counter()
    for f in files:
        wb = CalamineWorkbook.from_path(str(f))
        for name in wb.sheet_names:
            wb.get_sheet_by_name(name).to_python()
    return time.perf_counter() - start


def ours(target: str, outbox: str) -> float:
    files = sorted(Path(outbox).glob("*.xlsx"))
    start = time.perf_counter()
    merge_into(Path(target), files)
    return time.perf_counter() - start


def main() -> bool:
    folder = Path(tempfile.mkdtemp(prefix="bench-merge-"))
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")
    try:
        template, files = build_district(folder, OFFICES, ROWS)
        print(f"{len(files)} workbooks, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB", flush=True)
        target = folder / "district-run.sqlite"

        def before(k, which):
            if which == "ours":            # every run merges into a district that has none yet
                for suffix in ("-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
                shutil.copyfile(template, target)

        figs = interleaved(__file__, ("floor", str(files[0].parent)), ("ours", str(target), str(files[0].parent)),
                           REPEAT, before=before)
        return report(f"verify + merge {OFFICES} workbooks × {ROWS:,} rows", figs[""], 1.5)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    child_or_parent({"floor": floor, "ours": ours}, main)
