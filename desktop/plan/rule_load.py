"""Read the plan's [[rules]] (审核公式) and refuse any that names what the plan does not have.

Called by ``loader.plan_from_dict`` with its problem collector, so a wrong rule is reported
with every other problem of the plan, naming the rule."""
from __future__ import annotations

from typing import Callable

from desktop.registers.field_types import of as field_type
from desktop.messages import Message, QT_TRANSLATE_NOOP

from .rules import IMPORTANCES, OPERATORS, Aggregate, Figure, Rule, RuleSyntax, parse_side, references


def read_rules(items, indicators: dict, registers: dict, problem: Callable[[str, str], None]) -> list[Rule]:
    out, seen = [], set()
    if not isinstance(items, list):
        problem(Message(QT_TRANSLATE_NOOP("core", "审核公式（[[rules]]）")), Message(QT_TRANSLATE_NOOP("core", "应为一组审核公式")))
        return out
    for d in items:
        if not isinstance(d, dict):
            problem(Message(QT_TRANSLATE_NOOP("core", "审核公式（[[rules]]）")), Message(QT_TRANSLATE_NOOP("core", "无法读取 {0}"), repr(d)))
            continue
        at = f"{d['_at']} " if d.get("_at") else ""
        rule_id = str(d.get("id") or "").strip()
        item = Message(QT_TRANSLATE_NOOP("core", "{0}审核公式 {1}"), at, rule_id or "?")
        if not rule_id:
            problem(item, Message(QT_TRANSLATE_NOOP("core", "缺少编号 id")))
        elif rule_id in seen:
            problem(item, Message(QT_TRANSLATE_NOOP("core", "编号 {0} 重复"), rule_id))
        seen.add(rule_id)
        op = OPERATORS.get(str(d.get("op") or "").strip())
        if op is None:
            problem(item, Message(QT_TRANSLATE_NOOP("core", "关系 op 应为 ≤ < ≥ > = ≠ 之一，实为 {0}"), repr(d.get("op"))))
        importance = str(d.get("importance") or "").strip()
        if importance not in IMPORTANCES:
            problem(item, Message(QT_TRANSLATE_NOOP("core", "重要程度 importance 应为“必须”或“提示”，实为 {0}"), repr(d.get("importance"))))
        message = str(d.get("message") or "").strip()
        if not message:
            problem(item, Message(QT_TRANSLATE_NOOP("core", "缺少提示信息 message（未通过时显示给填报人）")))
        sides = []
        for key, label in (("left", "左边"), ("right", "右边")):
            text = str(d.get(key) or "").strip()
            try:
                expr = parse_side(text)
            except RuleSyntax as exc:
                problem(item, f"{label}：{exc}")
                expr = None
            if expr is not None:
                for what in _unknown(expr, indicators, registers):
                    problem(item, f"{label}：{what}")
            sides.append((text, expr))
        out.append(Rule(id=rule_id, left=sides[0][0], op=op or "≤", right=sides[1][0],
                        importance=importance, message=message,
                        left_expr=sides[0][1], right_expr=sides[1][1]))
    return out


def _unknown(expr, indicators: dict, registers: dict):
    """What in ``expr`` the plan does not have (or cannot compute), each said in Chinese."""
    for ref in references(expr):
        if isinstance(ref, Figure):
            ind = indicators.get(ref.indicator)
            if ind is None:
                yield f"指标 {ref.indicator!r} 不在计划中"
            elif ind.kind == "milestone":
                yield f"指标 {ref.indicator}（{ind.name}）是节点任务，没有数值"
            continue
        assert isinstance(ref, Aggregate)
        reg = registers.get(ref.register)
        if reg is None:
            yield f"台账 {ref.register!r} 不在计划中"
            continue
        fields = {f.id: f for f in reg.fields}
        if ref.field is not None:
            if ref.field not in fields:
                yield f"台账 {reg.name} 没有字段 {ref.field!r}"
            elif not field_type(fields[ref.field]).numeric:
                yield f"台账 {reg.name} 的字段 {ref.field}（{fields[ref.field].label}）不是数字，不能合计"
        if ref.where is not None:
            key, value = ref.where
            if key not in fields:
                yield f"台账 {reg.name} 没有条件字段 {key!r}"
            elif fields[key].choices and value not in fields[key].choices:
                yield (f"条件 {key}={value}：「{fields[key].label}」的选项中没有“{value}”"
                       f"（可选：{'、'.join(fields[key].choices)}）")
