"""Feedback to offices (退回意见): the district writes it signed, the office imports it only from
the district key it trusts and only unchanged, answers (a note, or a corrected value with the
exported-month reason), and its next revision carries the answers back: 退回待重报 → 已重报."""
from __future__ import annotations

import json
from decimal import Decimal

import openpyxl
import pytest

from db import feedback as feedback_rows
from db.schema import open_database
from desktop.security.auth import User
from desktop.entry.service import EntryService
from desktop.errors import AuthError, UserError
from desktop.feedback.answers import answer, for_indicators, for_records, received
from desktop.feedback.comments import indicator_comment, record_comment
from desktop.feedback.inbox import import_feedback
from desktop.feedback.layout import Comment
from desktop.feedback.status import ANSWERED, WAITING, state_of
from desktop.feedback.write import write_feedback
from desktop.main import main
from desktop.plan.store import active_plan
from desktop.unit import unit_of
from desktop.entry.stale import ReasonRequired
from desktop.district.submissions import build
from desktop.exchange.workbook.reader import read_signed

from feedback_case import CLERK, DISTRICT_PASS, SUPERVISOR, export_month, make_case, merge
from submission_factory import make_district


def _write(case, out, *, district=None, office="NHL", user=SUPERVISOR):
    db = case.open("district") if district is None else open_database(district)
    try:
        plan = active_plan(db)
        comments = [indicator_comment(plan, "new_jobs", "退回重报", "本月新增就业与台账不符，请核实后重报"),
                    record_comment(db, plan, office, "unemployed", str(case.record_no), "请核实", "身份证号与姓名请核实")]
        return write_feedback(db, out, office, "2023-02", comments, user=user, passphrase=DISTRICT_PASS)
    finally:
        db.close()


def test_feedback_round_trip_district_office_next_revision_district(tmp_path):
    case = make_case(tmp_path)
    sent = _write(case, tmp_path / "退回意见.xlsx")
    assert sent.number == 1 and sent.based_on_revision == 1 and sent.needs_resubmit
    # the workbook says the labels, the program holds the codes
    assert [r[6] for r in read_signed(sent.path).sheets["退回意见"][1:]] == ["退回重报", "请核实"]
    db = case.open("district")
    try:
        assert state_of(db, "NHL", "2023-02") == WAITING
        assert build(db, active_plan(db)).cell("NHL", "2023-02").text.endswith("·退回待重报")
    finally:
        db.close()

    db = case.open("office")
    try:
        got = import_feedback(db, sent.path, user=CLERK)
        assert [(c.kind, c.state) for c in got.comments] == [("indicator", "resubmit"), ("record", "check")]
        assert import_feedback(db, sent.path, user=CLERK).already            # a second import changes nothing
        plan, unit = active_plan(db), unit_of(db)
        on_jobs = for_indicators(db, "2023-02")["new_jobs"][0]
        assert on_jobs.text.startswith("本月新增就业") and not on_jobs.answered
        on_record = for_records(db, "unemployed")[case.record_no][0]
        # a corrected value into the exported month needs the reason, like any change to it
        with pytest.raises(ReasonRequired):
            answer(db, plan, unit, on_jobs.id, user=CLERK, note="漏报两家企业", corrected="150")
        assert EntryService(db, plan, unit, CLERK).entry("new_jobs", "2023-02").value == Decimal(120)
        assert not received(db, "2023-02")[0].answered                     # rolled back with the value
        answer(db, plan, unit, on_jobs.id, user=CLERK, note="漏报两家企业", corrected="150", reason="区里退回核实，补报漏报企业")
        answer(db, plan, unit, on_record.id, user=CLERK, note="已核对户籍，身份证号无误")
        assert EntryService(db, plan, unit, CLERK).entry("new_jobs", "2023-02").value == Decimal(150)
        assert db.execute("SELECT COUNT(*) FROM audit_log WHERE action = '答复退回意见'").fetchone()[0] == 2
    finally:
        db.close()

    second = export_month(case.office, tmp_path / "报送")
    assert second.revision == 2
    answers = read_signed(second.path).sheets["意见答复"]
    assert [r[6] for r in answers[1:]] == ["漏报两家企业", "已核对户籍，身份证号无误"] and answers[1][7] == "150"
    assert [r[4] for r in answers[1:]] == ["退回重报", "请核实"]

    assert [r.status for r in merge(case.district, [second.path])] == ["merged"]
    db = case.open("district")
    try:
        assert state_of(db, "NHL", "2023-02") == ANSWERED
        text = build(db, active_plan(db)).cell("NHL", "2023-02").text
        assert text.startswith("第2版") and text.endswith("·已重报")      # exported today: also 迟报
        assert [(a["revision"], a["seq"], a["corrected"]) for a in feedback_rows.answers(db, "NHL", "2023-02")] == \
            [(2, 1, "150"), (2, 2, "")]
    finally:
        db.close()


def test_a_tampered_feedback_file_is_refused(tmp_path):
    case = make_case(tmp_path)
    sent = _write(case, tmp_path / "退回意见.xlsx")
    wb = openpyxl.load_workbook(sent.path)
    wb["退回意见"].cell(2, 8).value = "已确认，无需重报"
    tampered = tmp_path / "改过的意见.xlsx"
    wb.save(tampered)
    db = case.open("office")
    try:
        with pytest.raises(UserError, match="内容已被改动"):
            import_feedback(db, tampered, user=CLERK)
        fake = tmp_path / "伪装的意见.xlsx"
        fake.write_bytes(b"not a workbook at all")
        with pytest.raises(UserError, match="退回意见未导入：.*不是有效的 xlsx"):   # the guard, before any parser
            import_feedback(db, fake, user=CLERK)
        assert received(db) == []
    finally:
        db.close()


