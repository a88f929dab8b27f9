"""An exported month changes only with a reason, and shows it: register edits, imports, log
rows, deletes and entries that alter an exported month's figures need a reason, are audited,
and mark the month 「报送后有变动，需重新导出」 until its next revision is exported."""
from __future__ import annotations

from datetime import date

import pytest

from db import audit
from desktop.entry import stale
from desktop.security.auth import User, login
from desktop.entry.service import EntryService, ReasonRequired
from desktop.exchange.export import SignOff, export_period
from desktop.main import main
from desktop.plan.store import active_plan
from desktop.unit import unit_of
from desktop.registers import records
from desktop.registers.importer import open_source, run_import
from register_lists import people, valid_id, write_clean

ZHANG = User("张三", "admin")   # the office fixture's administrator

TODAY = date(2026, 1, 1)
SIGN = SignOff("张三", "李四", "王五", "025-83000000")
REASON = "补录11月漏登记的人员"


@pytest.fixture
def plan(office_db):
    return active_plan(office_db)


def _export(db, plan, tmp_path, period="2023-11"):
    return export_period(db, plan, unit_of(db), login(db, "张三", "abc12345"), period,
                         folder=tmp_path / "报送表", sign_off=SIGN, passphrase="key-pass-2023")


def _person(db, plan, seq, registered_on, record_id=None, reason=None, **extra):
    raw = {"name": f"测试{seq}", "id_number": valid_id("320106", date(1980, 1, 1), seq),
           "community": "颐和路社区", "registered_on": registered_on, **extra}
    return records.save_record(db, plan, plan.register("unemployed"), "NHL", raw, user=ZHANG, today=TODAY,
                               record_id=record_id, exported_reason=reason)


def _last_audit(db):
    return audit.recent(db, 5)


def _stale_periods(db):
    return [m.period for m in stale.stale_months(db, "NHL")]


def test_edit_moving_registration_date_into_exported_month_needs_a_reason(office_db, plan, tmp_path):
    _person(office_db, plan, 1, "2023-11-03")
    _export(office_db, plan, tmp_path)
    # December is not exported and November's figures do not move: no question asked
    rid = _person(office_db, plan, 2, "2023-12-05")
    assert _stale_periods(office_db) == []
    with pytest.raises(stale.ExportedMonthChanged) as exc:
        _person(office_db, plan, 2, "2023-11-20", record_id=rid)
    assert "2023年11月" in exc.value.message
    assert "「失业人员实名登记」本月 1 → 2" in exc.value.message and "累计 1 → 2" in exc.value.message
    assert records.load_record(office_db, plan.register("unemployed"), rid)["registered_on"] == "2023-12-05"
    for too_short in ("改", "更正", "。。。。", "aaaa"):
        with pytest.raises(stale.ExportedMonthChanged, match="太短"):
            _person(office_db, plan, 2, "2023-11-20", record_id=rid, reason=too_short)
    assert _stale_periods(office_db) == []
    _person(office_db, plan, 2, "2023-11-20", record_id=rid, reason=REASON)
    assert records.load_record(office_db, plan.register("unemployed"), rid)["registered_on"] == "2023-11-20"
    entry = next(e for e in _last_audit(office_db) if e["action"] == "修改已报送月份")
    assert entry["reason"] == REASON
    assert "2023年11月「失业人员实名登记」本月 1" in entry["old"] and "2023年11月「失业人员实名登记」本月 2" in entry["new"]
    assert f"修改台账记录 失业人员实名登记#{rid}" in entry["target"]
    marked = stale.stale_month(office_db, "NHL", "2023-11")
    assert marked is not None and marked.reason == REASON and marked.text == "2023年11月报送后有变动，需重新导出"
    assert audit.verify_chain(office_db) is None


def test_change_that_alters_no_exported_figure_needs_no_reason(office_db, plan, tmp_path):
    rid = _person(office_db, plan, 3, "2023-11-03")
    _export(office_db, plan, tmp_path)
    _person(office_db, plan, 3, "2023-11-03", record_id=rid, phone="13812345678")   # not a figure
    _person(office_db, plan, 4, "2023-12-01")                                       # a later month
    assert _stale_periods(office_db) == []
    assert not [e for e in _last_audit(office_db) if e["action"] == "修改已报送月份"]


def test_only_a_change_of_what_a_figure_counts_needs_a_reason(office_db, plan, tmp_path):
    """The employment status is a condition of two figures: 已再就业 → 灵活就业 keeps both (no
    question), → 自主创业 moves one person from 实现再就业 to 扶持劳动者成功创业."""
    job = {"employment_status": "已再就业", "employed_on": "2023-11-10", "employer": "苏果超市"}
    rid = _person(office_db, plan, 8, "2023-05-01", **job)
    _export(office_db, plan, tmp_path)
    _person(office_db, plan, 8, "2023-05-01", record_id=rid, **{**job, "employment_status": "灵活就业"})
    assert _stale_periods(office_db) == []
    with pytest.raises(stale.ExportedMonthChanged) as exc:
        _person(office_db, plan, 8, "2023-05-01", record_id=rid, **{**job, "employment_status": "自主创业"})
    assert "「实现再就业」本月 1 → 0" in exc.value.message and "「扶持劳动者成功创业」本月 0 → 1" in exc.value.message


