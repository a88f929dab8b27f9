"""The shipped plan carries every figure of the seed document, and bad plan files are refused."""
from __future__ import annotations

import tomllib
from decimal import Decimal

import pytest

from desktop.errors import PlanError
from desktop.system.paths import default_plan_path
from desktop.plan.loader import load_plan_file, plan_from_dict, plan_from_json, plan_to_json


@pytest.fixture(scope="module")
def plan():
    return load_plan_file(default_plan_path())


def raw_plan() -> dict:
    with open(default_plan_path(), "rb") as fh:
        return tomllib.load(fh, parse_float=Decimal)


# (indicator id, target, unit, kind, direction, scope) — every quantified figure of the seed text
SEED_FIGURES = [
    ("fiscal_revenue", "62", "亿元", "amount", "at_least", "district"),
    ("fiscal_revenue_growth", "13", "%", "rate", "at_least", "district"),
    ("gdp", "350", "亿元", "amount", "at_least", "district"),
    ("gdp_growth", "12", "%", "rate", "at_least", "district"),
    ("startup_park", "1", "个", "count", "at_least", "district"),
    ("startup_street", "1", "条", "count", "at_least", "district"),
    ("startup_community", "1", "个", "count", "at_least", "district"),
    ("startup_models", "10", "名", "count", "at_least", "district"),
    ("startups_supported", "200", "人", "derived", "at_least", "office"),
    ("jobs_driven", "1000", "人", "count", "at_least", "office"),
    ("credit_streets", "12", "个", "count", "at_least", "district"),
    ("microloans", "300", "万元", "derived", "at_least", "office"),
    ("new_jobs", "20220", "个", "count", "at_least", "office"),
    ("reemployed", "9000", "人", "derived", "at_least", "office"),
    ("training", "6000", "人次", "derived", "at_least", "office"),
    ("unemployment_rate", "2", "%", "rate", "at_most", "office"),
    ("migrant_children_public", "100", "%", "rate", "at_least", "district"),
    ("quality_kindergartens", "80", "%", "rate", "at_least", "district"),
    ("parking_spaces", "300", "个", "derived", "at_least", "office"),
    ("first_visit_rate", "60", "%", "rate", "at_least", "office"),
    ("accessible_homes", "68", "户", "count", "at_least", "district"),
    ("home_care_disabled", "200", "人", "count", "at_least", "office"),
    ("relief_funds", "400", "万元", "amount", "at_least", "district"),
    ("dibao_supplement", "100", "元/人·月", "rate", "at_least", "district"),
    ("resettlement_housing", "14", "万平方米", "amount", "at_least", "district"),
    ("old_estates_renewed", "30", "万平方米", "amount", "at_least", "office"),
    ("buildings_renovated", "100", "幢", "count", "at_least", "office"),
    ("community_guards", "900", "人", "rate", "at_least", "office"),
    ("security_facilities", "100", "%", "rate", "at_least", "district"),
    ("petitions_resolved", "24", "件", "count", "at_least", "office"),
]


@pytest.mark.parametrize("ind_id,target,unit,kind,direction,scope", SEED_FIGURES)
def test_seed_figure_is_in_the_plan(plan, ind_id, target, unit, kind, direction, scope):
    ind = plan.indicator(ind_id)
    assert (ind.target, ind.unit, ind.kind, ind.direction, ind.scope) == (
        Decimal(target), unit, kind, direction, scope)


def test_stretch_baseline_stages_and_confirmations(plan):
    assert plan.indicator("fiscal_revenue_growth").stretch == 20
    assert plan.indicator("gdp_growth").stretch == 15
    assert plan.indicator("dibao_supplement").baseline == 80
    stages = plan.indicator("petitions_resolved").stages
    assert [(s.by, s.percent) for s in stages] == [("2023-10", 50), ("2024-06", 80), ("2024-12", 100)]
    assert plan.indicator("security_facilities").due == "2024-12"
    assert plan.last_period() == "2024-12"
    new_jobs = plan.indicator("new_jobs")
    assert new_jobs.confirm and "20220" in new_jobs.note
    assert plan.indicator("green_4").confirm and plan.indicator("green_5").confirm


