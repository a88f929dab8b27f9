"""Resident ID numbers (公民身份号码, GB 11643-1999): normalise, check, parse, mask.

18 characters: 6-digit region, 8-digit birth date, 3-digit sequence (odd = 男), and a check
character by ISO 7064 MOD 11-2. A 15-digit legacy number is upgraded (century 19 and a computed
check character) except sequence codes 996-999, kept for centenarians whose century is unknown.
Every refusal is an ``IdError`` naming the rule broken, in Chinese, saying what to do.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
EARLIEST_BIRTH = date(1900, 1, 1)
CENTENARIAN_CODES = ("996", "997", "998", "999")

# Province-level codes: a number whose first two digits are not here is suspicious, but the
# county list changes every year, so an unknown code is a warning, never a refusal.
PROVINCES = {
    "11": "北京市", "12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区",
    "21": "辽宁省", "22": "吉林省", "23": "黑龙江省", "31": "上海市", "32": "江苏省",
    "33": "浙江省", "34": "安徽省", "35": "福建省", "36": "江西省", "37": "山东省",
    "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省", "45": "广西壮族自治区",
    "46": "海南省", "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省",
    "54": "西藏自治区", "61": "陕西省", "62": "甘肃省", "63": "青海省", "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区", "71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区",
}

_FULL_WIDTH = {ord("０") + i: ord("0") + i for i in range(10)}
_FULL_WIDTH.update({ord("Ｘ"): ord("X"), ord("ｘ"): ord("X")})
_SPACES = re.compile(r"[\s\u3000\u00a0\u200b-]+")
_LOST = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")


class IdError(ValueError):
    """A refused number: ``rule`` names the rule (位数不对, 校验位错误…), ``message`` says what to do."""

    def __init__(self, rule: str, message: str):
        super().__init__(message)
        self.rule = rule
        self.message = message


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: date
    sex: str                  # 男 / 女
    region: str               # province name, "" when unknown
    upgraded_from_15: bool = False
    warnings: tuple[str, ...] = field(default=())

    def age_on(self, day: date) -> int:
        """Whole years completed on ``day`` (a birthday on 29 February counts from 1 March)."""
        years = day.year - self.birth_date.year
        if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years


def normalize(raw) -> str:
    """Spaces and dashes removed, full-width digits to ASCII, x to X. Idempotent."""
    text = "" if raw is None else str(raw)
    text = text.translate(_FULL_WIDTH)
    return _SPACES.sub("", text).upper()


def check_char(first17: str) -> str:
    """The 18th character for 17 digits (ISO 7064 MOD 11-2)."""
    if len(first17) != 17 or not first17.isdigit() or not first17.isascii():
        raise IdError("位数不对", "计算校验位需要前 17 位数字")
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS))
    return CHECK_CHARS[total % 11]


def looks_like_lost_digits(value) -> bool:
    """True for what Excel makes of an ID typed into a number cell: a float, 1.10105E+17, or
    18 digits whose tail became zeros (Excel keeps only 15 significant digits)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        return True
    if isinstance(value, int):
        return len(str(abs(value))) >= 15
    text = normalize(value)
    if _LOST.match(text):
        return True
    return len(text) == 18 and text.isdigit() and text.endswith("000") and text[17] != check_char(text[:17])


def parse(raw, today: date | None = None) -> IdInfo:
    """Check a number and read its birth date, sex and region; raises IdError."""
    today = today or date.today()
    if looks_like_lost_digits(raw) and not isinstance(raw, str):
        raise IdError("存成了数字", "身份证号被 Excel 存成了数字，后几位已经丢失。请把该列设为「文本」格式，"
                      "重新填写完整的 18 位号码")
    number = normalize(raw)
    if not number:
        raise IdError("未填写", "请填写公民身份号码")
    if _LOST.match(number):
        raise IdError("存成了数字", f"身份证号「{raw}」是科学计数法，后几位已经丢失。请把该列设为「文本」格式，"
                      "重新填写完整的 18 位号码")
    upgraded = False
    if len(number) == 15:
        number, upgraded = _upgrade(number), True
    if len(number) != 18:
        raise IdError("位数不对", f"身份证号应为 18 位（或旧式 15 位），现在是 {len(number)} 位，请核对")
    if not number[:17].isdigit() or not number[:17].isascii():
        raise IdError("含非法字符", "身份证号前 17 位只能是数字，请核对")
    if not (number[17].isdigit() or number[17] == "X") or not number[17].isascii():
        raise IdError("含非法字符", "身份证号第 18 位只能是数字或 X，请核对")
    birth = _birth_date(number[6:14], today)
    expected = check_char(number[:17])
    if number[17] != expected:
        raise IdError("校验位错误", f"身份证号第18位校验码应为 {expected}，请核对后重新输入")
    region = PROVINCES.get(number[:2], "")
    warnings = () if region else (f"地区代码 {number[:6]} 不在已知省份中，请核对",)
    sex = "男" if int(number[16]) % 2 else "女"
    return IdInfo(number=number, birth_date=birth, sex=sex, region=region,
                  upgraded_from_15=upgraded, warnings=warnings)


def mask(number: str) -> str:
    """110105********002X: region and the last four kept, the birth date hidden."""
    if len(number) != 18:
        return "*" * len(number) if len(number) <= 4 else number[:2] + "*" * (len(number) - 4) + number[-2:]
    return number[:6] + "*" * 8 + number[14:]


def _upgrade(number15: str) -> str:
    if not number15.isdigit() or not number15.isascii():
        raise IdError("含非法字符", "15 位旧身份证号只能是数字，请核对")
    if number15[12:15] in CENTENARIAN_CODES:
        raise IdError("百岁老人顺序码", f"15 位旧号码的顺序码 {number15[12:15]} 为百岁老人专用，无法确定出生世纪，"
                      "不能自动升位，请填写 18 位身份证号")
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_char(first17)


def _birth_date(text: str, today: date) -> date:
    try:
        born = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise IdError("出生日期无效", f"身份证号中的出生日期 {text} 不是有效日期，请核对第 7–14 位") from None
    if born < EARLIEST_BIRTH:
        raise IdError("出生日期无效", f"身份证号中的出生日期 {text} 早于 1900 年，请核对第 7–14 位")
    if born > today:
        raise IdError("出生日期无效", f"身份证号中的出生日期 {text} 晚于今天，请核对第 7–14 位")
    return born
