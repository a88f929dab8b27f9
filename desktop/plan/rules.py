"""Audit rules (审核公式) the plan defines across indicators and registers.

A rule compares two small expressions: 累计(reemployed) ≤ 累计(registrations), or
合计(parking, completed) ≤ 合计(parking, planned). A side is parsed with Python's ``ast`` and
only a whitelist of node shapes becomes an expression tree (never eval): numbers, + − ×,
parentheses, and four calls —
  本月(指标) / 累计(指标)                      an indicator's figure for the month / year to date
  计数(台账[, 字段=值])                        live records of a register, optionally filtered
  合计(台账, 数字字段[, 字段=值])              the sum of a numeric field over them
(English aliases month, ytd, count, sum). Ids are checked against the plan when it loads.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from desktop.messages import Message, QT_TRANSLATE_NOOP

OPERATORS = {"≤": "≤", "<=": "≤", "<": "<", "≥": "≥", ">=": "≥", ">": ">", "=": "=", "==": "=",
             "≠": "≠", "!=": "≠", "<>": "≠"}
IMPORTANCES = ("必须", "提示")      # 必须: blocks the export unless explained; 提示: warns
FIGURES = {"本月": "本月", "month": "本月", "累计": "累计", "ytd": "累计"}
AGGREGATES = {"计数": "计数", "count": "计数", "合计": "合计", "sum": "合计"}
MAX_TEXT = 300                     # a side longer than this is not a formula a person wrote
MAX_NODES = 60
# Excel and Chinese input methods write these; the parser reads the ASCII forms
_SAME = str.maketrans({"（": "(", "）": ")", "，": ",", "＝": "=", "＋": "+", "－": "-", "−": "-",
                       "×": "*", "＊": "*", "“": '"', "”": '"', "‘": "'", "’": "'", "　": " "})


class RuleSyntax(ValueError):
    """A side that does not read as an audit-rule expression (the message is Chinese)."""


@dataclass(frozen=True)
class Number:
    value: Decimal


@dataclass(frozen=True)
class Figure:
    which: str            # 本月 | 累计
    indicator: str


@dataclass(frozen=True)
class Aggregate:
    how: str              # 计数 | 合计
    register: str
    field: str | None = None                   # the summed field (合计)
    where: tuple[str, str] | None = None       # (field, value): only records with that value


@dataclass(frozen=True)
class Binary:
    op: str               # + - ×
    left: object
    right: object


@dataclass(frozen=True)
class Negative:
    operand: object


@dataclass(frozen=True)
class Rule:
    id: str
    left: str             # as written in the plan
    op: str               # one of ≤ < ≥ > = ≠
    right: str
    importance: str       # 必须 | 提示
    message: str
    left_expr: object = field(default=None, compare=False, repr=False)
    right_expr: object = field(default=None, compare=False, repr=False)

    @property
    def blocks(self) -> bool:
        return self.importance == "必须"

    @property
    def text(self) -> str:
        return f"{self.left} {self.op} {self.right}"


def parse_side(text: str) -> object:
    """The expression tree of one side; RuleSyntax says in Chinese what is wrong."""
    source = (text or "").translate(_SAME).strip()
    if not source:
        raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "公式为空")))
    if len(source) > MAX_TEXT:
        raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "公式超过 {0} 个字符"), MAX_TEXT))
    try:
        tree = ast.parse(source, mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "“{0}”不是有效的公式，请写成例如 累计(reemployed) 或 合计(parking, completed)"), text)) from None
    if sum(1 for _ in ast.walk(tree)) > MAX_NODES:
        raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "公式过长，请拆成几条审核公式")))
    return _node(tree.body, source)


def _node(node, source: str):
    if isinstance(node, ast.BinOp):
        ops = {ast.Add: "+", ast.Sub: "-", ast.Mult: "×"}
        op = ops.get(type(node.op))
        if op is None:
            raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "公式只能用 +、−、× 和括号")))
        return Binary(op, _node(node.left, source), _node(node.right, source))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return Negative(_node(node.operand, source))
    if isinstance(node, ast.Constant):
        return Number(_number(node, source))
    if isinstance(node, ast.Call):
        return _call(node, source)
    raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "公式中不能出现“{0}”"), ast.get_source_segment(source, node) or type(node).__name__))


def _number(node: ast.Constant, source: str) -> Decimal:
    digits = ast.get_source_segment(source, node) or ""
    if isinstance(node.value, bool) or not isinstance(node.value, (int, float)) \
            or not all(ch.isdigit() or ch == "." for ch in digits):
        raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "“{0}”不是数字（只能写 12 或 0.5 这样的数）"), digits))
    try:
        return Decimal(digits)
    except InvalidOperation:
        raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "“{0}”不是数字"), digits)) from None


def _name(node, what: str) -> str:
    if not isinstance(node, ast.Name):
        raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "{0}应写编号，例如 reemployed"), what))
    return node.id


def _call(node: ast.Call, source: str):
    func = node.func.id if isinstance(node.func, ast.Name) else None
    if func in FIGURES:
        if len(node.args) != 1 or node.keywords:
            raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "{0}(…) 的括号里只写一个指标编号，例如 {1}(new_jobs)"), func, func))
        return Figure(FIGURES[func], _name(node.args[0], "指标"))
    if func in AGGREGATES:
        how = AGGREGATES[func]
        wanted = 1 if how == "计数" else 2
        if len(node.args) != wanted or len(node.keywords) > 1:
            example = "计数(unemployed, employment_status=已再就业)" if how == "计数" else \
                "合计(parking, completed, status=已完工)"
            raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "{0}(…) 应写成例如 {1}（条件最多一个）"), func, example))
        register = _name(node.args[0], "台账")
        summed = _name(node.args[1], "求和字段") if how == "合计" else None
        where = None
        if node.keywords:
            kw = node.keywords[0]
            if kw.arg is None:
                raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "条件应写成 字段编号=值")))
            where = (kw.arg, _value(kw.value, source))
        return Aggregate(how, register, summed, where)
    shown = ast.get_source_segment(source, node.func) or "?"
    raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", "不认识的函数“{0}”（只能用 本月、累计、计数、合计）"), shown))


def _value(node, source: str) -> str:
    """A filter value: text in quotes, a bare word (已完工), or a whole number."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return ast.get_source_segment(source, node) or str(node.value)
    raise RuleSyntax(Message(QT_TRANSLATE_NOOP("core", '条件的值应写成文字，例如 status=已完工 或 status="已完工"')))


def references(expr) -> list:
    """Every Figure and Aggregate in ``expr``, left to right."""
    if isinstance(expr, Binary):
        return references(expr.left) + references(expr.right)
    if isinstance(expr, Negative):
        return references(expr.operand)
    return [expr] if isinstance(expr, (Figure, Aggregate)) else []
