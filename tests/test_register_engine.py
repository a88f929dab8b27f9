"""The register engine: tables from the plan, checks, soft deletion, audit, search, derived
indicators, schema migration when a plan version adds a field, and the CLI."""
from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from db import audit
from db.register_tables import schema_changes
from desktop.entry.derived import derived_month_values, describe_source
from desktop.main import main
from desktop.plan.model import Field
from desktop.plan.store import active_plan
from desktop.registers import records
from desktop.registers.export import export_register
from desktop.registers.privacy import may_see_id_numbers
from desktop.registers.query import Filter, matching_ids, search_spec
from desktop.registers.schema import ensure_tables
from desktop.security.auth import User
from register_lists import people, valid_id, write_clean

TODAY = date(2026, 1, 1)
ADMIN = User("张三", "admin")


@pytest.fixture
def plan(office_db):
    return active_plan(office_db)


def _person(plan, db, name, number, **extra):
    raw = {"name": name, "id_number": number, "community": "颐和路社区", "registered_on": "2023-03-05", **extra}
    return records.save_record(db, plan, plan.register("unemployed"), "NHL", raw, user=ADMIN, today=TODAY)


def test_required_unless_employment_status(plan, office_db):
    number = valid_id("320106", date(1980, 1, 1), 101)
    with pytest.raises(records.RecordInvalid) as exc:
        _person(plan, office_db, "甲", number, employment_status="已再就业")
    assert set(exc.value.checked.errors) == {"employed_on", "employer"}
    assert "就业状态不是“失业”时必填" in exc.value.message
    rid = _person(plan, office_db, "甲", number, employment_status="已再就业", employed_on="2023-06-01",
                  employer="苏果超市")
    assert records.load_record(office_db, plan.register("unemployed"), rid)["sex"] == "男"


def test_unique_among_live_records_and_soft_delete_with_reason(plan, office_db):
    reg = plan.register("unemployed")
    number = valid_id("320106", date(1980, 1, 1), 102)
    rid = _person(plan, office_db, "乙", number)
    with pytest.raises(records.RecordInvalid, match="已有相同公民身份号码"):
        _person(plan, office_db, "乙二", number)
    with pytest.raises(Exception, match="原因"):
        records.delete_record(office_db, reg, rid, user=ADMIN, reason=" ")
    records.delete_record(office_db, reg, rid, user=ADMIN, reason="重复登记")
    assert records.load_record(office_db, reg, rid)["deleted_reason"] == "重复登记"
    again = _person(plan, office_db, "乙", number)      # unique only among records not deleted
    assert again != rid
    actions = [e["action"] for e in audit.recent(office_db, 10)]
    assert actions[:3] == ["新增台账记录", "删除台账记录", "新增台账记录"]
    assert audit.verify_chain(office_db) is None


def test_ranges_decimals_and_elderly_age_warning(plan, office_db):
    with pytest.raises(records.RecordInvalid, match="不能大于 1000"):
        _person(plan, office_db, "丙", valid_id("320106", date(1980, 1, 1), 103), loan_amount="1200")
    checked = records.check_record(office_db, plan, plan.register("elderly"), "NHL",
                                   {"name": "丁", "id_number": valid_id("320106", date(1970, 1, 1), 104),
                                    "community": "颐和路社区", "registered_on": "2023-01-01"}, today=TODAY)
    assert checked.ok and "未满 60 岁" in checked.warnings["id_number"]


def test_child_logs_and_export_api(plan, office_db, tmp_path):
    reg = plan.register("unemployed")
    training = reg.logs[0]
    rid = _person(plan, office_db, "戊", valid_id("320106", date(1980, 1, 1), 105), phone="13800000000",
                  loan_amount="5", note="=SUM(A1)")
    records.save_log_row(office_db, plan, reg, training, rid, {"date": "2023-05-06", "course": "电工",
                                                              "hours": "40", "certified": "是"}, user=ADMIN)
    [rec] = list(records.iter_records(office_db, plan, "unemployed", "NHL"))
    assert rec.values["loan_amount"] == Decimal("5.00") and rec.values["registered_on"] == date(2023, 3, 5)
    [log] = list(records.iter_log_rows(office_db, plan, "unemployed", "training", "NHL"))
    assert (log.record_id, log.values["hours"], log.values["certified"]) == (rid, 40, True)
    export_register(office_db, plan, "unemployed", "NHL", tmp_path / "out.xlsx", user=ADMIN)
    book = load_workbook(tmp_path / "out.xlsx")
    ws = book["失业人员实名登记"]
    header = [c.value for c in ws[1]]
    row = {h: c for h, c in zip(header, ws[2])}
    assert row["公民身份号码"].data_type == "s" and row["联系电话"].value == "13800000000"
    assert row["联系电话"].data_type == "s" and row["备注"].value == "=SUM(A1)" and row["备注"].data_type == "s"
    assert ws.freeze_panes == "A2"
    assert book["失业人员实名登记-培训记录"].max_row == 2


