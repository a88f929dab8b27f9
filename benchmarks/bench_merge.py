"""Verify and merge 13 office workbooks of 20,000 register rows each into a district database,
against the floor: python-calamine reading every sheet of the same 13 files in the same run.

Ours includes everything the supervisor waits for: the size/zip/XML guard, reading, checking the
digest and signature against the trust store, and writing each office's values and register
snapshot in its own transaction. Goal: ≤ 1.5×."""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from harness import ROOT, report  # noqa: F401

OFFICES = 13
ROWS = 20_000
REPEAT = 3


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-merge-"))
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")
    from python_calamine import CalamineWorkbook

    from db.schema import open_database
    from desktop.auth import User
    from desktop.export import SignOff, export_period
    from desktop.merge import merge_files
    from desktop.plan.loader import load_plan_file
    from desktop.paths import default_plan_path
    from desktop.provision import initialise, unit_of
    from desktop.registers.sample_data import fill_big_register
    from desktop.signing import active_key
    from desktop.trust import confirm_key

    plan = load_plan_file(default_plan_path())
    outbox, supervisor = folder / "报送表", User("bench", "supervisor")
    template = folder / "district.sqlite"
    initialise(template, district=True, office_code=None, admin="bench", password="bench-2023!", passphrase="bench-key-2023")
    district = open_database(template)
    for n, office in enumerate(plan.offices[:OFFICES]):
        path = folder / f"{office.code}.sqlite"
        initialise(path, district=False, office_code=office.code, admin="bench", password="bench-2023!",
                   passphrase="bench-key-2023")
        db = open_database(path)
        fill_big_register(db, plan, office.code, ROWS, seed=100 + n)
        export_period(db, plan, unit_of(db), User("bench", "admin"), "2023-06", folder=outbox,
                      sign_off=SignOff("a", "b", "c", "d"), passphrase="bench-key-2023")
        confirm_key(district, active_key(db).public_raw, office.code, office.name, user=supervisor)
        db.close()
    district.close()
    files = sorted(outbox.glob("*.xlsx"))
    print(f"{len(files)} workbooks, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB")

    def floor() -> None:
        for f in files:
            wb = CalamineWorkbook.from_path(str(f))
            for name in wb.sheet_names:
                wb.get_sheet_by_name(name).to_python()

    def ours(target: Path) -> None:
        db = open_database(target)
        try:
            results = merge_files(db, files, user=supervisor)
        finally:
            db.close()
        bad = [r for r in results if r.status != "merged"]
        assert not bad, bad

    floor_times, ours_times = [], []
    for k in range(REPEAT):                      # interleaved, so a noisy moment hurts both alike
        start = time.perf_counter()
        floor()
        floor_times.append(time.perf_counter() - start)
        target = folder / f"district-{k}.sqlite"
        shutil.copyfile(template, target)        # every run merges into a district that has none yet
        start = time.perf_counter()
        ours(target)
        ours_times.append(time.perf_counter() - start)
    report(f"verify + merge {OFFICES} workbooks × {ROWS:,} rows", min(ours_times), min(floor_times), 1.5)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
