"""One month's value of one indicator, in its three states, and how a typed text becomes one.

States: a number (0 included), 不适用 (filled: nothing to count this month, never "missing"),
and empty (no entry at all, shown as 未填). A milestone's value is its status (a code of
desktop.plan.statuses, shown by its Chinese label) and date.
Typed text is checked here, so the window and the command line refuse the same things with
the same reasons.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from desktop.errors import UserError
from desktop.plan.formatting import number
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.plan.statuses import COMPLETED, IN_PROGRESS, MILESTONE_STATUSES, NOT_STARTED, milestone_code, milestone_label

NA_WORDS = ("不适用", "-", "－", "na", "n/a", "NA", "N/A")
# Digits as a keyboard shortcut for the milestone statuses: 0 未启动, 1 推进中, 2 已完成.
_MILESTONE_KEYS = {"0": NOT_STARTED, "1": IN_PROGRESS, "2": COMPLETED}
DERIVED_MESSAGE = QT_TRANSLATE_NOOP("core", "「{0}」由台账自动统计，不能手工填写；请在台账中录入或更正记录")


@dataclass(frozen=True)
class EntryValue:
    state: str                       # "value" | "na"
    value: Decimal | None = None     # count / amount / rate
    status: str | None = None        # milestone: not_started | in_progress | completed
    done_on: str | None = None       # milestone, YYYY-MM-DD
    note: str = ""

    @property
    def is_na(self) -> bool:
        return self.state == "na"

    @property
    def has_number(self) -> bool:
        return self.state == "value" and self.value is not None

    def with_note(self, note: str) -> "EntryValue":
        return replace(self, note=note)

    def same_content(self, other: "EntryValue | None") -> bool:
        return other is not None and (self.state, self.value, self.status, self.done_on, self.note) == \
            (other.state, other.value, other.status, other.done_on, other.note)


def from_row(row: dict | None) -> EntryValue | None:
    if row is None:
        return None
    value = Decimal(row["value"]) if row["value"] not in (None, "") else None
    return EntryValue(row["state"], value, row["status"], row["done_on"], row["note"] or "")


def to_row(entry: EntryValue) -> dict:
    return {"state": entry.state,
            "value": None if entry.value is None else format(entry.value, "f"),
            "status": entry.status, "done_on": entry.done_on, "note": entry.note}


def display(entry: EntryValue | None, unit: str = "") -> str:
    """How a value reads in the grid, the CLI and the audit log."""
    if entry is None:
        return ""
    if entry.is_na:
        return "不适用"
    if entry.status:
        return milestone_label(entry.status) + (f" {_cn_date(entry.done_on)}" if entry.done_on else "")
    return number(entry.value) if entry.value is not None else ""


def _cn_date(text: str) -> str:
    d = date.fromisoformat(text)
    return f"{d.year}年{d.month}月{d.day}日"


def is_na_text(text: str) -> bool:
    return text.strip() in NA_WORDS or text.strip().lower() in ("na", "n/a")


def parse(indicator, text: str, *, plan, done_on: str | None = None) -> EntryValue | None:
    """The typed text as a value; None for an empty text (clear). Refuses with the reason."""
    text = (text or "").strip()
    if not text:
        return None
    if indicator.kind == "derived":
        raise UserError(DERIVED_MESSAGE, indicator.name)
    if is_na_text(text):
        return EntryValue("na")
    if indicator.kind == "milestone":
        return _parse_milestone(indicator, text, plan, done_on)
    return EntryValue("value", _parse_number(indicator, text))


_NUMBER_CHARS = frozenset("0123456789.+-")


def _parse_number(indicator, text: str) -> Decimal:
    # NFKC: full-width digits from a Chinese input method read as digits
    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").replace("%", "").strip()
    if cleaned and not set(cleaned) <= _NUMBER_CHARS:
        # Decimal alone would take 1e3, 1_000, Infinity: only plain digits are a figure here
        if "e" in cleaned.lower() and set(cleaned.lower()) <= _NUMBER_CHARS | {"e"}:
            raise UserError(QT_TRANSLATE_NOOP("core", "「{0}」是科学计数法，「{1}」请直接填写数字（如 1000）"), text, indicator.name)
        cleaned = "?"
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise UserError(QT_TRANSLATE_NOOP("core", "「{0}」不是数字：「{1}」请填写数字（单位：{2}），"
                                          "不适用请填“-”"), text, indicator.name, indicator.unit)
    if value < 0:
        raise UserError(QT_TRANSLATE_NOOP("core", "「{0}」不能为负数（填写了 {1}），请填写 0 或正数"), indicator.name, text)
    if indicator.kind == "count" and value != value.to_integral_value():
        raise UserError(QT_TRANSLATE_NOOP("core", "「{0}」按{1}计数，应为整数（填写了 {2}）"), indicator.name, indicator.unit or "个", text)
    if indicator.kind == "rate" and indicator.unit == "%" and value > 100:
        raise UserError(QT_TRANSLATE_NOOP("core", "「{0}」是百分比，应在 0 到 100 之间（填写了 {1}）"), indicator.name, text)
    return value.normalize() if value == value.to_integral_value() else value


def _parse_milestone(indicator, text: str, plan, done_on: str | None) -> EntryValue:
    word, _, rest = text.replace("　", " ").partition(" ")
    # the Chinese word, its digit, or the code (what --json prints) all mean the status
    status = _MILESTONE_KEYS.get(word) or milestone_code(word) or word
    if status not in MILESTONE_STATUSES:
        raise UserError(QT_TRANSLATE_NOOP("core", "「{0}」是节点任务，请填写 未启动、推进中 或 已完成"
                                          "（也可填 0、1、2），已完成可在后面加日期，如“已完成 2023-06-30”"),
                        indicator.name)
    done_on = (rest.strip() or done_on) or None
    if done_on is not None:
        done_on = check_milestone_date(indicator, done_on, plan)
    return EntryValue("value", status=status, done_on=done_on)


def check_milestone_date(indicator, text: str, plan) -> str:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("core", "完成日期「{0}」格式不对，应写作 YYYY-MM-DD，例如 2023-06-30"), text) from None
    last_year = int(plan.last_period()[:4])
    if not plan.year <= day.year <= last_year:
        raise UserError(QT_TRANSLATE_NOOP("core", "「{0}」的完成日期 {1} 不在计划年度内（{2}年至{3}年），请核对日期"),
                        indicator.name, day.isoformat(), plan.year, last_year)
    return day.isoformat()
