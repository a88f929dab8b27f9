"""Resident ID numbers (公民身份号码, GB 11643-1999): normalise, validate, upgrade 15 → 18, mask.

Pure Python so it can run in the CLI, imports and tests alike. Errors carry Chinese text a clerk
can act on; an unknown region code is only a warning because codes change with redistricting.
"""
from __future__ import annotations

import re
from operator import mul
from dataclasses import dataclass
from datetime import date

from desktop.messages import QT_TRANSLATE_NOOP, Message

__all__ = ["IdError", "IdInfo", "normalize", "check_char", "parse", "looks_like_lost_digits",
           "mask", "PROVINCE_CODES"]

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_ZEROS = ord("0") * sum(_WEIGHTS)       # what the digits' ASCII codes add over their values
_EARLIEST = date(1900, 1, 1)

PROVINCE_CODES = frozenset(
    [*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55),
     *range(61, 66), 71, 81, 82, 83, 91])

# Full-width digits and X come from Chinese IMEs; zero-width characters from copy-paste out of
# web pages and Word, which str.split() does not treat as whitespace.
_TRANSLATE = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                            "Ｘ": "X", "ｘ": "X", "x": "X",
                            "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
                            "\ufeff": None})
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d*)?E[+-]?\d+$", re.IGNORECASE)

LOST_DIGITS_MESSAGE = QT_TRANSLATE_NOOP("core", "身份证号被 Excel 存成了数字，后几位已丢失：请把该列设为文本格式后重新录入完整号码")


class IdError(ValueError):
    """A number that cannot be accepted; `rule` is a short code, `message` tells the clerk what to do."""

    def __init__(self, rule: str, message: str, *args):
        message = Message(message, *args)
        super().__init__(message)
        self.rule = rule
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: date
    sex: str
    region: str
    upgraded_from_15: bool
    warnings: tuple[str, ...] = ()

    def age_on(self, day: date) -> int:
        """Full years on `day`; someone born on 29 Feb turns a year older on 1 Mar in common years."""
        before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - before_birthday


def normalize(raw: str) -> str:
    return "".join(raw.translate(_TRANSLATE).split())


def check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits."""
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        raise ValueError(f"check_char needs 17 ASCII digits, got {first17!r}")
    # Σ digit·weight, summed over the ASCII codes in one pass and corrected exactly afterwards
    return _CHECK[(sum(map(mul, first17.encode("ascii"), _WEIGHTS)) - _ZEROS) % 11]


def looks_like_lost_digits(value) -> bool:
    """True if the value went through Excel's number format (15 significant digits kept)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and bool(_SCIENTIFIC.match(normalize(value)))


def mask(number: str) -> str:
    n = normalize(number)
    if len(n) <= 10:
        return "*" * len(n)  # too short to keep both ends without showing most of it
    return n[:6] + "*" * (len(n) - 10) + n[-4:]


def _birth_date(digits8: str, today: date) -> date:
    try:
        born = date(int(digits8[:4]), int(digits8[4:6]), int(digits8[6:8]))
    except ValueError:
        raise IdError("birth_date", QT_TRANSLATE_NOOP("core", "身份证号中的出生日期无效：{0} 不是真实日期"), digits8) from None
    if born > today:
        raise IdError("birth_date", QT_TRANSLATE_NOOP("core", "身份证号中的出生日期 {0} 晚于今天：出生日期不能晚于今天，请核对"), digits8)
    if born < _EARLIEST:
        raise IdError("birth_date", QT_TRANSLATE_NOOP("core", "身份证号中的出生日期 {0} 早于1900年：出生日期不能早于1900年，请核对"), digits8)
    return born


def parse(raw: str, *, today: date | None = None) -> IdInfo:
    today = today or date.today()
    if type(raw) is str:             # the usual case: normalised once, for both checks
        n = normalize(raw)
        if _SCIENTIFIC.match(n):
            raise IdError("lost_digits", LOST_DIGITS_MESSAGE)
    else:
        if looks_like_lost_digits(raw):
            raise IdError("lost_digits", LOST_DIGITS_MESSAGE)
        n = normalize(raw)
    if not n:
        raise IdError("empty", QT_TRANSLATE_NOOP("core", "身份证号为空，请输入18位身份证号"))
    if len(n) not in (15, 18):
        raise IdError("length", QT_TRANSLATE_NOOP("core", "身份证号位数不对：应为18位（或旧版15位），实际为{0}位"), len(n))
    body = n if len(n) == 15 else n[:17]
    if not (body.isascii() and body.isdigit()) or n[-1] not in "0123456789X":
        where = Message(QT_TRANSLATE_NOOP("core", "旧版15位号码只能是数字") if len(n) == 15
                        else QT_TRANSLATE_NOOP("core", "前17位只能是数字，第18位为数字或 X"))
        raise IdError("chars", QT_TRANSLATE_NOOP("core", "身份证号含有无效字符：{0}，请核对后重新输入"), where)

    upgraded = len(n) == 15
    if upgraded:
        if n[12:15] >= "996":
            raise IdError("century_ambiguous",
                          QT_TRANSLATE_NOOP("core", "15位旧身份证号顺序码为996–999（百岁老人），无法确定世纪，请提供18位号码"))
        born = _birth_date("19" + n[6:12], today)
        first17 = n[:6] + "19" + n[6:]
        n = first17 + check_char(first17)
    else:
        born = _birth_date(n[6:14], today)
        expected = check_char(n[:17])
        if n[17] != expected:
            if n.endswith("000"):
                # Excel keeps 15 significant digits, so a pasted number shows up zero-padded
                raise IdError("lost_digits", LOST_DIGITS_MESSAGE)
            raise IdError("checksum", QT_TRANSLATE_NOOP("core", "身份证号第18位校验码应为 {0}，请核对后重新输入"), expected)

    warnings = []
    if int(n[:2]) not in PROVINCE_CODES:
        warnings.append(Message(QT_TRANSLATE_NOOP("core", "地区码 {0} 不是已知的省级代码，请核对"), n[:2]))
    return IdInfo(number=n, birth_date=born, sex="男" if int(n[16]) % 2 else "女", region=n[:6],
                  upgraded_from_15=upgraded, warnings=tuple(warnings))