def test_import_adding_rows_to_exported_months_needs_a_reason(office_db, plan, tmp_path):
    _export(office_db, plan, tmp_path, "2023-10")
    _export(office_db, plan, tmp_path, "2023-12")
    book = tmp_path / "名单.xlsx"
    write_clean(book, people(6))          # registered January to June 2023: every later 累计 moves
    register = plan.register("unemployed")
    with pytest.raises(stale.ExportedMonthChanged) as exc:
        run_import(office_db, plan, register, "NHL", open_source(book, register), user=ZHANG, today=TODAY)
    assert "2023年10月、2023年12月" in exc.value.message and "累计 0 → 6" in exc.value.message
    assert records.count_records(office_db, register, "NHL") == 0       # nothing written
    result = run_import(office_db, plan, register, "NHL", open_source(book, register), user=ZHANG,
                        today=TODAY, exported_reason="街道年底集中补录上半年名单")
    assert result.imported == 6
    assert _stale_periods(office_db) == ["2023-10", "2023-12"]
    entry = next(e for e in _last_audit(office_db) if e["action"] == "修改已报送月份")
    assert entry["reason"] == "街道年底集中补录上半年名单" and "导入台账 失业人员实名登记（名单.xlsx）" in entry["target"]


def test_training_log_row_into_exported_month_needs_a_reason(office_db, plan, tmp_path):
    rid = _person(office_db, plan, 5, "2023-03-01")
    _export(office_db, plan, tmp_path)
    register = plan.register("unemployed")
    log = next(lg for lg in register.logs if lg.id == "training")
    row = {"date": "2023-11-15", "course": "家政服务培训"}
    with pytest.raises(stale.ExportedMonthChanged, match="「就业再就业培训」本月 0 → 1"):
        records.save_log_row(office_db, plan, register, log, rid, row, user=ZHANG)
    assert records.log_rows(office_db, register, log, rid) == []
    records.save_log_row(office_db, plan, register, log, rid, row, user=ZHANG, exported_reason="培训签到表晚到补录")
    assert len(records.log_rows(office_db, register, log, rid)) == 1
    assert _stale_periods(office_db) == ["2023-11"]
    _export(office_db, plan, tmp_path)
    (row_id, _), = records.log_rows(office_db, register, log, rid)
    with pytest.raises(stale.ExportedMonthChanged, match="「就业再就业培训」本月 1 → 0"):
        records.delete_log_row(office_db, register, log, row_id, user=ZHANG, plan=plan)
    records.delete_log_row(office_db, register, log, row_id, user=ZHANG, plan=plan, exported_reason="重复录入的培训记录")
    assert records.log_rows(office_db, register, log, rid) == [] and _stale_periods(office_db) == ["2023-11"]


def test_deleting_a_counted_record_needs_a_reason_for_the_export(office_db, plan, tmp_path):
    rid = _person(office_db, plan, 6, "2023-11-03")
    _export(office_db, plan, tmp_path)
    register = plan.register("unemployed")
    with pytest.raises(stale.ExportedMonthChanged, match="本月 1 → 0"):
        records.delete_record(office_db, register, rid, user=ZHANG, reason="重复登记")
    assert not records.load_record(office_db, register, rid)["deleted_at"]
    records.delete_record(office_db, register, rid, user=ZHANG, reason="重复登记",
                          exported_reason="与江苏路街道重复登记，已核实")
    assert records.load_record(office_db, register, rid)["deleted_at"]
    assert _stale_periods(office_db) == ["2023-11"]


def test_entry_into_an_earlier_month_changes_the_exported_total(office_db, plan, tmp_path):
    service = EntryService(office_db, plan, unit_of(office_db), ZHANG)
    service.set_text("new_jobs", "2023-10", "100")
    _export(office_db, plan, tmp_path)                 # November: 累计 100, 本月 not filled
    with pytest.raises(ReasonRequired, match="「新增就业岗位」累计 100 → 120"):
        service.set_text("new_jobs", "2023-10", "120")
    service.set_text("new_jobs", "2023-10", "120", reason="社保局反馈漏报20人")
    assert _stale_periods(office_db) == ["2023-11"]
    with pytest.raises(ReasonRequired, match="太短"):            # the month itself is exported
        service.set_text("new_jobs", "2023-11", "5", reason="改")


def test_mark_clears_when_the_next_revision_is_exported(office_db, plan, tmp_path):
    _export(office_db, plan, tmp_path)
    _person(office_db, plan, 7, "2023-11-09", reason=REASON)
    assert _stale_periods(office_db) == ["2023-11"]
    result = _export(office_db, plan, tmp_path)
    assert result.revision == 2 and not result.unchanged
    assert _stale_periods(office_db) == []


def test_cli_import_into_exported_month_needs_reason(office_db_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "key-pass-2023")
    db = str(office_db_path)
    assert main(["--db", db, "export", "--period", "2023-12", "--out", str(tmp_path / "12.xlsx"),
                 "--filler", "张三", "--reviewer", "李四", "--head", "王五", "--phone", "025-83000000"]) == 0
    book = tmp_path / "名单.xlsx"
    write_clean(book, people(3))
    capsys.readouterr()
    assert main(["--db", db, "register", "import", "unemployed", str(book)]) == 1
    err = capsys.readouterr().err
    assert "2023年12月已导出报送" in err and "「失业人员实名登记」累计 0 → 3" in err and "--reason" in err
    assert main(["--db", db, "register", "import", "unemployed", str(book), "--reason", "补录"]) == 1
    assert "太短" in capsys.readouterr().err
    assert main(["--db", db, "register", "import", "unemployed", str(book), "--reason", "补录上半年名单"]) == 0
    assert "导入 3 条" in capsys.readouterr().out
