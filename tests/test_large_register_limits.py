"""The guard's limits are sized for an office register of a given length (``sized_for``; the
default is DESIGN §9's 200,000 rows). At reduced scale, with the limits sized for a short
register passed to the reading child: an office's own export of that many rows merges at the
district, one well beyond it is refused. The full size (200,000 rows) is measured by
benchmarks/measure_guard_bound.py, never built here."""
from __future__ import annotations

from functools import partial

from db.schema import open_database
from desktop.exchange.export import SignOff, export_period
from desktop.exchange.guard import DEFAULT_LIMITS, check_file
from desktop.exchange.guard import reading
from desktop.exchange.guard.child import stop_reader
from desktop.exchange.guard.limits import REGISTER_ROWS, Limits, sized_for
from desktop.exchange.merge import merge_files
from desktop.plan.store import active_plan
from desktop.registers.sample_data import fill_big_register
from desktop.security.auth import User
from desktop.security.signing import active_key
from desktop.security.trust import confirm_key
from desktop.system.provision import initialise
from desktop.unit import unit_of

from submission_factory import PASSPHRASE, PASSWORD, make_district
from test_district_report import SUPERVISOR

ROWS = 120


def _office_export(tmp_path, code: str, rows: int, district):
    path = tmp_path / f"office-{code}.sqlite"
    initialise(path, district=False, office_code=code, admin="填报员", password=PASSWORD, passphrase=PASSPHRASE)
    db = open_database(path)
    try:
        plan = active_plan(db)
        fill_big_register(db, plan, code, rows, seed=3)
        out = export_period(db, plan, unit_of(db), User("填报员", "admin"), "2023-06", folder=tmp_path / f"out-{code}",
                            sign_off=SignOff("王芳", "李强", "赵明", "025-83000000"), passphrase=PASSPHRASE).path
        ddb = open_database(district)
        try:
            confirm_key(ddb, active_key(db).public_raw, code, plan.office(code).name, user=SUPERVISOR)
        finally:
            ddb.close()
        return out
    finally:
        db.close()


def test_the_default_limits_are_sized_for_the_200k_row_register():
    assert DEFAULT_LIMITS == sized_for(REGISTER_ROWS) == Limits()
    assert DEFAULT_LIMITS.max_rows > REGISTER_ROWS and DEFAULT_LIMITS.max_total_cells >= REGISTER_ROWS * 17


def test_an_office_register_as_long_as_the_limits_are_sized_for_merges_and_a_longer_one_is_refused(
        tmp_path, monkeypatch):
    district = make_district(tmp_path / "区.sqlite")
    fits = _office_export(tmp_path, "NHL", ROWS, district)
    beyond = _office_export(tmp_path, "HQL", ROWS * 2, district)
    small = sized_for(ROWS)
    check_file(fits, small)                                          # the guard alone, in this process
    stop_reader()
    monkeypatch.setattr(reading, "BOOK_JOB", partial(reading.load_book, limits=small))   # the reading child's
    db = open_database(district)
    try:
        merged, refused = merge_files(db, [fits, beyond], user=SUPERVISOR)
    finally:
        db.close()
        stop_reader()
    assert merged.status == "merged" and f"{ROWS:,} 行台账" in merged.reason, merged.reason
    assert refused.status == "unsafe" and "超出本程序接受的范围" in refused.reason, refused.reason
