"""数据质量: negative figures, months far above the office's own usual level, months not sent.

An outlier is a month more than three times the median of that office's other reported months
of the year (at least three of them, median above zero), for figures summed over months."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from statistics import median

from db import ledger, merged
from desktop.district.progress import month_values, office_level_indicators
from desktop.district.units import months_of, reporting_units
from desktop.plan.formatting import number
from desktop.plan.model import Plan

OUTLIER_FACTOR = 3
MIN_HISTORY = 3


@dataclass(frozen=True)
class Warning:
    unit: str
    indicator: str
    period: str
    problem: str
    value: str


def _outlier(value: Decimal, others: list[Decimal]) -> Decimal | None:
    if len(others) < MIN_HISTORY:
        return None
    mid = median(others)
    return mid if mid > 0 and value > OUTLIER_FACTOR * mid else None


def warnings(db, plan: Plan, period: str) -> list[Warning]:
    units, months = reporting_units(db, plan), months_of(plan, period)
    values = month_values(merged.values(db, str(plan.year)))
    out: list[Warning] = []
    for ind in office_level_indicators(plan):
        series = values.get(ind.id, {})
        for u in units:
            mine = {m: series[(u.code, m)] for m in months if (u.code, m) in series}
            for m, v in mine.items():
                if v < 0:
                    out.append(Warning(u.name, ind.name, m, "负数", number(v)))
                elif ind.sums_over_months:
                    mid = _outlier(v, [x for k, x in mine.items() if k != m])
                    if mid is not None:
                        out.append(Warning(u.name, ind.name, m,
                                           f"异常偏高：超过本街道其他月份中位数（{number(mid)}）的 {OUTLIER_FACTOR} 倍",
                                           number(v)))
    sent = {(r["unit_code"], r["period"]) for r in ledger.in_force(db, str(plan.year))}
    for u in units:
        for m in months:
            if (u.code, m) not in sent:
                out.append(Warning(u.name, "", m, "本月未报送（或报送表未通过校验）", ""))
    return out
