"""The small readers the field types share: a cell or typed text as plain text, as a number
within the field's bounds, as a date; and ``ValueProblem``, the refusal with a Chinese message
that says what to write instead."""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from decimal import Decimal, InvalidOperation

from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.plan.model import Field

MULTI_SEPARATOR = "、"      # a multi-choice value is stored as its labels joined by this
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_ASCII_DIGITS = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})
MULTI_SPLIT = re.compile(r"[、,，;；/\s]+")
YES = {"是", "有", "y", "yes", "true", "1", "√", "✓"}
NO = {"否", "无", "n", "no", "false", "0", "×", "✗"}
NOT_A_CHOICE = QT_TRANSLATE_NOOP("core", "「{0}」不是可选项，可选：{1}")
DATE_HINT = Message(QT_TRANSLATE_NOOP("core", "请按 2023-03-05 或 2023年3月5日 的格式填写"))


class ValueProblem(ValueError):
    def __init__(self, message: str, *args):
        message = Message(message, *args) if args or not isinstance(message, Message) else message
        super().__init__(message)
        self.message = message


def plain_text(raw) -> str:
    """A cell as text; a whole number read as float loses its '.0'."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return str(raw).strip() if not isinstance(raw, str) else raw.strip()


def digits_ascii(text: str) -> str:
    return text.translate(_ASCII_DIGITS)


def parse_date(raw) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if type(raw) is str:
        return _date_of_text(raw)
    return _parse_date_text(raw)


@lru_cache(maxsize=8192)
def _date_of_text(raw: str) -> date:
    """A register repeats its dates, and a row is read for its registration day several times
    (ages, the 4050 rule, derived fields): each distinct text is parsed once. Only successes
    are kept (a refusal raises again, with its message)."""
    return _parse_date_text(raw)


def _parse_date_text(raw) -> date:
    text = digits_ascii(plain_text(raw)).replace(" ", "")
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」不是有效日期（没有这一天），{1}"), text, DATE_HINT) from None
    raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」不是日期，{1}"), text, DATE_HINT)


def number(field: Field, raw) -> Decimal:
    """A number within the field's min and max (thousands separators and full-width digits read)."""
    if isinstance(raw, bool):
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "应填写数字"))
    try:
        value = Decimal(str(raw)) if isinstance(raw, (int, float)) else Decimal(
            digits_ascii(plain_text(raw)).replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」不是数字，请只填写数字"), plain_text(raw)) from None
    if not value.is_finite():
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "应填写数字"))
    if field.min is not None and value < field.min:
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "不能小于 {0}"), field.min)
    if field.max is not None and value > field.max:
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "不能大于 {0}"), field.max)
    return value


def short_text(field: Field, text: str) -> str:
    if field.max_length and len(text) > field.max_length:
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "不能超过 {0} 个字"), field.max_length)
    return text
