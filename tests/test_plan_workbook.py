"""Plan versions as workbooks: export, edit in Excel (openpyxl here), import with every error
located, the district's signature checked at the office, new register columns, plan_mismatch."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from db import plans as plan_rows
from db.register_tables import column_names
from db.schema import open_database
from desktop.security import signing
from desktop.security.auth import User, login
from desktop.exchange.export import SignOff, export_period
from desktop.main import main
from desktop.exchange.merge import merge_files
from desktop.plan.canonical import plan_digest
from desktop.plan.store import active_plan
from desktop.plan.workbook_import import district_fingerprint, read_rows
from desktop.plan.workbook_parse import plan_from_sheets
from desktop.system.provision import initialise
from desktop.unit import unit_of
from desktop.registers.schema import ensure_tables
from desktop.security.trust import add_key_file

SUPERVISOR = User("区汇总员", "supervisor")
DISTRICT_PASSPHRASE = "district-pass-1"


@pytest.fixture
def district(tmp_path, monkeypatch):
    path = tmp_path / "区汇总.sqlite"
    initialise(path, district=True, office_code=None, admin="区汇总员", password="abc12345",
               passphrase=DISTRICT_PASSPHRASE)
    monkeypatch.setenv("STREET_LEDGER_USER", "区汇总员")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", DISTRICT_PASSPHRASE)
    return path


def cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def as_office(monkeypatch, user="张三", password="abc12345"):
    monkeypatch.setenv("STREET_LEDGER_USER", user)
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", password)


def active(path):
    db = open_database(path)
    try:
        return active_plan(db)
    finally:
        db.close()


def export(capsys, db_path, out):
    code, text, err = cli(capsys, "--db", db_path, "plan", "export", out, "--json")
    assert code == 0, err
    return json.loads(text)


def row_of(ws, column: int, value) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, column).value == value)


def edit(src: Path, out: Path, change) -> Path:
    wb = openpyxl.load_workbook(src)
    change(wb)
    wb.save(out)
    return out


def version_2(wb):
    """The district's next version: a new version number, a changed target, a new parking field."""
    readme = wb["说明"]
    readme.cell(row_of(readme, 1, "版本"), 2).value = 2
    ind = wb["指标"]
    ind.cell(row_of(ind, 1, "fiscal_revenue"), 8).value = 65
    wb["台账字段"].append(["parking", "停车泊位", None, None, "owner_phone", "产权单位电话", "phone"])


def test_round_trip_gives_an_equal_plan(tmp_path, capsys, district):
    data = export(capsys, district, tmp_path / "计划.xlsx")
    plan = active(district)
    assert data["signed"] is True and data["fingerprint"]
    assert data["rows"]["指标"] == len(plan.indicators) == 77
    assert data["rows"]["任务分解"] == len(plan.assignments)
    assert data["rows"]["街道"] == 13

    back = plan_from_sheets(read_rows(tmp_path / "计划.xlsx"), "计划.xlsx")
    assert back == plan                                   # every model field, raw excepted
    assert plan_digest(back) == plan_digest(plan)
    assert back.indicator("fiscal_revenue").target == Decimal(62)
    assert back.indicator("fiscal_revenue_growth").stretch == Decimal(20)
    assert back.register("unemployed").field("employment_status").choice_list == "employment_status"
    assert back.indicator("reemployed").source["where"] == {"employment_status": ["已再就业", "灵活就业"]}

    wb = openpyxl.load_workbook(tmp_path / "计划.xlsx")
    assert wb.sheetnames[:8] == ["说明", "领域", "措施", "指标", "台账字段", "选项", "街道", "任务分解"]
    assert wb["指标"].freeze_panes == "A2"
    assert wb["签名信息"].sheet_state == "veryHidden"

    # the same version again is not newer: refused, nothing installed
    code, out, err = cli(capsys, "--db", district, "plan", "import", tmp_path / "计划.xlsx", "--dry-run")
    assert code == 1 and "不比本库现行的第1版新" in err


