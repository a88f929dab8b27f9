"""审核公式 at export: pass, warn (提示), block (必须) without and with an explanation, the
explanation in the signed workbook (verify passes, tampering fails), the command line, and the
district's verify and merge showing what the office explained."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from db.schema import open_database
from desktop.entry.closing import is_closed
from desktop.entry.rule_check import check_rules, failing_rules
from desktop.errors import UserError
from desktop.exchange.export import SignOff, export_period
from desktop.exchange.merge import merge_files, verify_files
from desktop.exchange.office_verify import verify_own
from desktop.exchange.rule_sheet import RULE_SHEET, read_rule_notes
from desktop.exchange.workbook.reader import read_signed
from desktop.main import main
from desktop.registers.records import find_register, save_record
from desktop.security.auth import User, login
from desktop.security.trust import add_key_file
from desktop.session import Session

from rule_case import BLOCKING, install_rules
from submission_factory import PASSPHRASE, PASSWORD, make_district, make_office, person, public_key_file

SIGN = SignOff("张三", "李四", "王五", "025-83000000")
EXPLAINED = "三月培训班推迟到四月开班，再就业人员将补培训"


@pytest.fixture
def strict(demo_db_path):
    install_rules(demo_db_path, [BLOCKING])
    db = open_database(demo_db_path)
    s = Session.start(demo_db_path, db, login(db, "demo", "demo2023"))
    yield s
    db.close()


def export(s, tmp_path, period="2023-03", **kw):
    return export_period(s.db, s.plan, s.unit, s.user, period, folder=tmp_path / "报送表", sign_off=SIGN,
                         passphrase="demo-key-2023", **kw)


def test_shipped_rules_pass_in_march_and_the_workbook_has_no_rule_sheet(demo_db_path, tmp_path):
    db = open_database(demo_db_path)
    s = Session.start(demo_db_path, db, login(db, "demo", "demo2023"))
    try:
        results = check_rules(db, s.plan, s.unit, "2023-03")
        assert [r.rule.id for r in results] == [r.id for r in s.plan.rules]
        assert all(r.judged and r.passed for r in results)
        result = export(s, tmp_path)
        assert RULE_SHEET not in read_signed(result.path).sheets
    finally:
        db.close()


def test_a_failing_hint_warns_but_exports_and_is_carried(demo_db_path, tmp_path):
    db = open_database(demo_db_path)
    s = Session.start(demo_db_path, db, login(db, "demo", "demo2023"))
    try:
        failing = failing_rules(db, s.plan, s.unit, "2023-10")
        assert [(r.rule.id, r.rule.importance) for r in failing] == [("R05", "提示")]
        assert failing[0].left > failing[0].right
        result = export(s, tmp_path, period="2023-10")
        notes = read_rule_notes(read_signed(result.path).sheets)
        assert [(n["编号"], n["重要程度"], n["说明"]) for n in notes] == [("R05", "提示", "")]
        assert notes[0]["左边值"] == str(failing[0].left)
    finally:
        db.close()


def test_a_failing_must_rule_blocks_the_export_without_an_explanation(strict, tmp_path):
    [blocked] = [r for r in failing_rules(strict.db, strict.plan, strict.unit, "2023-03") if r.blocking]
    assert blocked.rule.id == "R90" and blocked.left < blocked.right
    for explanations in (None, {"R90": ""}, {"R90": "x"}, {"R90": "m8"}):
        with pytest.raises(UserError) as caught:
            export(strict, tmp_path, explanations=explanations)
        assert "审核公式 R90 未通过" in caught.value.message and "培训人次应不少于再就业人数" in caught.value.message
    assert not is_closed(strict.db, "NHL", "2023-03")
    assert not (tmp_path / "报送表").exists() or not list((tmp_path / "报送表").iterdir())


def test_an_explanation_for_a_rule_the_plan_lacks_is_refused(strict, tmp_path):
    with pytest.raises(UserError, match="没有编号为 R99 的审核公式"):
        export(strict, tmp_path, explanations={"R90": EXPLAINED, "R99": "多写的一条说明"})


def test_an_explained_must_rule_exports_signed_and_tampering_with_it_fails_verify(strict, tmp_path):
    result = export(strict, tmp_path, explanations={"R90": EXPLAINED})
    assert verify_own(strict.db, result.path).status == "verified"
    notes = read_rule_notes(read_signed(result.path).sheets)
    assert [(n["编号"], n["重要程度"], n["关系"], n["说明"]) for n in notes] == [("R90", "必须", "≥", EXPLAINED)]
    assert is_closed(strict.db, "NHL", "2023-03")
    book = load_workbook(result.path)
    sheet = book[RULE_SHEET]
    assert sheet.cell(row=2, column=9).value == EXPLAINED
    sheet.cell(row=2, column=9).value = "另一种说法，原因是别的"
    book.save(result.path)
    assert verify_own(strict.db, result.path).status == "tampered"


def test_another_explanation_is_another_revision(strict, tmp_path):
    first = export(strict, tmp_path, explanations={"R90": EXPLAINED})
    same = export(strict, tmp_path, explanations={"R90": EXPLAINED})
    assert same.unchanged and same.revision == first.revision
    other = export(strict, tmp_path, explanations={"R90": "培训记录尚未录入台账，下月补录"})
    assert not other.unchanged and other.revision == first.revision + 1


def cli_export(path, out, *explain):
    args = ["--db", str(path), "--user", "demo", "export", "--period", "2023-03", "--out", str(out),
            "--filler", "张三", "--reviewer", "李四", "--head", "王五", "--phone", "025-83000000"]
    for e in explain:
        args += ["--explain", e]
    return main(args)


def test_the_command_line_refuses_without_and_exports_with_explain(demo_db_path, tmp_path, monkeypatch, capsys):
    install_rules(demo_db_path, [BLOCKING])
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "demo2023")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "demo-key-2023")
    out = tmp_path / "三月.xlsx"
    assert cli_export(demo_db_path, out) == 1
    said = capsys.readouterr()
    assert "审核公式 R90 未通过" in said.err + said.out and not out.exists()
    assert cli_export(demo_db_path, out, "R90") == 1
    assert "应写成 审核公式编号=说明" in capsys.readouterr().err
    assert cli_export(demo_db_path, out, f"R90＝{EXPLAINED}") == 0
    assert "审核公式未通过（必须）：R90" in capsys.readouterr().out
    assert read_rule_notes(read_signed(out).sheets)[0]["说明"] == EXPLAINED
    assert main(["--db", str(demo_db_path), "verify", str(out)]) == 0


def test_the_district_sees_the_failing_rules_and_explanations(tmp_path):
    office = make_office(tmp_path, "NHL")
    district = make_district(tmp_path / "区.sqlite")
    db = open_database(office)
    try:
        s = Session.start(office, db, login(db, "填报员", PASSWORD))
        # registered last December, back at work in January: more re-employed than registered (R05)
        save_record(db, s.plan, find_register(s.plan, "unemployed"), "NHL",
                    person(1, "颐和路社区", registered_on=date(2022, 12, 15), employment_status="已再就业",
                           employed_on=date(2023, 1, 10), employer="鼓楼区某物业公司"), user=s.user)
        assert [r.rule.id for r in failing_rules(db, s.plan, s.unit, "2023-01")] == ["R05"]
        result = export_period(db, s.plan, s.unit, s.user, "2023-01", folder=tmp_path / "出", sign_off=SIGN,
                               passphrase=PASSPHRASE, explanations={"R05": "上年12月登记的人员本月再就业"})
    finally:
        db.close()
    ddb = open_database(district)
    try:
        supervisor = User("区汇总员", "supervisor")
        add_key_file(ddb, public_key_file(office, tmp_path), "NHL", user=supervisor)
        [checked] = verify_files(ddb, [result.path])
        assert checked.status == "verified" and "R05" in checked.reason and "上年12月登记的人员本月再就业" in checked.reason
        [merged] = merge_files(ddb, [result.path], user=supervisor)
        assert merged.status == "merged"
        assert "审核公式未通过 1 条：R05" in merged.reason and "说明：上年12月登记的人员本月再就业" in merged.reason
        logged = ddb.execute("SELECT new FROM audit_log WHERE action = '合并报送表'").fetchall()
        assert any("说明：上年12月登记的人员本月再就业" in row[0] for row in logged)
    finally:
        ddb.close()