def test_derived_month_values_follow_the_plan_source(plan, office_db):
    reg = plan.register("unemployed")
    _person(plan, office_db, "己", valid_id("320106", date(1980, 1, 1), 106), employment_status="已再就业",
            employed_on="2023-06-01", employer="店", registered_on="2023-02-01")
    gone = _person(plan, office_db, "庚", valid_id("320106", date(1981, 1, 1), 107), employment_status="灵活就业",
                   employed_on="2023-06-20", employer="网店", registered_on="2023-02-03")
    _person(plan, office_db, "辛", valid_id("320106", date(1982, 1, 1), 108), employment_status="自主创业",
            employed_on="2023-07-01", employer="面馆", loan_amount="10.5", loan_date="2023-07-02")
    reemployed = plan.indicator("reemployed")
    assert derived_month_values(office_db, plan, "NHL", reemployed) == {"2023-06": Decimal(2)}
    records.delete_record(office_db, reg, gone, user=ADMIN, reason="迁出")
    assert derived_month_values(office_db, plan, "NHL", reemployed) == {"2023-06": Decimal(1)}
    assert derived_month_values(office_db, plan, "NHL", plan.indicator("microloans")) == {"2023-07": Decimal("10.50")}
    assert derived_month_values(office_db, plan, "NHL", plan.indicator("registrations")) == {
        "2023-02": Decimal(1), "2023-03": Decimal(1)}
    assert describe_source(plan, reemployed).startswith("由台账「失业人员实名登记」按「就业日期」")


def test_a_plan_version_that_adds_a_field_adds_the_column(plan, office_db):
    ensure_tables(office_db, plan)
    reg = plan.register("parking")
    bigger = dataclasses.replace(reg, fields=reg.fields + (Field(id="operator", label="运营单位", type="text"),))
    newer = dataclasses.replace(plan, version=2, registers=tuple(bigger if r.id == "parking" else r
                                                                 for r in plan.registers))
    assert ensure_tables(office_db, newer) == ["add reg_parking.operator"]
    change = schema_changes(office_db)[-1]
    assert (change["change"], change["column_name"], change["plan_version"]) == ("add_column", "operator", 2)
    assert ensure_tables(office_db, newer) == []


def test_search_filters_sort_and_role_rule(plan, office_db):
    reg = plan.register("unemployed")
    a = _person(plan, office_db, "王小明", valid_id("320106", date(1980, 1, 1), 109), phone="13900001111",
                categories="失业党员")
    b = _person(plan, office_db, "李红", valid_id("110105", date(1990, 1, 1), 110), phone="13800002222",
                community="江苏路社区")
    ids = lambda text="", filters=(), **kw: matching_ids(office_db, search_spec(reg, "NHL", text, filters, user=ADMIN, **kw))
    assert ids("王") == [a] and ids("1101") == [b] and ids("139000") == [a] and ids("") == [a, b]
    assert ids(filters=(Filter("community", "江苏路社区"),)) == [b]
    assert ids(filters=(Filter("categories", "失业党员"),)) == [a]
    assert ids(sort="name") == [b, a] and ids(sort="name", descending=True) == [a, b]   # 李 < 王 by code point
    with pytest.raises(ValueError):
        search_spec(reg, "NHL", sort="name; DROP TABLE x", user=ADMIN)
    assert ids("%") == [] and ids("'") == []
    assert may_see_id_numbers("admin") and may_see_id_numbers("supervisor")
    assert not may_see_id_numbers("clerk") and not may_see_id_numbers("reviewer")


def test_cli_list_import_export(office_db_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    base = ["--db", str(office_db_path)]
    write_clean(tmp_path / "名单.xlsx", people(4))
    assert main(base + ["register", "import", "失业人员实名登记", str(tmp_path / "名单.xlsx"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 4
    errors = tmp_path / "未导入.xlsx"
    assert main(base + ["register", "import", "unemployed", str(tmp_path / "名单.xlsx"),
                        "--errors", str(errors)]) == 3
    assert "重复 4 行" in capsys.readouterr().out and errors.exists()
    assert main(base + ["register", "list", "--json"]) == 0
    listed = {d["id"]: d["records"] for d in json.loads(capsys.readouterr().out)}
    assert listed == {"unemployed": 4, "elderly": 0, "parking": 0}
    assert main(base + ["register", "export", "unemployed", "--out", str(tmp_path / "导出.xlsx")]) == 0
    assert load_workbook(tmp_path / "导出.xlsx").active.max_row == 5
    assert main(base + ["register", "import", "nosuch", str(tmp_path / "名单.xlsx")]) == 1


def test_core_layers_do_not_import_qt():
    import pathlib
    import re
    root = pathlib.Path(__file__).resolve().parents[1]
    imports_qt = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)
    for folder in ("db", "desktop"):
        for path in (root / folder).rglob("*.py"):
            assert not imports_qt.search(path.read_text(encoding="utf-8")), path