def test_feedback_signed_by_an_untrusted_key_or_for_another_office_is_refused(tmp_path):
    case = make_case(tmp_path)
    other = make_district(tmp_path / "另一个区.sqlite", "QH", "秦淮区")
    db = open_database(other)
    try:
        plan = active_plan(db)
        forged = write_feedback(db, tmp_path / "冒名意见.xlsx", "NHL", "2023-02",
                                [indicator_comment(plan, "new_jobs", "退回重报", "请重报")],
                                user=SUPERVISOR, passphrase=DISTRICT_PASS)
    finally:
        db.close()
    db = case.open("district")
    try:
        plan = active_plan(db)
        elsewhere = write_feedback(db, tmp_path / "给湖南路.xlsx", "HNL", "2023-02",
                                   [indicator_comment(plan, "new_jobs", "请核实", "请核实")],
                                   user=SUPERVISOR, passphrase=DISTRICT_PASS)
    finally:
        db.close()
    db = case.open("office")
    try:
        with pytest.raises(UserError, match="不是本街道信任的区里密钥"):
            import_feedback(db, forged.path, user=CLERK)
        with pytest.raises(UserError, match="不是本街道"):
            import_feedback(db, elsewhere.path, user=CLERK)
        with pytest.raises(AuthError):
            import_feedback(db, elsewhere.path, user=User("审核员", "reviewer"))
        assert received(db) == []
    finally:
        db.close()


def test_feedback_rules_at_the_district(tmp_path):
    case = make_case(tmp_path)
    with pytest.raises(AuthError):
        _write(case, tmp_path / "a.xlsx", user=User("录入员", "clerk"))
    db = case.open("district")
    try:
        plan = active_plan(db)
        with pytest.raises(UserError, match="没有记录编号 999"):
            record_comment(db, plan, "NHL", "unemployed", "999", "请核实", "无此人")
        with pytest.raises(UserError, match="状态"):
            indicator_comment(plan, "new_jobs", "驳回", "请重报")
        with pytest.raises(UserError, match="未生成文件"):           # the core checks whatever built them
            write_feedback(db, tmp_path / "a.xlsx", "NHL", "2023-02", [Comment("indicator", "check", "x", indicator_id="nope")],
                           user=SUPERVISOR, passphrase=DISTRICT_PASS)
    finally:
        db.close()
    assert not (tmp_path / "a.xlsx").exists()


def test_feedback_cli_write_import_list_answer(tmp_path, capsys, monkeypatch):
    case = make_case(tmp_path)
    csv_file = tmp_path / "意见.csv"
    csv_file.write_text(f"指标或台账,记录编号,状态,意见\nunemployed,{case.record_no},确认,无误\n", encoding="utf-8")
    monkeypatch.setenv("STREET_LEDGER_USER", "区汇总员")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", DISTRICT_PASS)
    out = tmp_path / "意见.xlsx"
    code = main(["--db", str(case.district), "feedback", "write", "--office", "NHL", "--period", "2023-02",
                 "--out", str(out), "--comment", "new_jobs：请核实：数值偏高，请核实", "--from", str(csv_file), "--json"])
    assert code == 0, capsys.readouterr().err
    assert json.loads(capsys.readouterr().out)["comments"] == 2
    monkeypatch.setenv("STREET_LEDGER_USER", "填报员")
    assert main(["--db", str(case.office), "feedback", "import", str(out)]) == 0
    assert "2 条意见" in capsys.readouterr().out
    assert main(["--db", str(case.office), "feedback", "list", "--period", "2023-02", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["state"] for i in items] == ["check", "confirmed"]          # --json prints codes
    assert main(["--db", str(case.office), "feedback", "list", "--period", "2023-02"]) == 0
    assert "new_jobs 请核实：" in capsys.readouterr().out                  # the text says the label
    assert main(["--db", str(case.office), "feedback", "answer", str(items[0]["id"]), "--note", "经核实无误"]) == 0
    capsys.readouterr()
    assert main(["--db", str(case.office), "feedback", "import", str(tmp_path / "没有这个文件.xlsx")]) == 1


def test_district_lists_its_feedback_with_the_answers_carried_back(tmp_path, capsys, monkeypatch):
    case = make_case(tmp_path)
    sent = _write(case, tmp_path / "退回意见.xlsx")
    db = case.open("office")
    try:
        import_feedback(db, sent.path, user=CLERK)
        first = received(db, "2023-02")[0]
        answer(db, active_plan(db), unit_of(db), first.id, user=CLERK, note="经核实无误")
    finally:
        db.close()
    merge(case.district, [export_month(case.office, tmp_path / "报送").path])
    monkeypatch.setenv("STREET_LEDGER_USER", "区汇总员")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    assert main(["--db", str(case.district), "feedback", "list", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["state"] == ANSWERED == "resubmitted" and [a["answer"] for a in listed["answers"]] == ["经核实无误", ""]
