"""The district report at goal scale, once: 13 offices × 20,000 register rows merged, then the
report written (its process measured alone), the program's own guard on it, and a city merging
it. Prints the figures; no floor (bench_district_report.py compares with openpyxl).

    python benchmarks/measure_report_goal.py

Builds everything in a temporary folder and removes it (about 6–10 minutes)."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from district_data import PERIOD, SUPERVISOR, build_district, merge_into  # noqa: E402
from harness import child_or_parent, in_child, own_peak_mb  # noqa: E402

OFFICES, ROWS = 13, 20_000
PASSPHRASE = "bench-key-2023"


def write_report(district: str) -> dict:
    from db.schema import open_database
    from desktop.district.report import make_report
    from desktop.exchange.export import SignOff
    from desktop.security.auth import User

    db = open_database(Path(district))
    start = time.perf_counter()
    result = make_report(db, Path(district).parent / "区汇总表.xlsx", PERIOD, user=User(*SUPERVISOR),
                         passphrase=PASSPHRASE, sign_off=SignOff("王芳", "李强", "赵明", "025-83000000"))
    elapsed = time.perf_counter() - start
    db.close()
    return {"line": f"report written in {elapsed:.1f} s, {result.path.stat().st_size / 2 ** 20:.2f} MB, "
                    f"offices reporting {result.offices_reporting}; process peak {own_peak_mb():.0f} MB",
            "path": str(result.path)}


def guard(path: str) -> dict:
    from desktop.exchange.guard import check_file
    from desktop.exchange.guard.reading import read_book

    start = time.perf_counter()
    check_file(Path(path))
    book = read_book(Path(path))
    sizes = {n: len(r) for n, r in book.sheets.items()}
    return {"line": f"guard and reading child: accepted in {time.perf_counter() - start:.1f} s; "
                    f"{sum(len(row) for rows in book.sheets.values() for row in rows):,} cells; sheets {sizes}"}


def city_merge(district: str, report: str) -> dict:
    from db import carried
    from db.schema import open_database
    from desktop.exchange.merge import merge_files
    from desktop.security import signing
    from desktop.security.auth import User
    from desktop.security.trust import add_key_file
    from desktop.system.provision import initialise
    from desktop.unit import unit_of

    folder = Path(district).parent
    db = open_database(Path(district))
    pub = signing.export_public_key(db, folder / "district.pub", user=User(*SUPERVISOR))
    code = unit_of(db).code
    db.close()
    city = folder / "市.sqlite"
    initialise(city, district=True, city=True, office_code="NJ", unit_name="南京市", admin="bench",
               password="bench-2023!", passphrase=PASSPHRASE)
    cdb = open_database(city)
    add_key_file(cdb, pub, code, user=User(*SUPERVISOR))
    start = time.perf_counter()
    (result,) = merge_files(cdb, [Path(report)], user=User(*SUPERVISOR))
    elapsed = time.perf_counter() - start
    counts = carried.register_counts(cdb)
    cdb.close()
    return {"line": f"city merge: {result.status} ({result.reason[:40]}) in {elapsed:.1f} s; carried register "
                    f"counts {counts}; process peak {own_peak_mb():.0f} MB"}


def main() -> bool:
    folder = Path(tempfile.mkdtemp(prefix="bench-report-goal-"))
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")
    try:
        start = time.perf_counter()
        district, files = build_district(folder, OFFICES, ROWS)
        merge_into(district, files)
        print(f"{OFFICES} offices × {ROWS:,} rows built and merged in {time.perf_counter() - start:.0f} s", flush=True)
        written = in_child(__file__, "report", str(district)).seconds
        print("  " + written["line"], flush=True)
        print("  " + in_child(__file__, "guard", written["path"]).seconds["line"], flush=True)
        print("  " + in_child(__file__, "city", str(district), written["path"]).seconds["line"], flush=True)
        return True
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    child_or_parent({"report": write_report, "guard": guard, "city": city_merge}, main)
