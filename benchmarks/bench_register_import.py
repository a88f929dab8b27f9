"""Import a 50,000-row register workbook against the floor: python-calamine reading the same
file plus one executemany inserting its rows into the same (indexed) table, in one transaction.

ours: open_source (guard, read, find header, match columns) + run_import (check every row:
ID numbers, dates, choices, duplicates; one transaction). Each side in its own process,
interleaved and repeated. Goal (DESIGN §9): ≤ 1.5×."""
from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
from pathlib import Path

from harness import child_or_parent, interleaved, report

ROWS = 50_000
REPEAT = 3


def write_workbook(path: Path, plan) -> None:
    from openpyxl import Workbook

    from desktop.registers.sample_data import unemployed_rows
    from desktop.exchange.xlsx_cells import text_cell

    reg = plan.register("unemployed")
    fields = [f for f in reg.fields if not f.derived]
    book = Workbook(write_only=True)
    ws = book.create_sheet("台账")
    ws.append([f.label for f in fields])
    seen, rows, rng = set(), [], random.Random(5)
    while len(rows) < ROWS:   # ID numbers unique, as a real register's are
        for r in unemployed_rows(plan, "NHL", ROWS, rng, len(seen)):
            if r["id_number"] not in seen and len(rows) < ROWS:
                seen.add(r["id_number"])
                rows.append(r)
    for r in rows:
        ws.append([text_cell(ws, r[f.id]) if f.type in ("cn_id", "phone") else r[f.id] for f in fields])
    book.save(path)


def _open(path: str):
    from db.schema import open_database
    from desktop.plan.store import active_plan

    db = open_database(Path(path))
    return db, active_plan(db)


def floor(path: str, book: str) -> float:
    from python_calamine import CalamineWorkbook

    from db.connection import write

    db, plan = _open(path)
    reg = plan.register("unemployed")
    start = time.perf_counter()
    rows = CalamineWorkbook.from_path(book).get_sheet_by_index(0).to_python()
    fields = [f.id for f in reg.fields if not f.derived]
    sql = f"INSERT INTO reg_unemployed (office, {', '.join(fields)}) VALUES (?, {', '.join('?' * len(fields))})"
    with write(db):
        db.conn.executemany(sql, (["NHL", *r] for r in rows[1:]))
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def ours(path: str, book: str) -> float:
    from desktop.security.auth import User
    from desktop.registers.importer import open_source, run_import

    db, plan = _open(path)
    reg = plan.register("unemployed")
    start = time.perf_counter()
    result = run_import(db, plan, reg, "NHL", open_source(book, reg), user=User("bench", "clerk"))
    elapsed = time.perf_counter() - start
    assert result.imported == ROWS, result.summary()
    db.close()
    return elapsed


def main() -> bool:
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")
    try:
        from db.schema import open_database
        from desktop.plan.store import active_plan
        from desktop.system.provision import initialise
        from desktop.registers.schema import ensure_tables

        empty = folder / "empty.sqlite"
        initialise(empty, district=False, office_code="NHL", admin="bench", password="bench2023",
                   passphrase="bench-key-2023")
        db = open_database(empty)
        plan = active_plan(db)
        ensure_tables(db, plan)
        db.close()
        book = folder / "台账50000.xlsx"
        write_workbook(book, plan)
        target = folder / "run.sqlite"

        def before(k, which):          # each run imports into the same empty office
            for suffix in ("-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(empty, target)

        figs = interleaved(__file__, ("floor", str(target), str(book)), ("ours", str(target), str(book)),
                           REPEAT, before=before)
        return report(f"register import {ROWS:,} rows", figs[""], 1.5)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    child_or_parent({"floor": floor, "ours": ours}, main)
