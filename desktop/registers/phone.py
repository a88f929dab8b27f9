"""Telephone numbers as written in China: a mobile number 1[3-9] plus nine digits (11 in all,
optionally after +86), or a landline with its area code (0 + two or three digits) and a local
number of 7 or 8 digits, optionally an extension. Stored as 13812345678 or 025-83301234(-123).

Read by walking the text, not by one loose pattern: separators (space, -, parentheses) are
allowed only between the parts, so 10 or 6 digits, or a number without its area code, are
refused with what to write instead.
"""
from __future__ import annotations

import unicodedata

from desktop.messages import QT_TRANSLATE_NOOP, Message

HINT = Message(QT_TRANSLATE_NOOP("core", "请填写 11 位手机号（如 13812345678）或带区号的固定电话（如 025-83301234，分机写在后面：025-83301234-123）"))
_SEPARATORS = " -()（）—"
_EXTENSION_WORDS = ("转", "分机", "ext.", "ext", "x", "#")


class PhoneProblem(ValueError):
    def __init__(self, message: str, *args):
        message = Message(message, *args)
        super().__init__(message)
        self.message = message


def _split_extension(text: str) -> tuple[str, str]:
    low = text.lower()
    for word in _EXTENSION_WORDS:
        at = low.find(word)
        if at > 0:
            return text[:at], text[at + len(word):]
    return text, ""


def _groups(text: str) -> list[str]:
    """Digit groups between separators; anything else is not a phone number."""
    groups, current = [], ""
    for ch in text:
        if ch.isdigit():
            current += ch
        elif ch in _SEPARATORS:
            if current:
                groups.append(current)
            current = ""
        else:
            raise PhoneProblem(QT_TRANSLATE_NOOP("core", "「{0}」含有电话号码中不会出现的字符，{1}"), text, HINT)
    if current:
        groups.append(current)
    return groups


def _area_length(digits: str) -> int:
    """010 and 02x are three digits with the 0; every other area code is four."""
    return 3 if digits[1] in "12" else 4


def _plain_mobile(raw) -> bool:
    """Already as stored: 11 ASCII digits, 1 then 3–9. The walk below returns such text
    unchanged, so it is answered without one (an import checks one per row)."""
    return (type(raw) is str and len(raw) == 11 and raw.isascii() and raw.isdigit() and raw[0] == "1"
            and raw[1] in "3456789")


def parse_phone(raw: str) -> str:
    if _plain_mobile(raw):
        return raw
    return parse_phone_slowly(raw)


def parse_phone_slowly(raw: str) -> str:
    """Every number by walking its text (``parse_phone`` without its shortcut)."""
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if text.startswith("+86"):
        text = text[3:]
    main, extension = _split_extension(text)
    groups = _groups(main)
    ext_digits = "".join(_groups(extension)) if extension else ""
    digits = "".join(groups)
    if digits.startswith("86") and len(digits) == 13 and digits[2] == "1":
        digits = digits[2:]
    if digits.startswith("1"):
        if len(digits) != 11 or digits[1] not in "3456789" or ext_digits:
            raise PhoneProblem(QT_TRANSLATE_NOOP("core", "「{0}」不是有效的手机号（手机号为 1 开头的 11 位数字），{1}"), raw, HINT)
        return digits
    if not digits.startswith("0") or len(digits) < 3:
        raise PhoneProblem(QT_TRANSLATE_NOOP("core", "「{0}」缺少区号或位数不对，{1}"), raw, HINT)
    area = _area_length(digits)
    # when the clerk separated the area code, it must be where area codes end
    if len(groups) > 1 and len(groups[0]) != area:
        raise PhoneProblem(QT_TRANSLATE_NOOP("core", "「{0}」的区号「{1}」不对（区号为 010、02X 或 0 加三位数字），{2}"), raw,
                           groups[0], HINT)
    local = digits[area:]
    if not extension and len(groups) == 3 and len(groups[0]) == area:
        local, ext_digits = groups[1], groups[2]       # 025-83301234-123: the third part is the extension
        extension = ext_digits
    allowed = (8,) if area == 3 else (7, 8)
    if len(local) not in allowed or local[0] in "01":
        raise PhoneProblem(QT_TRANSLATE_NOOP("core", "「{0}」的号码部分「{1}」位数不对（区号 {2} 后应为{3}位，且不以 0、1 开头），{4}"),
                           raw, local, digits[:area], "8" if area == 3 else Message(QT_TRANSLATE_NOOP("core", " 7 或 8 ")), HINT)
    if extension and not ext_digits or len(ext_digits) > 6:
        raise PhoneProblem(QT_TRANSLATE_NOOP("core", "「{0}」的分机号不对，{1}"), raw, HINT)
    return f"{digits[:area]}-{local}" + (f"-{ext_digits}" if ext_digits else "")
