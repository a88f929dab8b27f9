"""Exporting a month whose content equals its last revision makes no new revision and says so
(「与第N版内容相同，未生成新版本」); a changed month makes 第2版."""
from __future__ import annotations

import json

import pytest

from db import audit
from desktop.security.auth import User, login
from desktop.entry.service import EntryService
from desktop.exchange.export import SignOff, export_period, history
from desktop.main import main
from desktop.plan.store import active_plan
from desktop.unit import unit_of

SIGN = SignOff("张三", "李四", "王五", "025-83000000")


@pytest.fixture
def plan(office_db):
    return active_plan(office_db)


def _export(db, plan, folder, period="2023-11", sign_off=SIGN, at=None):
    return export_period(db, plan, unit_of(db), login(db, "张三", "abc12345"), period, folder=folder,
                         sign_off=sign_off, passphrase="key-pass-2023", exported_at=at)


def test_unchanged_re_export_makes_no_revision(office_db, plan, tmp_path):
    EntryService(office_db, plan, unit_of(office_db), User("张三", "admin")).set_text("new_jobs", "2023-11", "12")
    first = _export(office_db, plan, tmp_path, at="2023-12-02T09:00:00")
    again = _export(office_db, plan, tmp_path, at="2023-12-03T10:30:00")   # another day, same content
    assert not first.unchanged and first.revision == 1
    assert again.unchanged and again.revision == 1 and again.path == first.path
    assert again.message == "与第1版内容相同，未生成新版本"
    assert [h["revision"] for h in history(office_db, unit_of(office_db))] == [1]
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == [first.path.name]
    assert audit.recent(office_db, 1)[0]["new"] == "与第1版内容相同，未生成新版本"


def test_changed_month_makes_revision_two(office_db, plan, tmp_path):
    service = EntryService(office_db, plan, unit_of(office_db), User("张三", "admin"))
    service.set_text("new_jobs", "2023-11", "12")
    _export(office_db, plan, tmp_path)
    service.set_text("new_jobs", "2023-11", "15", reason="社保局反馈漏报3人")
    second = _export(office_db, plan, tmp_path)
    assert not second.unchanged and second.revision == 2 and second.path.name.endswith("第2版.xlsx")
    # a different sign-off is different content too
    third = _export(office_db, plan, tmp_path, sign_off=SignOff("张三", "赵六", "王五", "025-83000000"))
    assert third.revision == 3


def test_a_change_undone_leaves_nothing_to_re_export(office_db, plan, tmp_path):
    service = EntryService(office_db, plan, unit_of(office_db), User("张三", "admin"))
    service.set_text("new_jobs", "2023-11", "12")
    _export(office_db, plan, tmp_path)
    service.set_text("new_jobs", "2023-11", "15", reason="社保局反馈漏报3人")
    service.set_text("new_jobs", "2023-11", "12", reason="核对后仍为12人")
    result = _export(office_db, plan, tmp_path)
    assert result.unchanged and result.revision == 1


def test_cli_says_unchanged_and_exits_0(office_db_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "key-pass-2023")
    args = ["--db", str(office_db_path), "export", "--period", "2023-11", "--filler", "张三",
            "--reviewer", "李四", "--head", "王五", "--phone", "025-83000000"]
    monkeypatch.chdir(tmp_path)
    assert main(args) == 0
    assert "第1版" in capsys.readouterr().out
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == "与第1版内容相同，未生成新版本"
    assert main(args + ["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unchanged"] is True and data["revision"] == 1 and data["message"] == "与第1版内容相同，未生成新版本"
    assert len(list(tmp_path.glob("*.xlsx"))) == 1
