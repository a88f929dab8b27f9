"""Sample databases for newcomers: a ready street office (宁海路街道) or the district.

Each feature that has something to show adds a filler to ``FILLERS``; a filler gets the open
database, the plan and the unit, and writes its sample data in one transaction.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from db.connection import database_file
from db.schema import open_database
from desktop.errors import UserError
from desktop.system.paths import demo_db_path
from desktop.plan.store import active_plan
from desktop.system.provision import SetupResult, initialise
from desktop.unit import unit_of

DEMO_OFFICE = "NHL"
DEMO_ADMIN = "demo"
DEMO_PASSWORD = "demo2023"
DEMO_PASSPHRASE = "demo-key-2023"

FILLERS: list[Callable] = []

from desktop.demo.entries import fill_entries  # noqa: E402

FILLERS.append(fill_entries)


def _registers_filler(db, plan, unit) -> None:
    from desktop.registers.sample_data import fill_demo_registers
    fill_demo_registers(db, plan, unit)


FILLERS.append(_registers_filler)


def _exports_filler(db, plan, unit) -> None:
    """Two months already sent, one of them corrected (第2版), so the export history is not empty;
    then a person registered late into November, so November shows 报送后有变动，需重新导出."""
    if unit.is_district:
        return
    from desktop.security.auth import User
    from desktop.demo.stale import late_registration, note_before_resend
    from desktop.exchange.export import SignOff, export_period, history

    db_file = database_file(db)
    folder = db_file.parent / f"{db_file.stem}-示例报送表"      # beside the demo database
    sign_off = SignOff("张晓梅", "李建国", "王志强", "025-83301234")
    october, november = f"{plan.year}-10", f"{plan.year}-11"
    for period in (october, november, november):
        if period == november and period in {r["period"] for r in history(db, unit)}:
            note_before_resend(db, plan, unit, period)     # an unchanged month makes no 第2版
        export_period(db, plan, unit, User(DEMO_ADMIN, "admin"), period, folder=folder, sign_off=sign_off,
                      passphrase=DEMO_PASSPHRASE)
    late_registration(db, plan, unit, november)


FILLERS.append(_exports_filler)


def _district_filler(db, plan, unit) -> None:
    from desktop.demo.district import fill_district_submissions
    fill_district_submissions(db, plan, unit)


FILLERS.append(_district_filler)


def make_demo(path: Path | None = None, *, district: bool = False) -> SetupResult:
    path = Path(path) if path else demo_db_path(district)
    if path.exists():
        raise UserError(f"示例数据库 {path} 已存在；如需重新生成，请先删除该文件")
    result = initialise(path, district=district, office_code=None if district else DEMO_OFFICE,
                        admin=DEMO_ADMIN, password=DEMO_PASSWORD, passphrase=DEMO_PASSPHRASE)
    db = open_database(path)
    try:
        plan, unit = active_plan(db), unit_of(db)
        for fill in FILLERS:
            fill(db, plan, unit)
    finally:
        db.close()
    return result


def ensure_demo(district: bool = False) -> Path:
    """The demo database for ``--demo``, made on first use."""
    path = demo_db_path(district)
    if not path.exists():
        make_demo(path, district=district)
    return path


def make_large_register(path: Path, rows: int = 200_000) -> None:
    """Add ``rows`` unemployed-person records to an office database (benchmarks, screenshots)."""
    from desktop.registers.sample_data import fill_big_register

    db = open_database(path)
    try:
        fill_big_register(db, active_plan(db), unit_of(db).code, rows)
    finally:
        db.close()
