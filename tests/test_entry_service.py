"""Saving entries: one transaction each, audit old → new, unusual values, closed months."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from db import audit
from desktop.entry.service import EntryService, NoteRequired, ReasonRequired
from desktop.entry.rows import missing_count
from desktop.errors import UserError
from desktop.plan.store import active_plan
from desktop.unit import Unit, unit_of
from desktop.security.auth import User


@pytest.fixture
def service(office_db):
    return EntryService(office_db, active_plan(office_db), unit_of(office_db), User("张三", "admin"))


def stored(db, indicator, period):
    return db.execute("SELECT state, value, note FROM entries WHERE indicator_id = ? AND period = ?",
                      [indicator, period]).fetchone()


def test_set_clear_and_na_are_stored_and_audited(service, office_db):
    service.set_text("new_jobs", "2023-03", "120")
    service.set_text("new_jobs", "2023-03", "135")
    assert stored(office_db, "new_jobs", "2023-03") == ("value", "135", "")
    service.set_text("new_jobs", "2023-04", "不适用")
    assert stored(office_db, "new_jobs", "2023-04") == ("na", None, "")
    service.set_text("new_jobs", "2023-03", "")
    assert stored(office_db, "new_jobs", "2023-03") is None
    log = [(r["action"], r["old"], r["new"]) for r in audit.recent(office_db, 4)][::-1]
    assert log == [("填报指标", "（空）", "120"), ("填报指标", "120", "135"),
                   ("填报指标", "（空）", "不适用"), ("清空指标", "135", "（空）")]
    assert audit.verify_chain(office_db) is None


def test_refused_value_changes_nothing(service, office_db):
    service.set_text("new_jobs", "2023-03", "120")
    before = len(audit.recent(office_db, 1000))
    with pytest.raises(UserError, match="负数"):
        service.set_text("new_jobs", "2023-03", "-5")
    assert stored(office_db, "new_jobs", "2023-03") == ("value", "120", "")
    assert len(audit.recent(office_db, 1000)) == before


def test_unusual_month_needs_a_note(service, office_db):
    for month, value in (("01", "100"), ("02", "120"), ("03", "110")):
        service.set_text("new_jobs", f"2023-{month}", value)
    with pytest.raises(NoteRequired, match="3 倍"):
        service.set_text("new_jobs", "2023-04", "400")           # median 110 × 3 = 330
    assert stored(office_db, "new_jobs", "2023-04") is None
    service.set_text("new_jobs", "2023-04", "400", note="招聘会集中签约")
    assert stored(office_db, "new_jobs", "2023-04") == ("value", "400", "招聘会集中签约")
    service.set_text("new_jobs", "2023-04", "410")               # the note stays with the value
    assert stored(office_db, "new_jobs", "2023-04")[2] == "招聘会集中签约"


def test_year_to_date_past_twice_the_target_needs_a_note(service):
    # NHL's share of 整治房屋 is 8 幢: a first month of 17 passes 16
    with pytest.raises(NoteRequired, match="2 倍"):
        service.set_text("buildings_renovated", "2023-02", "17")
    service.set_text("buildings_renovated", "2023-02", "16")


def test_closed_month_needs_a_reason_which_is_audited(service, office_db):
    service.set_text("new_jobs", "2023-03", "120")
    service.close_period("2023-03")
    assert service.is_closed("2023-03") and not service.is_closed("2023-04")
    with pytest.raises(ReasonRequired, match="原因"):
        service.set_text("new_jobs", "2023-03", "125")
    service.set_text("new_jobs", "2023-03", "125", reason="社保局反馈漏报5人")
    impact, last = audit.recent(office_db, 2)      # the entry, then the exported figures it changed
    assert (last["old"], last["new"], last["reason"]) == ("120", "125", "社保局反馈漏报5人")
    assert impact["action"] == "修改已报送月份" and "「新增就业岗位」本月 120" in impact["old"]


def test_rows_count_missing_but_not_na_or_derived(service):
    rows = service.rows("2023-03")
    editable = sum(1 for r in rows if r.editable)
    assert missing_count(rows) == editable
    service.set_text("new_jobs", "2023-03", "0")
    service.set_text("jobs_driven", "2023-03", "不适用")
    assert missing_count(service.rows("2023-03")) == editable - 2
    derived = next(r for r in rows if r.indicator.id == "reemployed")
    assert not derived.editable and "失业人员实名登记" in derived.source


def test_offices_cannot_enter_district_indicators_or_derived(service):
    with pytest.raises(UserError, match="区级填报"):
        service.set_text("gdp", "2023-03", "10")
    with pytest.raises(UserError, match="自动统计"):
        service.set_text("reemployed", "2023-03", "10")
    with pytest.raises(UserError, match="不再填报"):
        service.set_text("new_jobs", "2024-01", "10")
    service.set_text("petitions_resolved", "2024-01", "1")     # its stages reach into 2024
    assert [r.indicator.id for r in service.rows("2024-01")] == ["petitions_resolved"]
    with pytest.raises(UserError, match="不在计划期内"):
        service.set_text("new_jobs", "2025-01", "10")


def test_district_database_enters_district_indicators(office_db):
    plan = active_plan(office_db)
    district = EntryService(office_db, plan, Unit("district", "DISTRICT", "区人民政府"), User("李四", "supervisor"))
    ids = [i.id for i in district.indicators()]
    assert "gdp" in ids and "new_jobs" not in ids
    district.set_text("road_guapuqiao", "2023-05", "推进中")
    row = district.row("road_guapuqiao", "2023-05")
    assert row.status == "on_track" and row.month.status == "in_progress"
    district.set_text("gdp", "2023-05", "30.5")
    assert district.row("gdp", "2023-05").target == D(350)
