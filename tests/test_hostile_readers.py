"""Every crafted-file class (built by hostile_books) through every reader of ours: register
import, plan import, office verify, district verify and merge. Each gets a clear refusal — its
status and a Chinese reason — no traceback, nothing changed in the database, and the reading
child's peak memory stays under DESIGN §9's 300 MB."""
from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.main import main
from db.schema import open_database
from desktop.plan.store import active_plan
from desktop.registers.importer import open_source
from desktop.registers.schema import ensure_tables
from desktop.exchange.guard import UnsafeWorkbook
from desktop.exchange.guard.child import reader_peak_bytes, stop_reader

import hostile_books
from submission_factory import make_district

MEMORY_GOAL = 300 * 2 ** 20
CLASSES = list(hostile_books.CLASSES)


def snapshot(path) -> dict:
    """Every row of every table but the login bookkeeping, to prove a refusal changed nothing."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: con.execute(f"SELECT * FROM {t}").fetchall() for t in tables if t not in ("users", "login_attempts")}
    finally:
        con.close()


def cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "内部错误" not in err, err
    return code, out, err


@pytest.fixture(scope="module")
def crafted(tmp_path_factory):
    return hostile_books.build_all(tmp_path_factory.mktemp("crafted"))


@pytest.fixture
def units(office_db_path, tmp_path, monkeypatch):
    district = make_district(tmp_path / "区汇总.sqlite")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "key-pass-2023")
    return office_db_path, district


@pytest.mark.parametrize("name", CLASSES)
def test_crafted_file_is_refused_by_every_reader(name, crafted, units, capsys):
    office, district = units
    path, status, word = crafted[name]
    stop_reader()                        # a fresh child: its peak is this file's
    for unit in (office, district):          # the register tables exist before the count (any first open makes them)
        db = open_database(unit)
        try:
            ensure_tables(db, active_plan(db))
        finally:
            db.close()
    before = snapshot(office), snapshot(district)
    seen = []

    with pytest.raises(UnsafeWorkbook) as refused:         # register import, the core the window uses
        open_source(path, active_plan_of(office).register("unemployed"))
    assert refused.value.reason == status and word in refused.value.message, refused.value.message
    code, _out, err = cli(capsys, "--db", office, "--user", "张三", "register", "import", "unemployed", path)
    assert code == 1 and word in err, err
    seen.append(reader_peak_bytes())

    code, _out, err = cli(capsys, "--db", office, "--user", "张三", "plan", "import", path)
    assert code == 1 and "计划工作簿未导入" in err and word in err, err

    for db, argv in ((office, ["verify"]), (district, ["verify"]), (district, ["--user", "区汇总员", "merge"])):
        code, out, _err = cli(capsys, "--db", db, *argv, path, "--json")
        result = json.loads(out)[0]
        assert code == 3 and result["status"] == status and word in result["reason"], (argv, result)
        seen.append(reader_peak_bytes())

    after_office, after_district = snapshot(office), snapshot(district)
    assert after_office == before[0]
    refusals = after_district.pop("rejections")
    assert [r for r in refusals if str(path) in r] and len(refusals) == len(before[1]["rejections"]) + 1
    before[1].pop("rejections")
    assert {t: rows for t, rows in after_district.items() if t != "audit_log"} == \
        {t: rows for t, rows in before[1].items() if t != "audit_log"}
    peaks = [p for p in seen if p is not None]
    assert peaks and max(peaks) < MEMORY_GOAL, (name, [p // 2 ** 20 for p in peaks])
    print(f"{name}: {status}, reading child peak {max(peaks) // 2 ** 20} MB — {refused.value.message}")


def active_plan_of(path):
    from db.schema import open_database

    db = open_database(path)
    try:
        return active_plan(db)
    finally:
        db.close()