def test_district_installs_an_edited_unsigned_workbook_and_reexports_it_signed(tmp_path, capsys, district):
    export(capsys, district, tmp_path / "v1.xlsx")
    edited = edit(tmp_path / "v1.xlsx", tmp_path / "v2.xlsx", version_2)

    code, out, err = cli(capsys, "--db", district, "plan", "import", edited, "--dry-run", "--json")
    assert code == 0, err
    assert json.loads(out)["installed"] is False and active(district).version == 1

    code, out, err = cli(capsys, "--db", district, "plan", "import", edited, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert (result["version"], result["previous_version"], result["signature"]) == (2, 1, "tampered")
    plan = active(district)
    assert plan.version == 2
    assert plan.indicator("fiscal_revenue").target == Decimal(65)
    assert plan.register("parking").field("owner_phone").type == "phone"
    db = open_database(district)
    try:
        assert [v["version"] for v in plan_rows.versions(db)] == [1, 2]
        assert "owner_phone" in column_names(db, "reg_parking")
        logged = db.execute("SELECT action, new FROM audit_log WHERE action = '安装计划' ORDER BY id").fetchall()
        assert logged[-1][1].startswith("第2版") and "v2.xlsx" in logged[-1][1]
    finally:
        db.close()

    data = export(capsys, district, tmp_path / "v2-signed.xlsx")
    back = plan_from_sheets(read_rows(tmp_path / "v2-signed.xlsx"), "v2-signed.xlsx")
    assert data["signed"] and back == plan and back.version == 2


def test_every_error_is_reported_with_sheet_and_row(tmp_path, capsys, district):
    export(capsys, district, tmp_path / "v1.xlsx")

    def break_things(wb):
        version_2(wb)
        ind = wb["指标"]
        ind.cell(row_of(ind, 1, "gdp"), 6).value = "weird"                 # unknown kind
        ind.cell(row_of(ind, 1, "startup_park"), 8).value = -3             # negative target
        ind.append(["gdp", "富民工程", "fumin.economy", "地区生产总值", "亿元", "amount", "at_least", 1])
        wb["任务分解"].append(["XYZ", "不存在街道", "new_jobs", "新增就业岗位", "个", 5])
        wb["台账字段"].append(["parking", "停车泊位", None, None, "Bad Id", "坏字段", "text"])

    broken = edit(tmp_path / "v1.xlsx", tmp_path / "broken.xlsx", break_things)
    ind = openpyxl.load_workbook(broken)["指标"]
    gdp, park, dup = row_of(ind, 1, "gdp"), row_of(ind, 1, "startup_park"), ind.max_row
    last_assignment = openpyxl.load_workbook(broken)["任务分解"].max_row
    last_field = openpyxl.load_workbook(broken)["台账字段"].max_row

    code, out, err = cli(capsys, "--db", district, "plan", "import", broken, "--json")
    assert code == 1
    errors = json.loads(out)["errors"]
    expected = [
        f"「指标」第{gdp}行 指标 gdp（地区生产总值（GDP））：未知的指标类型 'weird'",
        f"「指标」第{park}行 指标 startup_park（打造特色创业园）：目标不能为负数",
        f"「指标」第{dup}行 指标 gdp（地区生产总值）：编号 gdp 重复",
        f"「任务分解」第{last_assignment}行 任务分解 [XYZ] new_jobs：该街道不在街道名单中",
        f"「台账字段」第{last_field}行：「字段编号」'Bad Id' 只能用小写英文字母",
    ]
    for text in expected:
        assert any(e.startswith(text) for e in errors), (text, errors)
    assert len(errors) == len(expected)
    assert active(district).version == 1                       # nothing installed

    code, out, err = cli(capsys, "--db", district, "plan", "import", broken)
    assert code == 1 and "计划工作簿有 5 处错误，未导入" in out and f"「指标」第{dup}行" in out


def _district_v2(tmp_path, capsys, district) -> Path:
    export(capsys, district, tmp_path / "v1.xlsx")
    edited = edit(tmp_path / "v1.xlsx", tmp_path / "v2-edited.xlsx", version_2)
    assert cli(capsys, "--db", district, "plan", "import", edited)[0] == 0
    return Path(export(capsys, district, tmp_path / "区计划第2版.xlsx")["file"])


def test_office_installs_the_district_signed_version_and_gets_the_new_column(
        tmp_path, capsys, district, office_db_path, monkeypatch):
    signed = _district_v2(tmp_path, capsys, district)
    district_fp = export(capsys, district, tmp_path / "again.xlsx")["fingerprint"]
    as_office(monkeypatch)
    db = open_database(office_db_path)
    try:
        ensure_tables(db, active_plan(db))                    # the office's tables under version 1
        assert "owner_phone" not in column_names(db, "reg_parking")
    finally:
        db.close()

    # a tampered district workbook: one target changed in Excel
    tampered = edit(signed, tmp_path / "tampered.xlsx",
                    lambda wb: setattr(wb["任务分解"].cell(2, 6), "value", 999))
    code, out, err = cli(capsys, "--db", office_db_path, "plan", "import", tampered, "--trust-fingerprint", district_fp)
    assert code == 1 and "未通过签名校验" in err and "内容已被改动" in err

    # first import: the fingerprint must be confirmed, and must be the file's
    code, out, err = cli(capsys, "--db", office_db_path, "plan", "import", signed)
    assert code == 1 and f"签名密钥指纹为 {district_fp}" in err and "--trust-fingerprint" in err
    code, out, err = cli(capsys, "--db", office_db_path, "plan", "import", signed, "--trust-fingerprint", "0000 1111")
    assert code == 1 and "不符" in err
    assert active(office_db_path).version == 1

    code, out, err = cli(capsys, "--db", office_db_path, "plan", "import", signed,
                         "--trust-fingerprint", district_fp.replace(" ", "").lower(), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["trusted_now"] is True and result["version"] == 2
    assert result["changes"] == ["add reg_parking.owner_phone"]
    db = open_database(office_db_path)
    try:
        assert active_plan(db).indicator("fiscal_revenue").target == Decimal(65)
        assert "owner_phone" in column_names(db, "reg_parking")
        assert district_fingerprint(db) == district_fp
        assert db.execute("SELECT COUNT(*) FROM audit_log WHERE action = '信任区里密钥'").fetchone()[0] == 1
    finally:
        db.close()


def test_office_refuses_a_plan_signed_by_another_key(tmp_path, capsys, district, office_db_path, monkeypatch):
    signed = _district_v2(tmp_path, capsys, district)
    district_fp = export(capsys, district, tmp_path / "again.xlsx")["fingerprint"]
    # another "district" signs its own version 3 of the same plan
    other = tmp_path / "冒充.sqlite"
    initialise(other, district=True, office_code=None, admin="区汇总员", password="abc12345",
               passphrase=DISTRICT_PASSPHRASE)
    export(capsys, other, tmp_path / "o1.xlsx")
    o3 = edit(tmp_path / "o1.xlsx", tmp_path / "o3.xlsx",
              lambda wb: setattr(wb["说明"].cell(row_of(wb["说明"], 1, "版本"), 2), "value", 3))
    assert cli(capsys, "--db", other, "plan", "import", o3)[0] == 0
    forged = export(capsys, other, tmp_path / "冒充第3版.xlsx")["file"]

    as_office(monkeypatch)
    assert cli(capsys, "--db", office_db_path, "plan", "import", signed, "--trust-fingerprint", district_fp)[0] == 0
    code, out, err = cli(capsys, "--db", office_db_path, "plan", "import", forged)
    assert code == 1 and "不是本街道信任的区里密钥" in err
    # an unsigned workbook (an office's own export is not signed) is refused too
    unsigned = export(capsys, office_db_path, tmp_path / "街道导出.xlsx")
    assert unsigned["signed"] is False
    code, out, err = cli(capsys, "--db", office_db_path, "plan", "import", unsigned["file"])
    assert code == 1 and "未通过签名校验" in err and "没有数字签名" in err
    assert active(office_db_path).version == 2


def test_a_workbook_exported_under_the_old_plan_version_is_plan_mismatch(
        tmp_path, capsys, district, demo_db_path, monkeypatch):
    sign_off = SignOff("王芳", "李强", "赵明", "025-83000000")

    def office_export(period: str) -> Path:
        db = open_database(demo_db_path)
        try:
            user = login(db, "demo", "demo2023")
            return export_period(db, active_plan(db), unit_of(db), user, period, folder=tmp_path / "out",
                                 sign_off=sign_off, passphrase="demo-key-2023").path
        finally:
            db.close()

    old = office_export("2023-09")                             # under version 1
    db = open_database(demo_db_path)
    try:
        pub = signing.export_public_key(db, tmp_path / "nhl.pub", user=User("demo", "admin"))
    finally:
        db.close()
    ddb = open_database(district)
    try:
        add_key_file(ddb, pub, "NHL", user=SUPERVISOR)
    finally:
        ddb.close()

    signed = _district_v2(tmp_path, capsys, district)
    district_fp = export(capsys, district, tmp_path / "again.xlsx")["fingerprint"]
    ddb = open_database(district)
    try:
        [outcome] = merge_files(ddb, [old], user=SUPERVISOR)
        assert outcome.status == "plan_mismatch"
        assert "第1版导出" in outcome.reason and "第2版" in outcome.reason
        assert ddb.execute("SELECT COUNT(*) FROM merged_values").fetchone()[0] == 0
    finally:
        ddb.close()

    as_office(monkeypatch, "demo", "demo2023")
    assert cli(capsys, "--db", demo_db_path, "plan", "import", signed, "--trust-fingerprint", district_fp)[0] == 0
    new = office_export("2023-09")                             # the same month again, under version 2
    ddb = open_database(district)
    try:
        [outcome] = merge_files(ddb, [new], user=SUPERVISOR)
        assert outcome.status == "merged", outcome.reason
    finally:
        ddb.close()


def test_plan_page_exports_the_signed_workbook_off_the_ui_thread(qtbot, tmp_path, district, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from ui import file_dialogs

    from desktop.session import Session
    from ui.pages.plan_page import PlanPage

    db = open_database(district)
    session = Session.start(district, db, login(db, "区汇总员", "abc12345"))
    target = tmp_path / "界面导出.xlsx"
    shown = []
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(target))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (DISTRICT_PASSPHRASE, True))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    try:
        page = PlanPage(session)
        qtbot.addWidget(page)
        from ui.pages.plan_transfer import PlanTransfer
        transfer = page.findChild(PlanTransfer)
        assert transfer.import_button.isVisibleTo(page)          # the supervisor may import
        transfer.export_button.click()
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
        assert "已用区里密钥签名" in shown[0] and target.exists()
        assert plan_from_sheets(read_rows(target), target.name) == session.plan
    finally:
        db.close()
