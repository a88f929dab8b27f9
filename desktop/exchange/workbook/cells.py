"""Canonical text of one cell, by the column's declared type.

The signature covers what a cell *means*, not how a spreadsheet program stored it: Excel, WPS and
LibreOffice may turn an inline string into a shared string, 3 into 3.0, a date into a serial
number. Every canonical value is a string; no float survives into the signed content.
"""
from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from desktop.messages import Message, QT_TRANSLATE_NOOP

TYPES = ("text", "integer", "decimal", "date", "multi", "yes_no", "auto")
MULTI_SEPARATOR = "；"
_EXCEL_EPOCH = date(1899, 12, 30)


class CellError(ValueError):
    """A cell whose value cannot be read as its column's type."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message          # a Message: a reason quoting it is said in the window's language


def _number_text(value) -> str:
    """Shortest exact decimal text of a number cell (repr of a float is its shortest round trip)."""
    if isinstance(value, bool):
        raise CellError(Message(QT_TRANSLATE_NOOP("core", "逻辑值不是数字")))
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return format(number.normalize(), "f") if number else "0"


def canon_text(value) -> str:
    if type(value) is str:       # the common case, kept fast: most text is already NFC
        return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)
    if value is None:
        return ""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return _number_text(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value))


def canon_integer(value) -> str:
    if type(value) is float and value.is_integer() and -2 ** 53 < value < 2 ** 53:
        return str(int(value))          # the common case from a reader, exact below 2**53
    if type(value) is int:
        return str(value)
    if value is None or value == "":
        return ""
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip())
    except InvalidOperation:
        raise CellError(Message(QT_TRANSLATE_NOOP("core", "{0} 不是整数"), repr(value))) from None
    if number != number.to_integral_value():
        raise CellError(Message(QT_TRANSLATE_NOOP("core", "{0} 不是整数"), repr(value)))
    return str(int(number))


def canon_decimal(value, places: int) -> str:
    if value is None or value == "":
        return ""
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip())
    except InvalidOperation:
        raise CellError(Message(QT_TRANSLATE_NOOP("core", "{0} 不是数字"), repr(value))) from None
    return str(number.quantize(Decimal(1).scaleb(-places)))


def canon_date(value) -> str:
    if type(value) is date:             # the common case, first
        return value.isoformat()
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (_EXCEL_EPOCH + timedelta(days=int(value))).isoformat()   # a date cell that lost its format
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise CellError(Message(QT_TRANSLATE_NOOP("core", "{0} 不是日期"), repr(value))) from None


def canon_multi(value, order: tuple[str, ...] = ()) -> str:
    if value is None or value == "":
        return ""
    parts = value if isinstance(value, (list, tuple)) else str(value).replace(";", MULTI_SEPARATOR).split(MULTI_SEPARATOR)
    items = {unicodedata.normalize("NFC", p.strip()) for p in parts if p and p.strip()}
    rank = {c: i for i, c in enumerate(order)}
    return MULTI_SEPARATOR.join(sorted(items, key=lambda c: (rank.get(c, len(rank)), c)))


def canon_yes_no(value) -> str:
    if value is None or value == "":
        return ""
    if value in (True, "是", "TRUE", "true", 1):
        return "是"
    if value in (False, "否", "FALSE", "false", 0):
        return "否"
    raise CellError(Message(QT_TRANSLATE_NOOP("core", "{0} 不是“是/否”"), repr(value)))


def canon_auto(value) -> str:
    """Mixed display columns (a value, 不适用 or 未填): numbers as exact decimals, text as text."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return canon_text(value)


def typed_back(text: str, ctype: str):
    """A canonical cell's value again, to write into another workbook (the district's merged
    registers): numbers as Decimal, dates as dates, anything else as its text."""
    if text == "":
        return None
    if ctype in ("integer", "decimal"):
        return Decimal(text)
    if ctype == "date":
        return date.fromisoformat(text)
    return text


def canonicaliser(ctype: str, places: int | None = None, order: tuple[str, ...] = ()):
    """The canonical function of one column, chosen once per sheet rather than once per cell."""
    if ctype == "text":
        return canon_text
    if ctype == "integer":
        return canon_integer
    if ctype == "decimal":
        return lambda v: canon_decimal(v, places or 0)
    if ctype == "date":
        return canon_date
    if ctype == "multi":
        seen: dict = {}                  # a register repeats the same few combinations

        def multi(v):
            if type(v) is not str:
                return canon_multi(v, order)
            got = seen.get(v)
            if got is None:
                got = canon_multi(v, order)
                if len(seen) < 4096:
                    seen[v] = got
            return got
        return multi
    if ctype == "yes_no":
        return canon_yes_no
    return canon_auto
