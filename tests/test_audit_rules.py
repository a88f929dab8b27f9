"""审核公式 in the plan: the parser (whitelisted syntax only), the checks at plan load, the
canonical form and digest, and the plan workbook's sheet 审核公式."""
from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from desktop.errors import PlanError
from desktop.plan.canonical import plan_digest, plan_to_dict
from desktop.plan.loader import load_plan_file, plan_from_dict
from desktop.plan.rules import Aggregate, Binary, Figure, Negative, Number, RuleSyntax, parse_side
from desktop.plan.workbook_export import plan_sheets
from desktop.plan.workbook_parse import plan_from_sheets
from desktop.system.paths import default_plan_path


@pytest.fixture(scope="module")
def plan():
    return load_plan_file(default_plan_path())


def with_rules(plan, rules):
    raw = copy.deepcopy(plan_to_dict(plan))
    raw["rules"] = rules
    return plan_from_dict(raw, "测试计划")


def rule(**kw):
    return {"id": "T1", "left": "累计(reemployed)", "op": "≤", "right": "计数(unemployed)",
            "importance": "必须", "message": "再就业不超过登记人数"} | kw


def test_sides_parse_into_figures_aggregates_and_arithmetic():
    assert parse_side("累计(reemployed)") == Figure("累计", "reemployed")
    assert parse_side("ytd(reemployed)") == Figure("累计", "reemployed")
    assert parse_side("本月（new_jobs）") == Figure("本月", "new_jobs")       # full-width brackets
    assert parse_side("计数(unemployed, employment_status=已再就业)") == \
        Aggregate("计数", "unemployed", None, ("employment_status", "已再就业"))
    assert parse_side('合计(parking，completed，status="已完工")') == \
        Aggregate("合计", "parking", "completed", ("status", "已完工"))
    assert parse_side("2 × 累计(training) − 0.5") == \
        Binary("-", Binary("×", Number(Decimal(2)), Figure("累计", "training")), Number(Decimal("0.5")))
    assert parse_side("-(本月(new_jobs) + 3)") == \
        Negative(Binary("+", Figure("本月", "new_jobs"), Number(Decimal(3))))


@pytest.mark.parametrize("text", [
    "__import__('os').system('calc')", "open('x')", "累计(reemployed).real", "累计(reemployed) / 2",
    "累计(reemployed) ** 2", "[1, 2]", "lambda: 1", "1e3", "0x10", "1_000", "True", "'文字'",
    "累计(reemployed) if 1 else 2", "累计(reemployed) < 3", "累计('reemployed')", "累计(a, b)",
    "计数(unemployed, status=1.5)", "计数(unemployed, a=1, b=2)", "合计(parking)", "计数(**{'a': 1})",
    "", "1 +", "(" * 200 + "1" + ")" * 200, "1" + " + 1" * 80,
])
def test_anything_outside_the_whitelist_is_refused(text):
    with pytest.raises(RuleSyntax):
        parse_side(text)


def test_the_shipped_plan_has_rules_and_they_load(plan):
    ids = [r.id for r in plan.rules]
    assert len(ids) >= 4 and len(set(ids)) == len(ids)
    assert {r.importance for r in plan.rules} == {"必须", "提示"}
    assert plan.rule("R02").left_expr == Aggregate("合计", "parking", "completed")


@pytest.mark.parametrize("change, said", [
    ({"left": "累计(no_such)"}, "指标 'no_such' 不在计划中"),
    ({"right": "计数(nowhere)"}, "台账 'nowhere' 不在计划中"),
    ({"right": "合计(parking, colour)"}, "没有字段 'colour'"),
    ({"right": "合计(parking, project)"}, "不是数字，不能合计"),
    ({"right": "计数(parking, colour=红)"}, "没有条件字段 'colour'"),
    ({"right": "计数(parking, status=拆除)"}, "选项中没有“拆除”"),
    ({"left": "累计(rank_income)"}, "是节点任务"),
    ({"op": "≈"}, "关系 op 应为"),
    ({"importance": "重要"}, "重要程度 importance"),
    ({"message": ""}, "缺少提示信息"),
    ({"left": "eval('1')"}, "不认识的函数"),
])
def test_a_wrong_rule_is_refused_at_load_naming_the_rule(plan, change, said):
    with pytest.raises(PlanError) as caught:
        with_rules(plan, [rule(**change)])
    assert any(p.startswith("审核公式 T1：") and said in p for p in caught.value.problems), caught.value.problems


def test_duplicate_rule_ids_are_refused(plan):
    with pytest.raises(PlanError) as caught:
        with_rules(plan, [rule(), rule()])
    assert any("编号 T1 重复" in p for p in caught.value.problems)


def test_ascii_operators_are_read_as_their_signs(plan):
    assert with_rules(plan, [rule(op="<=")]).rules[0].op == "≤"
    assert with_rules(plan, [rule(op="!=")]).rules[0].op == "≠"


def test_the_digest_covers_every_part_of_a_rule(plan):
    base = with_rules(plan, [rule()])
    for change in ({"message": "另一句"}, {"importance": "提示"}, {"op": "<"}, {"right": "计数(elderly)"}):
        assert plan_digest(with_rules(plan, [rule(**change)])) != plan_digest(base)
    assert plan_digest(with_rules(plan, [rule()])) == plan_digest(base)


def rows_of(sheets):
    return {s.name: [[c.header for c in s.columns]] + [list(r) for r in s.rows] if s.header else
            [list(r) for r in s.rows] for s in sheets}


def test_the_plan_workbook_round_trips_the_rules(plan):
    book = rows_of(plan_sheets(plan))
    assert book["审核公式"][0] == ["编号", "左边", "关系", "右边", "重要程度", "提示信息"]
    again = plan_from_sheets(book, "计划.xlsx")
    assert again.rules == plan.rules and plan_digest(again) == plan_digest(plan)


def test_a_rule_edited_in_the_workbook_is_checked_with_its_row(plan):
    book = rows_of(plan_sheets(plan))
    book["审核公式"][2][1] = "累计(reemployd)"
    with pytest.raises(PlanError) as caught:
        plan_from_sheets(book, "计划.xlsx")
    assert any(p.startswith("「审核公式」第3行 审核公式 R02：左边：指标 'reemployd'") for p in caught.value.problems), \
        caught.value.problems


def test_a_workbook_without_the_sheet_has_no_rules(plan):
    book = rows_of(plan_sheets(plan))
    del book["审核公式"]
    assert plan_from_sheets(book, "旧计划.xlsx").rules == ()
