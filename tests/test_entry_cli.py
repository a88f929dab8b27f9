"""entry set / entry show from the command line: exit codes, messages and --json fields."""
from __future__ import annotations

import json

import pytest

from desktop.main import main
from desktop.security.auth import User


@pytest.fixture
def cli(office_db_path, monkeypatch):
    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    return lambda *args: main(["--db", str(office_db_path), *args])


def test_set_then_show_as_json(cli, capsys):
    assert cli("entry", "set", "--period", "2023-03", "--indicator", "new_jobs", "--value", "120") == 0
    assert "已保存" in capsys.readouterr().out
    assert cli("entry", "set", "--period", "2023-04", "--indicator", "new_jobs", "--value", "300",
               "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["old"], data["new"], data["ytd"], data["status"]) == ("", "300", "420", "behind")
    assert cli("entry", "set", "--period", "2023-04", "--indicator", "jobs_driven", "--value", "na") == 0
    capsys.readouterr()
    assert cli("entry", "show", "--period", "2023-04", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    rows = {r["indicator"]: r for r in shown["indicators"]}
    jobs = rows["new_jobs"]
    assert {k: jobs[k] for k in ("value", "state", "ytd", "target", "stage_target",
                                 "completion_percent", "time_elapsed_percent", "status")} == {
        "value": "300", "state": "value", "ytd": "420", "target": "1634", "stage_target": "1634",
        "completion_percent": "25.7", "time_elapsed_percent": "33.3", "status": "behind"}
    assert rows["jobs_driven"]["state"] == "na"
    assert rows["first_visit_rate"]["state"] == "empty" and rows["first_visit_rate"]["status"] == "missing"
    # --json carries the codes; the text output says the Chinese labels
    assert cli("entry", "show", "--period", "2023-04") == 0
    text = capsys.readouterr().out
    assert "｜滞后" in text and "｜未填" in text and "behind" not in text and "missing" not in text
    petitions = rows["petitions_resolved"]
    assert (petitions["stage_target"], petitions["stage_by"], petitions["time_elapsed_percent"]) == \
        ("1", "2023-10", "40.0")
    assert "gdp" not in rows


def test_refusals_exit_1_with_one_chinese_line(cli, capsys):
    assert cli("entry", "set", "--period", "2023-03", "--indicator", "new_jobs", "--value", "-1") == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("错误：") and "负数" in err and "\n" not in err
    assert cli("entry", "set", "--period", "2023-13", "--indicator", "new_jobs", "--value", "1") == 1
    assert "格式不对" in capsys.readouterr().err
    assert cli("entry", "set", "--period", "2023-03", "--indicator", "nope", "--value", "1") == 1
    assert "没有编号为 nope" in capsys.readouterr().err
    assert cli("entry", "set", "--period", "2023-03", "--indicator", "unemployment_rate",
               "--value", "101") == 1
    assert "0 到 100" in capsys.readouterr().err


def test_clear_and_closed_month_reason(cli, capsys, office_db_path):
    from db.schema import open_database
    from desktop.entry.service import EntryService
    from desktop.plan.store import active_plan
    from desktop.unit import unit_of

    assert cli("entry", "set", "--period", "2023-03", "--indicator", "new_jobs", "--value", "120") == 0
    db = open_database(office_db_path)
    EntryService(db, active_plan(db), unit_of(db), User("张三", "admin")).close_period("2023-03")
    db.close()
    capsys.readouterr()
    assert cli("entry", "set", "--period", "2023-03", "--indicator", "new_jobs", "--value", "") == 1
    assert "原因" in capsys.readouterr().err
    assert cli("entry", "set", "--period", "2023-03", "--indicator", "new_jobs", "--value", "",
               "--reason", "重复填报", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["old"], data["new"], data["state"]) == ("120", "", "empty")


def test_wrong_password_is_refused(cli, capsys, monkeypatch):
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "wrong-pass")
    assert cli("entry", "show", "--period", "2023-03") == 1
    assert "密码" in capsys.readouterr().err


def test_district_enters_milestones_with_a_date(tmp_path, monkeypatch, capsys):
    from desktop.system.provision import initialise

    path = tmp_path / "区汇总.sqlite"
    initialise(path, district=True, office_code=None, admin="李四", password="abc12345",
               passphrase="key-pass-2023")
    monkeypatch.setenv("STREET_LEDGER_USER", "李四")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    run = lambda *a: main(["--db", str(path), *a])  # noqa: E731
    assert run("entry", "set", "--period", "2023-06", "--indicator", "green_weiyuan",
               "--value", "已完成", "--date", "2023-06-28", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["milestone_status"], data["done_on"], data["status"]) == ("completed", "2023-06-28", "done")
    assert run("entry", "set", "--period", "2023-06", "--indicator", "road_guapuqiao",
               "--value", "已完成", "--date", "2026-01-01") == 1
    assert "不在计划年度内" in capsys.readouterr().err
    assert run("entry", "set", "--period", "2023-06", "--indicator", "new_jobs", "--value", "5") == 1
    assert "不填报该指标" in capsys.readouterr().err
