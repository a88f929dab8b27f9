"""The district the merge and report benchmarks share: ``offices`` office databases of ``rows``
register rows each, their signed workbooks for 2023-06 in one folder, and a district database
that trusts every office's key and has merged nothing yet."""
from __future__ import annotations

from pathlib import Path

SUPERVISOR = ("bench", "supervisor")
PERIOD = "2023-06"


def build_district(folder: Path, offices: int, rows: int) -> tuple[Path, list[Path]]:
    from db.schema import open_database
    from desktop.security.auth import User
    from desktop.exchange.export import SignOff, export_period
    from desktop.system.paths import default_plan_path
    from desktop.plan.loader import load_plan_file
    from desktop.system.provision import initialise
    from desktop.unit import unit_of
    from desktop.registers.sample_data import fill_big_register
    from desktop.security.signing import active_key
    from desktop.security.trust import confirm_key

    plan = load_plan_file(default_plan_path())
    outbox, supervisor = folder / "报送表", User(*SUPERVISOR)
    template = folder / "district.sqlite"
    initialise(template, district=True, office_code=None, admin="bench", password="bench-2023!",
               passphrase="bench-key-2023")
    district = open_database(template)
    for n, office in enumerate(plan.offices[:offices]):
        path = folder / f"{office.code}.sqlite"
        initialise(path, district=False, office_code=office.code, admin="bench", password="bench-2023!",
                   passphrase="bench-key-2023")
        db = open_database(path)
        fill_big_register(db, plan, office.code, rows, seed=100 + n)
        export_period(db, plan, unit_of(db), User("bench", "admin"), PERIOD, folder=outbox,
                      sign_off=SignOff("a", "b", "c", "d"), passphrase="bench-key-2023")
        confirm_key(district, active_key(db).public_raw, office.code, office.name, user=supervisor)
        db.close()
        path.unlink()
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
