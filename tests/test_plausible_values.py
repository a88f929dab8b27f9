"""Values no note can admit: a month far beyond the target, scientific notation; and a note or
reason that says nothing ("x") does not pass for one."""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.entry.service import EntryService, NoteRequired, ReasonRequired
from desktop.entry.bounds import month_bound
from desktop.errors import UserError
from desktop.plan.loader import load_plan_file
from desktop.plan.store import active_plan
from desktop.unit import unit_of

from desktop.security.auth import User  # noqa: E402

ZHANG = User("张三", "admin")   # the office fixture's administrator

PLAN = Path(__file__).resolve().parents[1] / "resources" / "plan" / "default_plan.toml"


@pytest.fixture
def service(office_db):
    plan = active_plan(office_db)
    return EntryService(office_db, plan, unit_of(office_db), ZHANG)


def test_scientific_notation_and_odd_numbers_are_refused(service):
    for text in ("1e3", "1E3", "2.5e1"):
        with pytest.raises(UserError, match="科学计数法"):
            service.set_text("jobs_driven", "2023-03", text)
    for text in ("1_000", "Infinity", "NaN", "0x10"):
        with pytest.raises(UserError, match="不是数字"):
            service.set_text("jobs_driven", "2023-03", text)
    assert service.entry("jobs_driven", "2023-03") is None
    service.set_text("jobs_driven", "2023-03", "１２")        # full-width digits from an input method
    assert service.entry("jobs_driven", "2023-03").value == Decimal(12)


def test_a_month_ten_times_the_year_is_refused_whatever_the_note(service):
    # 居家安养服务残疾人: 宁海路 has 16 for the year, so a month above 160 is a typing slip
    bound, why = month_bound(service.plan, service.unit, service.plan.indicator("home_care_disabled"))
    assert bound == 160 and "16" in why
    with pytest.raises(UserError, match="超出合理范围") as exc:
        service.set_text("home_care_disabled", "2023-03", "99999999999", note="社区集中走访登记")
    assert "160" in exc.value.message and not isinstance(exc.value, NoteRequired)
    with pytest.raises(UserError, match="超出合理范围"):
        service.set_text("home_care_disabled", "2023-03", "161", note="社区集中走访登记")
    with pytest.raises(NoteRequired):          # within the bound but more than twice the year: a note
        service.set_text("home_care_disabled", "2023-03", "160")
    service.set_text("home_care_disabled", "2023-03", "160", note="社区集中走访登记")
    assert service.entry("home_care_disabled", "2023-03").value == 160


def test_small_targets_keep_a_floor_and_untargeted_indicators_a_ceiling(service):
    petitions = service.plan.indicator("petitions_resolved")
    assert month_bound(service.plan, service.unit, petitions)[0] == 100      # target 2: floor 100
    rate = service.plan.indicator("unemployment_rate")
    assert month_bound(service.plan, service.unit, rate)[0] == 100
    untargeted = dataclasses.replace(petitions, id="x_untargeted", target=None)
    assert month_bound(service.plan, service.unit, untargeted)[0] == 1_000_000


def test_the_plan_sets_a_bound_per_indicator_and_it_survives_the_workbook(tmp_path):
    from desktop.plan.canonical import plan_digest
    from desktop.plan.workbook_export import plan_sheets
    from desktop.plan.workbook_parse import plan_from_sheets

    text = PLAN.read_text(encoding="utf-8").replace(
        'name = "居家安养服务残疾人"\n', 'name = "居家安养服务残疾人"\nmax_month = 30\n', 1)
    (tmp_path / "p.toml").write_text(text, encoding="utf-8")
    plan = load_plan_file(tmp_path / "p.toml")
    assert plan.indicator("home_care_disabled").max_month == 30
    assert month_bound(plan, None, plan.indicator("home_care_disabled")) == (30, "计划规定的每月上限")
    assert plan_digest(plan) != plan_digest(load_plan_file(PLAN))
    # the plan workbook's sheets as written, read back (the signed file is tested elsewhere)
    rows = {sheet.name: ([[c.header for c in sheet.columns]] if sheet.header else []) + [list(r) for r in sheet.rows]
            for sheet in plan_sheets(plan)}
    again = plan_from_sheets(rows, "p.xlsx")
    assert again.indicator("home_care_disabled").max_month == 30 and plan_digest(again) == plan_digest(plan)
    bad = text.replace("max_month = 30", "max_month = -1")
    (tmp_path / "bad.toml").write_text(bad, encoding="utf-8")
    with pytest.raises(UserError, match="max_month"):
        load_plan_file(tmp_path / "bad.toml")


def test_a_note_or_reason_of_one_letter_does_not_count(service):
    for month, value in (("01", "10"), ("02", "11"), ("04", "12")):
        service.set_text("jobs_driven", f"2023-{month}", value)
    with pytest.raises(NoteRequired, match="说明不了原因"):
        service.set_text("jobs_driven", "2023-03", "60", note="x")
    service.set_text("jobs_driven", "2023-03", "60", note="招聘会集中签约")
    service.close_period("2023-03")
    with pytest.raises(ReasonRequired, match="太短|说明不了原因"):
        service.set_text("jobs_driven", "2023-03", "61", reason="m8")
    service.set_text("jobs_driven", "2023-03", "61", reason="社保局反馈漏报")
    assert service.entry("jobs_driven", "2023-03").value == 61
