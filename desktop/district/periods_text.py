"""Dates and months as the district's documents write them: 2023年12月, 1月8日."""
from __future__ import annotations

from datetime import date


def day_text(d: date) -> str:
    return f"{d.month}月{d.day}日"


def month_text(period: str) -> str:
    return f"{int(period[:4])}年{int(period[5:])}月"