def test_areas_measures_and_the_pending_fifth(plan):
    assert [a.name for a in plan.areas] == ["富民工程", "慧民工程", "便民工程", "安民工程", "乐民工程"]
    lemin = plan.area("lemin")
    assert lemin.pending and "待区里" in lemin.note
    assert not [m for m in plan.measures if m.area_id == "lemin"]
    assert len(plan.measures) == 12
    text = "".join(m.name + m.text for m in plan.measures) + "".join(i.name for i in plan.indicators)
    for garbled in ("效劳", "根底", "到达"):
        assert garbled not in text
    assert "服务" in text and "基础" in text and "达到" in text


def test_named_deliverables_are_milestones(plan):
    names = {i.name for i in plan.indicators if i.kind == "milestone"}
    for expected in ("瓜圃桥道路建设", "祁家桥二期道路建设", "剑阁路道路建设", "建成魏源故居绿地",
                     "建成曾水源墓地绿地", "建成金陵中学东侧绿地", "新建宁海社区卫生服务中心",
                     "新建江东社区卫生服务中心", "新建里圩社区卫生服务中心", "启动地下立体车库试点",
                     "铁路南街市政排水管网改造", "慈悲社市政排水管网改造", "归云堂市政排水管网改造",
                     "马家街市政排水管网改造"):
        assert expected in names
    assert sum(1 for i in plan.indicators if i.id.startswith("green_")) == 5


def test_registers_are_declared_with_their_fields(plan):
    assert [r.name for r in plan.registers] == ["失业人员实名登记", "养老服务", "停车泊位"]
    unemployed = plan.register("unemployed")
    assert unemployed.field("id_number").type == "cn_id"
    assert unemployed.field("categories").choices[0] == "失业党员"
    assert [lg.name for lg in unemployed.logs] == ["培训记录"]
    assert [lg.name for lg in plan.register("elderly").logs] == ["服务记录"]
    assert plan.register("elderly").field("id_number").warn_under_age == 60
    assert "已完工" in plan.register("parking").field("status").choices


def test_thirteen_offices_and_shares_add_up(plan):
    assert len(plan.offices) == 13
    assert len({o.name for o in plan.offices}) == 13
    assert all(o.communities for o in plan.offices)
    for ind in plan.indicators:
        if ind.scope != "office" or ind.target is None:
            continue
        shares = [plan.target_for(o.code, ind.id) for o in plan.offices]
        assert None not in shares, ind.id
        if ind.split == "share":
            assert sum(shares) == ind.target, ind.id
        else:
            assert set(shares) == {ind.target}, ind.id


def test_plan_survives_a_json_round_trip(plan):
    assert plan_from_json(plan_to_json(plan)) == plan


@pytest.mark.parametrize("change,expect", [
    (lambda r: r["indicators"][0].update(kind="ratio"), ["fiscal_revenue", "未知的指标类型 'ratio'"]),
    (lambda r: r["indicators"][1].update(id="fiscal_revenue"), ["fiscal_revenue", "重复"]),
    (lambda r: r["assignments"]["NHL"].update(jobs_driven=1), ["jobs_driven", "合计", "1000"]),
    (lambda r: r["registers"][0]["fields"][0].update(type="string"), ["unemployed", "name", "未知的字段类型 'string'"]),
    (lambda r: r["measures"][0].update(area="nowhere"), ["fumin.economy", "nowhere"]),
    (lambda r: r["assignments"].update(XXX={"jobs_driven": 1}), ["XXX", "不在街道名单"]),
])
def test_bad_plan_is_refused_naming_file_item_and_problem(change, expect):
    raw = raw_plan()
    change(raw)
    with pytest.raises(PlanError) as info:
        plan_from_dict(raw, "区计划2024.toml")
    message = info.value.message
    assert "区计划2024.toml" in message
    for part in expect:
        assert part in message


def test_unreadable_plan_file_is_refused(tmp_path):
    bad = tmp_path / "坏计划.toml"
    bad.write_text("[plan\nid = ", encoding="utf-8")
    with pytest.raises(PlanError) as info:
        load_plan_file(bad)
    assert "坏计划.toml" in info.value.message and "TOML" in info.value.message
