"""The district the merge and report benchmarks share: ``offices`` office databases of ``rows``
register rows each, their signed workbooks for 2023-06 in one folder, and a district database
that trusts every office's key and has merged nothing yet. More offices than the shipped plan
names (13) come from the same plan with made-up offices added (no targets of their own), so a
city-sized district (100 offices) can be built."""
from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

SUPERVISOR = ("bench", "supervisor")
PERIOD = "2023-06"


def plan_for(offices: int):
    """The shipped plan, with offices B014, B015, … added until it names ``offices``."""
    from desktop.system.paths import default_plan_path
    from desktop.plan.loader import load_plan_file, plan_from_dict

    path = default_plan_path()
    plan = load_plan_file(path)
    if offices <= len(plan.offices):
        return plan
    raw = tomllib.loads(Path(path).read_text(encoding="utf-8"), parse_float=Decimal)
    for n in range(len(plan.offices) + 1, offices + 1):
        raw["offices"].append({"code": f"B{n:03d}", "name": f"测试{n:03d}街道",
                               "communities": [f"测试{n:03d}甲社区", f"测试{n:03d}乙社区", f"测试{n:03d}丙社区"]})
    return plan_from_dict(raw, str(path))


def build_district(folder: Path, offices: int, rows: int, progress=None) -> tuple[Path, list[Path]]:
    from db.schema import open_database
    from desktop.security.auth import User
    from desktop.exchange.export import SignOff, export_period
    from desktop.system.provision import initialise
    from desktop.unit import unit_of
    from desktop.registers.sample_data import fill_big_register
    from desktop.security.signing import active_key
    from desktop.security.trust import confirm_key

    plan = plan_for(offices)
    outbox, supervisor = folder / "报送表", User(*SUPERVISOR)
    template = folder / "district.sqlite"
    initialise(template, district=True, office_code=None, admin="bench", password="bench-2023!",
               passphrase="bench-key-2023", plan=plan)
    district = open_database(template)
    for n, office in enumerate(plan.offices[:offices]):
        path = folder / f"{office.code}.sqlite"
        initialise(path, district=False, office_code=office.code, admin="bench", password="bench-2023!",
                   passphrase="bench-key-2023", plan=plan)
        db = open_database(path)
        fill_big_register(db, plan, office.code, rows, seed=100 + n)
        export_period(db, plan, unit_of(db), User("bench", "admin"), PERIOD, folder=outbox,
                      sign_off=SignOff("a", "b", "c", "d"), passphrase="bench-key-2023")
        confirm_key(district, active_key(db).public_raw, office.code, office.name, user=supervisor)
        db.close()
        path.unlink()
        if progress is not None:
            progress(n + 1, offices)
    district.close()
    return template, sorted(outbox.glob("*.xlsx"))


def merge_into(district: Path, files: list[Path]) -> None:
    from db.schema import open_database
    from desktop.security.auth import User
    from desktop.exchange.merge import merge_files

    db = open_database(district)
    try:
        results = merge_files(db, files, user=User(*SUPERVISOR))
    finally:
        db.close()
    bad = [r for r in results if r.status != "merged"]
    assert not bad, bad
