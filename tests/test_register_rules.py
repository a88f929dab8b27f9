"""Register fields as Chinese practice has them: phone numbers, built ≤ planned with status and
dates agreeing, the 4050 tag by sex and age at registration, ages on the registration date."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.plan.store import active_plan
from desktop.registers import records
from desktop.registers.validation import check, fill_derived

from register_lists import valid_id

from desktop.security.auth import User  # noqa: E402

ZHANG = User("张三", "admin")   # the office fixture's administrator

COMMUNITIES = ("颐和路社区",)
TAG = "大龄失业人员(4050)"


@pytest.fixture
def plan(office_db):
    return active_plan(office_db)


def person(plan, **values):
    reg = plan.register("unemployed")
    raw = {"name": "王五", "id_number": valid_id("320106", date(1973, 5, 1), 101), "community": "颐和路社区",
           "registered_on": "2023-03-05", "employment_status": "失业", **values}
    return reg, check(reg.fields, raw, communities=COMMUNITIES, today=date(2026, 12, 1))


@pytest.mark.parametrize("typed, stored", [
    ("13812345678", "13812345678"), ("138 1234 5678", "13812345678"), ("+86 138-1234-5678", "13812345678"),
    ("025-83301234", "025-83301234"), ("(025)83301234", "025-83301234"), ("0516-8330123", "0516-8330123"),
    ("025-83301234转123", "025-83301234-123"), ("010-62345678", "010-62345678"),
])
def test_mobile_and_landline_numbers_are_kept_in_one_form(plan, typed, stored):
    _, checked = person(plan, phone=typed)
    assert checked.ok, checked.errors
    assert checked.values["phone"] == stored


@pytest.mark.parametrize("typed", ["1381234567", "123456", "83301234", "12812345678", "025-8330123",
                                   "0255-83301234", "138123456789", "电话13812345678", "010-12345678"])
def test_numbers_of_the_wrong_length_or_without_area_code_are_refused(plan, typed):
    _, checked = person(plan, phone=typed)
    assert "phone" in checked.errors and "手机号" in checked.errors["phone"]


def test_the_4050_tag_follows_sex_and_age_at_registration(plan):
    man_41 = valid_id("320106", date(1981, 6, 1), 101)       # odd sequence: a man
    woman_41 = valid_id("320106", date(1981, 6, 1), 102)
    man_50 = valid_id("320106", date(1972, 6, 1), 103)
    _, checked = person(plan, id_number=man_41, categories=TAG, registered_on="2023-03-05")
    assert "categories" in checked.errors and "男性" in checked.errors["categories"]
    assert "41 岁" in checked.errors["categories"]
    assert person(plan, id_number=woman_41, categories=TAG)[1].ok
    assert person(plan, id_number=man_50, categories=TAG, registered_on="2023-03-05")[1].ok
    # 49 when registered in 2022, 54 today: the registration date decides, not today
    _, checked = person(plan, id_number=man_50, categories=TAG, registered_on="2022-01-10")
    assert "categories" in checked.errors and "49 岁" in checked.errors["categories"]


def test_age_is_the_age_on_the_registration_date(plan, office_db):
    born = valid_id("320106", date(1972, 6, 1), 103)
    reg, checked = person(plan, id_number=born, registered_on="2022-01-10")
    values = dict(checked.values)
    fill_derived(reg.fields, values, date(2026, 12, 1))
    assert values["age"] == 49
    rid = records.save_record(office_db, plan, reg, "NHL", {"name": "王五", "id_number": born, "community": "颐和路社区",
                              "registered_on": "2022-01-10", "employment_status": "失业"}, user=ZHANG)
    assert records.load_record(office_db, reg, rid)["age"] == 49
    shown = next(r for r in records.iter_records(office_db, plan, "unemployed", "NHL") if r.id == rid)
    assert shown.values["age"] == 49


def site(plan, **values):
    reg = plan.register("parking")
    raw = {"project": "颐和路停车场", "type": "路外地面", **values}
    return check(reg.fields, raw, communities=COMMUNITIES)


def test_built_no_more_than_planned_and_status_agrees(plan):
    checked = site(plan, planned="30", completed="40", status="规划")
    assert "已建成不能多于计划" in checked.errors["completed"]
    assert "尚未开工" in checked.errors["status"]
    assert "尚未开工" in site(plan, planned="30", completed="10", status="规划").errors["status"]
    assert "开工或完工日期" in site(plan, planned="30", completed="0", status="规划",
                                    started_on="2023-03-01").errors["status"]
    assert "已完工" in site(plan, planned="30", completed="10", status="在建", started_on="2023-03-01",
                            completed_on="2023-09-01").errors["status"]
    done = site(plan, planned="30", completed="30", status="已完工", started_on="2023-03-01")
    assert "完工日期" in done.errors["completed_on"]
    assert "早于" in site(plan, planned="30", completed="30", status="已完工", started_on="2023-09-01",
                          completed_on="2023-03-01").errors["completed_on"]
    assert "已建成泊位数" in site(plan, planned="30", completed="0", status="已完工", started_on="2023-03-01",
                                  completed_on="2023-09-01").errors["completed"]
    for good in ({"planned": "30", "completed": "0", "status": "规划"},
                 {"planned": "30", "completed": "12", "status": "在建", "started_on": "2023-03-01"},
                 {"planned": "30", "completed": "30", "status": "已完工", "started_on": "2023-03-01",
                  "completed_on": "2023-09-01"}):
        assert site(plan, **good).ok, site(plan, **good).errors
