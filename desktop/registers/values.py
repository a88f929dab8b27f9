"""One field's value: from what a clerk typed or an Excel cell held, to what is stored, and back.

Stored forms: text; int; decimal as exact text; date as 'YYYY-MM-DD'; choice as its label;
multi-choice as labels joined by 、; yes/no as 1/0. Problems raise ``ValueProblem`` with a
Chinese message that says what to write instead.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from decimal import Decimal, InvalidOperation

from desktop.registers import cn_id
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.plan.model import Field

from .phone import PhoneProblem, parse_phone

from .schema import MULTI_SEPARATOR

_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_ASCII_DIGITS = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})
_MULTI_SPLIT = re.compile(r"[、,，;；/\s]+")
YES = {"是", "有", "y", "yes", "true", "1", "√", "✓"}
NO = {"否", "无", "n", "no", "false", "0", "×", "✗"}
NOT_A_CHOICE = QT_TRANSLATE_NOOP("core", "「{0}」不是可选项，可选：{1}")
DATE_HINT = Message(QT_TRANSLATE_NOOP("core", "请按 2023-03-05 或 2023年3月5日 的格式填写"))


class ValueProblem(ValueError):
    def __init__(self, message: str, *args):
        message = Message(message, *args) if args or not isinstance(message, Message) else message
        super().__init__(message)
        self.message = message


def _text(raw) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return str(raw).strip() if not isinstance(raw, str) else raw.strip()


def _digits_ascii(text: str) -> str:
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
    text = _digits_ascii(_text(raw)).replace(" ", "")
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」不是有效日期（没有这一天），{1}"), text, DATE_HINT) from None
    raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」不是日期，{1}"), text, DATE_HINT)


def _number(field: Field, raw) -> Decimal:
    if isinstance(raw, bool):
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "应填写数字"))
    try:
        value = Decimal(str(raw)) if isinstance(raw, (int, float)) else Decimal(
            _digits_ascii(_text(raw)).replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」不是数字，请只填写数字"), _text(raw)) from None
    if not value.is_finite():
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "应填写数字"))
    if field.min is not None and value < field.min:
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "不能小于 {0}"), field.min)
    if field.max is not None and value > field.max:
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "不能大于 {0}"), field.max)
    return value


def parse_value(field: Field, raw, communities: tuple[str, ...] = ()):
    """The stored value, or None when empty. cn_id is checked by validation (it has derivations)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = field.type
    if kind == "text":
        text = raw.strip() if isinstance(raw, str) else _text(raw)
        if field.max_length and len(text) > field.max_length:
            raise ValueProblem(QT_TRANSLATE_NOOP("core", "不能超过 {0} 个字"), field.max_length)
        return text
    if kind == "date":
        return parse_date(raw).isoformat()
    if kind == "integer":
        value = _number(field, raw)
        if value != value.to_integral_value():
            raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」应为整数"), _text(raw))
        return int(value)
    if kind == "decimal":
        value = _number(field, raw)
        places = field.places if field.places is not None else 2
        if value != round(value, places):
            raise ValueProblem(QT_TRANSLATE_NOOP("core", "最多保留 {0} 位小数"), places)
        return str(value.quantize(Decimal(1).scaleb(-places)))
    if kind == "choice":
        text = _text(raw)
        if text not in field.choices:
            raise ValueProblem(NOT_A_CHOICE, text, "、".join(field.choices))
        return text
    if kind == "multi_choice":
        labels = [p for p in _MULTI_SPLIT.split(_text(raw)) if p]
        wrong = [p for p in labels if p not in field.choices]
        if wrong:
            raise ValueProblem(NOT_A_CHOICE, "、".join(wrong), "、".join(field.choices))
        return MULTI_SEPARATOR.join(c for c in field.choices if c in labels) or None
    if kind == "community":
        text = _text(raw)
        if communities and text not in communities:
            alt = next((c for c in communities if c.removesuffix("社区") == text.removesuffix("社区")), None)
            if alt is None:
                raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」不是本街道的社区，可选：{1}"), text, "、".join(communities))
            text = alt
        return text
    if kind == "phone":
        try:
            return parse_phone(_text(raw))
        except PhoneProblem as exc:
            raise ValueProblem(exc.message) from None
    if kind == "yes_no":
        text = _text(raw).lower()
        if text in YES:
            return 1
        if text in NO:
            return 0
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」应填写“是”或“否”"), _text(raw))
    if kind == "cn_id":
        return cn_id.normalize(str(raw))
    text = _text(raw)
    if field.max_length and len(text) > field.max_length:
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "不能超过 {0} 个字"), field.max_length)
    return text


def typed(field: Field, stored):
    """The stored value as Python: date, Decimal, int, bool, tuple of labels, or str."""
    if stored is None or stored == "":
        return None
    if field.type == "date":
        return date.fromisoformat(stored)
    if field.type == "decimal":
        return Decimal(stored)
    if field.type == "yes_no":
        return bool(stored)
    if field.type == "multi_choice":
        return tuple(stored.split(MULTI_SEPARATOR))
    return stored


def display(field: Field, stored) -> str:
    """As a district office writes it: 2023年3月5日, 是/否, labels joined by 、."""
    if stored is None or stored == "":
        return ""
    if field.type == "date":
        d = date.fromisoformat(stored)
        return f"{d.year}年{d.month}月{d.day}日"
    if field.type == "yes_no":
        return "是" if stored else "否"
    return str(stored)


def edit_text(field: Field, stored) -> str:
    """What a form's text box shows for editing: dates as 2023-03-05."""
    if stored is None:
        return ""
    if field.type == "yes_no":
        return "是" if stored else "否"
    return str(stored)


REGISTRATION_FIELD = "registered_on"     # 登记日期: a person's age is the age on this day


def registration_day(values: dict) -> date | None:
    """The record's registration date (stored form or as typed), when it has a valid one."""
    raw = values.get(REGISTRATION_FIELD)
    if raw in (None, ""):
        return None
    try:
        return parse_date(raw)
    except ValueProblem:
        return None


def age_on(birth_iso: str | None, day: date | None = None) -> int | None:
    """Whole years on ``day`` (today by default). A register's age is the age at registration
    (``registration_day``); without a registration date it is recomputed as of today."""
    if not birth_iso:
        return None
    born, day = date.fromisoformat(birth_iso), day or date.today()
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def with_current_age(fields, values: dict, day: date | None = None) -> dict:
    """``values`` (by field id, stored form) with every age_from_id field brought up to date."""
    birth = next((f.id for f in fields if f.derived == "birth_date_from_id"), None)
    for f in fields:
        if f.derived == "age_from_id" and birth:
            values[f.id] = age_on(values.get(birth), registration_day(values) or day)
    return values
