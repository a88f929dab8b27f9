"""Exporting the monthly workbook from a real office database: contents, revisions, closing,
sign-off, passphrase, and the paper copy."""
from __future__ import annotations

import json
from decimal import Decimal

import openpyxl
import pytest

from db.schema import open_database
from desktop.security.auth import login
from desktop.entry.closing import is_closed
from desktop.entry.service import EntryService
from desktop.errors import UserError
from desktop.exchange.export import SignOff, export_period, history
from desktop.main import main
from desktop.exchange.office_verify import verify_own
from desktop.registers.records import iter_records
from desktop.session import Session
from desktop.exchange.submission_format import INDICATOR_SHEET
from desktop.exchange.workbook import writer
from desktop.exchange.workbook.reader import read_signed

SIGN = SignOff("张三", "李四", "王五", "025-83000000")


def out_dir(tmp_path):
    folder = tmp_path / "报送表"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture
def session(demo_db_path):
    db = open_database(demo_db_path)
    s = Session.start(demo_db_path, db, login(db, "demo", "demo2023"))
    yield s
    db.close()


def export(s, tmp_path, period="2023-03", **kw):
    return export_period(s.db, s.plan, s.unit, s.user, period, folder=out_dir(tmp_path),
                         sign_off=kw.pop("sign_off", SIGN), passphrase=kw.pop("passphrase", "demo-key-2023"), **kw)


def test_export_contains_every_record_and_indicator_and_verifies(session, tmp_path):
    result = export(session, tmp_path)
    assert result.path.name == "宁海路街道_2023-03_第1版.xlsx"
    assert verify_own(session.db, result.path).status == "verified"
    reading = read_signed(result.path)
    records = list(iter_records(session.db, session.plan, "unemployed", "NHL"))
    sheet = reading.sheets["失业人员实名登记"]
    assert len(sheet) == len(records) + 1 > 100
    header = sheet[0]
    first = dict(zip(header, sheet[1]))
    assert first["记录编号"] == str(records[0].id)
    assert first["姓名"] == records[0].values["name"]
    assert first["公民身份号码"] == records[0].values["id_number"]
    assert first["登记日期"] == records[0].values["registered_on"].isoformat()
    assert result.row_counts["失业人员实名登记"] == len(records)
    logs = reading.sheets["养老服务-服务记录"]
    assert logs[0][0] == "所属记录编号" and len(logs) > 10

    indicators = {row[0]: dict(zip(reading.sheets[INDICATOR_SHEET][0], row))
                  for row in reading.sheets[INDICATOR_SHEET][1:]}
    service = EntryService(session.db, session.plan, session.unit, session.user)
    entered = service.entry("new_jobs", "2023-03")
    assert Decimal(indicators["new_jobs"]["本月"]) == entered.value
    assert indicators["new_jobs"]["状态"] in ("完成", "正常", "滞后")
    assert indicators["reemployed"]["说明"].startswith("由台账")


def test_each_export_is_the_next_revision_and_closes_the_month(session, tmp_path):
    assert not is_closed(session.db, "NHL", "2023-03")
    first = export(session, tmp_path)
    assert is_closed(session.db, "NHL", "2023-03")
    EntryService(session.db, session.plan, session.unit, session.user).set_text(
        "new_jobs", "2023-03", "321", reason="社保局反馈漏报")      # unchanged would make no revision
    second = export(session, tmp_path)
    assert (first.revision, second.revision) == (1, 2)
    assert second.path.name.endswith("_第2版.xlsx") and first.path.exists()
    assert [h["revision"] for h in history(session.db, session.unit) if h["period"] == "2023-03"] == [2, 1]


def test_missing_sign_off_is_refused_naming_the_fields(session, tmp_path):
    with pytest.raises(UserError) as info:
        export(session, tmp_path, sign_off=SignOff("张三", "", "王五", " "))
    assert "审核人" in info.value.message and "联系电话" in info.value.message
    assert list(out_dir(tmp_path).iterdir()) == []


def test_wrong_passphrase_writes_nothing(session, tmp_path):
    with pytest.raises(UserError) as info:
        export(session, tmp_path, passphrase="wrong-pass-1")
    assert "口令" in info.value.message
    assert list(out_dir(tmp_path).iterdir()) == []
    assert [h for h in history(session.db, session.unit) if h["period"] == "2023-03"] == []
    assert not is_closed(session.db, "NHL", "2023-03")


def test_not_applicable_and_empty_are_shown_as_such(session, tmp_path):
    service = EntryService(session.db, session.plan, session.unit, session.user)
    service.set_text("jobs_driven", "2023-03", "不适用", reason="测试用例")
    service.set_text("home_care_disabled", "2023-03", "", reason="测试用例")
    rows = {r[0]: r for r in read_signed(export(session, tmp_path).path).sheets[INDICATOR_SHEET][1:]}
    header = read_signed(export(session, tmp_path).path).sheets[INDICATOR_SHEET][0]
    month, status = header.index("本月"), header.index("状态")
    assert rows["jobs_driven"][month] == "不适用"
    assert rows["home_care_disabled"][month] == "" and rows["home_care_disabled"][status] == "未填"


def test_cli_export_then_verify(capsys, demo_db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("STREET_LEDGER_USER", "demo")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "demo2023")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "demo-key-2023")
    out = tmp_path / "报送" / "三月.xlsx"
    out.parent.mkdir()
    code = main(["--db", str(demo_db_path), "export", "--period", "2023-03", "--out", str(out), "--filler", "张三",
                 "--reviewer", "李四", "--head", "王五", "--phone", "025-83000000", "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["revision"] == 1 and result["file"] == str(out)
    assert main(["--db", str(demo_db_path), "verify", str(out)]) == 0
    code = main(["--db", str(demo_db_path), "export", "--period", "2023-03", "--out", str(out), "--filler", "张三",
                 "--reviewer", "李四", "--head", "王五", "--phone", "1"])
    assert code == 1 and "已存在" in capsys.readouterr().err
    code = main(["--db", str(demo_db_path), "export", "--period", "2031-01", "--filler", "a", "--reviewer", "b",
                 "--head", "c", "--phone", "1"])
    assert code == 1 and "计划期" in capsys.readouterr().err


def test_exported_cells_are_typed_for_excel(session, tmp_path):
    path = export(session, tmp_path).path
    wb = openpyxl.load_workbook(path)
    ws = wb["失业人员实名登记"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert ws["C2"].data_type == "s" and len(ws["C2"].value) == 18          # ID number as text
    assert ws["G2"].data_type == "s"                                       # phone as text
    assert wb["签名信息"].sheet_state == "veryHidden"
    ind = wb["指标进度"]
    assert isinstance(ind["F2"].value, (int, float)) and not isinstance(ind["F2"].value, bool)
    assert Decimal(str(ind["F2"].value)) > 0


def test_a_workbook_that_reads_back_tampered_is_not_saved(session, tmp_path, monkeypatch):
    # Read back through the reader before it takes its name: a file that does not read back
    # intact is refused, and neither it nor its temporary file is left, nor a history row.
    real, seen = writer.problem_in_written, []

    def tampered(path, fingerprint):
        seen.append(real(path, fingerprint))         # the real check passes this file…
        return "内容摘要不符"                          # …and this one says it changed on disk

    monkeypatch.setattr(writer, "problem_in_written", tampered)
    before = history(session.db, session.unit)
    with pytest.raises(UserError, match="回读校验失败（内容摘要不符）"):
        export(session, tmp_path)
    assert seen == [None] and list(out_dir(tmp_path).iterdir()) == []
    assert history(session.db, session.unit) == before
