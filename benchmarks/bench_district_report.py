"""The district report (汇总表) over 13 offices × 20,000 register rows, against the floor:
openpyxl's write-only mode writing the same cells (the same sheets and values) to a file.

Ours includes everything the supervisor waits for: the figures, the checks for people
registered twice, the merged registers (split by office when too long), the content digest,
signing, writing and reading back. Each side in its own process, interleaved. Goal: ≤ 2×."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from district_data import PERIOD, SUPERVISOR, build_district, merge_into  # noqa: E402
from harness import child_or_parent, interleaved, report  # noqa: E402

OFFICES = 13
ROWS = 20_000
REPEAT = 2
PASSPHRASE = "bench-key-2023"


def floor(district: str, n: str) -> float:
    from openpyxl import Workbook

    from db.schema import open_database
    from desktop.district import report, report_rows
    from desktop.plan.store import active_plan
    from desktop.unit import unit_of

    db = open_database(Path(district))
    plan, unit = active_plan(db), unit_of(db)
    view = report_rows.build(db, plan, unit, PERIOD)
    meta = {k: "x" for k in ("unit_name", "period", "revision", "filler", "reviewer", "head", "phone")}
    meta["exported_at"] = "2023-07-02T10:00:00"
    # the same cells, materialised first so that the floor measures writing alone
    sheets = [(s.name, [c.header for c in s.columns], [list(r) for r in s.rows])
              for s in report._sheets(db, plan, unit, PERIOD, meta, "FP", view, None)]
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    for name, header, rows in sheets:
        ws = wb.create_sheet(name)
        ws.append(header)
        for r in rows:
            ws.append([v if not isinstance(v, (list, tuple)) else "；".join(v) for v in r])
    wb.save(Path(district).parent / f"floor{n}.xlsx")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def ours(district: str, n: str) -> float:
    from db.schema import open_database
    from desktop.security.auth import User
    from desktop.district.report import make_report
    from desktop.exchange.export import SignOff

    db = open_database(Path(district))
    start = time.perf_counter()
    make_report(db, Path(district).parent / f"report{n}.xlsx", PERIOD, user=User(*SUPERVISOR),
                passphrase=PASSPHRASE, sign_off=SignOff("a", "b", "c", f"d{n}"))   # a new sign-off: new content
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def main() -> bool:
    folder = Path(tempfile.mkdtemp(prefix="bench-report-"))
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")
    try:
        district, files = build_district(folder, OFFICES, ROWS)
        merge_into(district, files)
        runs = iter(range(100))

        def before(k, which):
            for f in folder.glob("*.xlsx"):
                f.unlink()

        figs = None
        for _ in range(REPEAT):        # a fresh run number (sign-off) for each pair
            n = str(next(runs))
            part = interleaved(__file__, ("floor", str(district), n), ("ours", str(district), n), 1, before=before)[""]
            if figs is None:
                figs = part
            else:
                figs.ours += part.ours
                figs.floor += part.floor
                figs.ours_peak, figs.floor_peak = max(figs.ours_peak, part.ours_peak), max(figs.floor_peak, part.floor_peak)
        return report(f"district report {OFFICES} offices × {ROWS:,} rows", figs, 2.0)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    child_or_parent({"floor": floor, "ours": ours}, main)
