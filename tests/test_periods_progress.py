"""Known arithmetic: periods, 序时进度, sums, latest rate, stages, statuses, value states."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from desktop.entry.values import EntryValue, display, parse
from desktop.errors import UserError
from desktop.system.paths import default_plan_path
from desktop.plan.periods import (default_period, elapsed_on, elapsed_percent, label, plan_periods,
                             stage_for, year_elapsed_on)
from desktop.plan.loader import load_plan_file
from desktop.plan.progress import BEHIND, DONE, MISSING, ON_TRACK, assess, latest, year_to_date


@pytest.fixture(scope="module")
def plan():
    return load_plan_file(default_plan_path())


def v(x) -> EntryValue:
    return EntryValue("value", D(str(x)))


def test_periods_run_into_next_year_for_stages(plan):
    months = plan_periods(plan)
    assert months[0] == "2023-01" and months[-1] == "2024-12" and len(months) == 24
    assert default_period(plan, date(2023, 5, 20)) == "2023-05"
    assert default_period(plan, date(2024, 3, 2)) == "2024-03"      # staged months still current
    assert default_period(plan, date(2026, 11, 28)) == "2023-12"    # plan over: its year's December
    assert default_period(plan, date(2022, 1, 1)) == "2023-01"
    assert label("2023-03") == "2023年3月"


def test_time_elapsed_for_periods_and_dates(plan):
    jobs = plan.indicator("new_jobs")
    assert elapsed_percent(plan, jobs, "2023-03") == D("25.0")
    assert elapsed_percent(plan, jobs, "2023-12") == D("100.0")
    assert elapsed_percent(plan, jobs, "2024-03") == D("100.0")
    assert year_elapsed_on(date(2024, 2, 29)) == D("16.39")     # day 60 of 366
    assert year_elapsed_on(date(2023, 3, 1)) == D("16.44")      # day 60 of 365
    assert year_elapsed_on(date(2024, 12, 31)) == D("100.00")
    assert elapsed_on(date(2022, 12, 31), date(2023, 1, 1), date(2023, 12, 31)) == D("0.00")


def test_stage_selection_and_stage_window(plan):
    petitions = plan.indicator("petitions_resolved")
    assert stage_for(petitions, "2023-03").percent == D(50)
    assert stage_for(petitions, "2023-10").by == "2023-10"
    assert stage_for(petitions, "2023-11").by == "2024-06"
    assert stage_for(petitions, "2024-12").percent == D(100)
    assert stage_for(plan.indicator("new_jobs"), "2023-03") is None
    # cumulative windows: 10 months to 2023-10, 18 to 2024-06
    assert elapsed_percent(plan, petitions, "2023-03") == D("30.0")
    assert elapsed_percent(plan, petitions, "2024-01") == D("72.2")
    a = assess(petitions, D(2), {"2023-02": v(1), "2023-11": v(0)}, "2023-11", D("61.1"))
    assert a.stage_target == D("1.6") and a.achieved == D(1) and a.completion == D("62.5")
    assert a.status == ON_TRACK


def test_sums_over_months_and_status_thresholds(plan):
    jobs = plan.indicator("new_jobs")
    values = {"2023-01": v(100), "2023-02": EntryValue("na"), "2023-03": v(150)}
    assert year_to_date(values, "2023-03") == D(250)
    assert year_to_date(values, "2023-02") == D(100)
    assert year_to_date({}, "2023-02") is None
    # target 1000, 25% elapsed: 250 is on track, 199 (19.9% < 25 - 5) is behind, 200 is not
    assert assess(jobs, D(1000), values, "2023-03", D(25)).status == ON_TRACK
    assert assess(jobs, D(1000), values, "2023-03", D(25)).completion == D("25.0")
    low = {"2023-01": v(99), "2023-03": v(100)}
    assert assess(jobs, D(1000), low, "2023-03", D(25)).status == BEHIND
    edge = {"2023-01": v(100), "2023-03": v(100)}
    assert assess(jobs, D(1000), edge, "2023-03", D(25)).status == ON_TRACK
    assert assess(jobs, D(200), edge, "2023-03", D(25)).status == DONE
    assert assess(jobs, D(1000), values, "2023-04", D("33.3")).status == MISSING


def test_rate_latest_value_and_at_most_direction(plan):
    rate = plan.indicator("unemployment_rate")
    values = {"2023-01": v("2.4"), "2023-02": v("1.9"), "2023-03": EntryValue("na")}
    assert latest(values, "2023-03").value == D("1.9")
    a = assess(rate, D(2), values, "2023-03", D(25))
    assert a.achieved == D("1.9") and a.status == DONE and a.completion == D("100.0")
    assert assess(rate, D(2), {"2023-01": v(2)}, "2023-01", D("8.3")).status == DONE   # at the limit
    over = assess(rate, D(2), {"2023-01": v("2.5")}, "2023-01", D("8.3"))
    assert over.status == BEHIND and over.completion == D("80.0")


def test_milestone_status_and_overdue():
    from desktop.plan.model import Indicator
    road = Indicator(id="road", measure_id="m", name="道路", kind="milestone")
    going = {"2023-06": EntryValue("value", status="in_progress")}
    assert assess(road, None, going, "2023-06", D(50)).status == ON_TRACK
    late = assess(road, None, {"2023-12": EntryValue("value", status="in_progress")}, "2023-12", D(100))
    assert late.status == BEHIND and late.overdue and late.completion == D(50)
    done = {"2023-09": EntryValue("value", status="completed", done_on="2023-09-20")}
    assert assess(road, None, done, "2023-09", D(75)).status == DONE


def test_three_value_states(plan):
    jobs = plan.indicator("new_jobs")
    assert parse(jobs, "0", plan=plan) == EntryValue("value", D(0))
    assert parse(jobs, "不适用", plan=plan).is_na
    assert parse(jobs, "-", plan=plan).is_na
    assert parse(jobs, "", plan=plan) is None
    assert display(EntryValue("value", D(0))) == "0"
    assert display(EntryValue("na")) == "不适用"
    assert display(None) == ""
    assert parse(jobs, "1,200", plan=plan).value == D(1200)


@pytest.mark.parametrize("indicator, text, reason", [
    ("new_jobs", "-3", "负数"),
    ("new_jobs", "abc", "不是数字"),
    ("new_jobs", "2.5", "整数"),
    ("unemployment_rate", "120", "0 到 100"),
    ("old_estates_renewed", "-0.5", "负数"),
])
def test_refused_values_say_why(plan, indicator, text, reason):
    with pytest.raises(UserError, match=reason):
        parse(plan.indicator(indicator), text, plan=plan)


def test_milestone_input_and_dates(plan):
    road = plan.indicator("road_guapuqiao")
    # the Chinese word, its digit and its code (as --json prints it) all give the code
    assert parse(road, "推进中", plan=plan).status == parse(road, "1", plan=plan).status == "in_progress"
    assert parse(road, "in_progress", plan=plan).status == "in_progress"
    done = parse(road, "已完成 2023-06-30", plan=plan)
    assert done.status == "completed" and done.done_on == "2023-06-30"
    assert display(done) == "已完成 2023年6月30日"
    assert parse(road, "2", plan=plan, done_on="2024-01-05").done_on == "2024-01-05"
    with pytest.raises(UserError, match="不在计划年度内"):
        parse(road, "已完成 2025-01-01", plan=plan)
    with pytest.raises(UserError, match="未启动、推进中 或 已完成"):
        parse(road, "差不多", plan=plan)


from hypothesis import given, strategies as st  # noqa: E402

_month_value = st.one_of(st.none(), st.just("na"), st.integers(min_value=0, max_value=10**6))


@given(st.lists(_month_value, min_size=12, max_size=12))
def test_year_to_date_is_the_sum_of_numbers_whatever_the_states(months):
    values = {}
    for n, item in enumerate(months, start=1):
        if item == "na":
            values[f"2023-{n:02d}"] = EntryValue("na")
        elif item is not None:
            values[f"2023-{n:02d}"] = v(item)
    expected = sum(x for x in months if isinstance(x, int))
    got = year_to_date(values, "2023-12")
    assert got == (D(expected) if values else None)
