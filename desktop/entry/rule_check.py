"""The plan's audit rules (审核公式) evaluated for one office and month.

Indicator figures come from the one read path (``rows.progress_rows``): 本月 is the month's
value, 累计 its year to date as the entry page shows it. Register aggregates count the register
as it stands (live records), which is what the export carries. A side that needs a figure not
filled (or 不适用, or not this office's) cannot be judged: the rule is left out, never failed.

The export calls ``check_explained``: a failing 必须 rule without a real explanation refuses it,
whoever calls (the window, the command line, a script)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from db import register_stats
from desktop.entry.explanations import explanation_problem
from desktop.entry.rows import ProgressRow, progress_rows
from desktop.errors import UserError
from desktop.plan.formatting import number
from desktop.plan.rules import Aggregate, Binary, Figure, Negative, Number, Rule
from desktop.registers.field_types import of as field_type
from desktop.registers.schema import ensure_tables, table_name
from desktop.messages import Message, QT_TRANSLATE_NOOP

_COMPARE = {"≤": lambda a, b: a <= b, "<": lambda a, b: a < b, "≥": lambda a, b: a >= b,
            ">": lambda a, b: a > b, "=": lambda a, b: a == b, "≠": lambda a, b: a != b}


@dataclass(frozen=True)
class RuleResult:
    rule: Rule
    left: Decimal | None          # None: a figure it needs is not filled
    right: Decimal | None

    @property
    def judged(self) -> bool:
        return self.left is not None and self.right is not None

    @property
    def passed(self) -> bool:
        return not self.judged or _COMPARE[self.rule.op](self.left, self.right)

    @property
    def failing(self) -> bool:
        return not self.passed

    @property
    def blocking(self) -> bool:
        return self.failing and self.rule.blocks

    @property
    def summary(self) -> str:
        """R01 累计(reemployed) 730 ≤ 计数(unemployed) 700"""
        return (f"{self.rule.id} {self.rule.left} {_shown(self.left)} {self.rule.op} "
                f"{self.rule.right} {_shown(self.right)}")


def _shown(value: Decimal | None) -> str:
    return "—" if value is None else number(value)


class _Values:
    """What the rules read, each looked up once per check."""

    def __init__(self, db, plan, unit, period: str):
        self.db, self.plan, self.unit = db, plan, unit
        self.rows: dict[str, ProgressRow] = {r.indicator.id: r for r in progress_rows(db, plan, unit, period)}
        self.totals: dict[Aggregate, Decimal] = {}

    def of(self, expr) -> Decimal | None:
        if isinstance(expr, Number):
            return expr.value
        if isinstance(expr, Negative):
            inner = self.of(expr.operand)
            return None if inner is None else -inner
        if isinstance(expr, Binary):
            a, b = self.of(expr.left), self.of(expr.right)
            if a is None or b is None:
                return None
            return a + b if expr.op == "+" else a - b if expr.op == "-" else a * b
        if isinstance(expr, Figure):
            return self._figure(expr)
        if isinstance(expr, Aggregate):
            if expr not in self.totals:
                self.totals[expr] = self._aggregate(expr)
            return self.totals[expr]
        raise TypeError(f"not a rule expression: {expr!r}")

    def _figure(self, ref: Figure) -> Decimal | None:
        row = self.rows.get(ref.indicator)
        if row is None:
            return None
        if ref.which == "累计":
            return row.ytd
        month = row.month
        return month.value if month is not None and month.has_number else None

    def _aggregate(self, ref: Aggregate) -> Decimal:
        register = self.plan.register(ref.register)
        ensure_tables(self.db, self.plan)
        where = []
        if ref.where is not None:
            key, value = ref.where
            where = [(key, [value], field_type(register.field(key)).multiple)]
        values = register_stats.total(self.db, table=table_name(register), office=self.unit.code,
                                      value_field=ref.field, where=where)
        return sum((Decimal(str(v)) for v in values), Decimal(0))


def check_rules(db, plan, unit, period: str) -> list[RuleResult]:
    """Every plan rule for the office's month, in plan order (the district enters no registers:
    rules are an office's check, so a district database has none to pass)."""
    if not plan.rules or unit.role == "district":
        return []
    values = _Values(db, plan, unit, period)
    return [RuleResult(r, values.of(r.left_expr), values.of(r.right_expr)) for r in plan.rules]


def failing_rules(db, plan, unit, period: str) -> list[RuleResult]:
    return [r for r in check_rules(db, plan, unit, period) if r.failing]


def check_explained(results: list[RuleResult], explanations: dict[str, str] | None, plan) -> dict[str, str]:
    """The explanations the export carries (failing rules only, stripped). Refuses an
    explanation for a rule the plan does not have, and a failing 必须 rule without real words."""
    explanations = {k.strip(): (v or "").strip() for k, v in (explanations or {}).items()}
    known = {r.id for r in plan.rules}
    for rule_id in explanations:
        if rule_id not in known:
            raise UserError(Message(QT_TRANSLATE_NOOP("core", "计划中没有编号为 {0} 的审核公式，请核对 --explain 的编号（本计划的审核公式：{1}）"), rule_id, "、".join(sorted(known)) or "无"))
    for r in results:
        if not r.blocking:
            continue
        text = explanations.get(r.rule.id, "")
        problem = explanation_problem(text)
        if problem:
            said = "未写说明" if not text else f"说明不足：{problem}"
            raise UserError(Message(QT_TRANSLATE_NOOP("core", "审核公式 {0} 未通过（{1}）：{2}。该公式为“必须”，需写明说明后才能导出（{3}）"), r.rule.id, r.summary, r.rule.message, said))
    return {r.rule.id: explanations[r.rule.id] for r in results
            if r.failing and explanations.get(r.rule.id)}
