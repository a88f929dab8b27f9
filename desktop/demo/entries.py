"""Demo filler: a year of monthly figures for 宁海路街道 (or the district's own indicators).

The story it tells: most figures on track, 社区首诊率, 老旧小区出新 and 带动就业 behind, 失业率 within 2%,
one 不适用 month (春节停工), a couple of months not filled, notes where a month stands out,
and petitions worked on into the next year. In a district database: GDP and revenue by month
and the named projects (milestones) in progress.
"""
from __future__ import annotations

import random
from decimal import Decimal

from db import audit
from db import entries as entry_rows
from db.connection import write
from desktop.clock import now_text
from desktop.plan.periods import make
from desktop.plan.statuses import COMPLETED, IN_PROGRESS, NOT_STARTED

USER = "demo"
MONTHS = [make(2023, m) for m in range(1, 13)]


def _office_figures(rng: random.Random, scale: dict[str, float]) -> dict[str, dict[str, tuple]]:
    """indicator → period → (state, value, note); a missing period is a month not filled.
    The figures are 宁海路街道's; ``scale`` (this office's target over 宁海路's) sizes them for
    another office, so each office's year follows its own targets."""
    def steady(mean: float, spread: float, places: int = 0, ind: str = "") -> dict[str, tuple]:
        k = scale.get(ind, 1.0)
        return {p: ("value", Decimal(str(round(max(0.0, rng.gauss(mean * k, spread * k)), places))), "")
                for p in MONTHS}

    figures = {
        "jobs_driven": steady(7, 1.5, ind="jobs_driven"),
        "new_jobs": steady(132, 15, ind="new_jobs"),
        "home_care_disabled": steady(1.4, 0.6, ind="home_care_disabled"),
        "old_estates_renewed": steady(0.15, 0.04, 2, ind="old_estates_renewed"),
        "buildings_renovated": steady(0.7, 0.4, ind="buildings_renovated"),
    }
    figures["new_jobs"]["2023-03"] = ("value", Decimal(round(410 * scale.get("new_jobs", 1.0))),
                                      "春季招聘会集中签约，一次性新增岗位较多")
    figures["buildings_renovated"]["2023-02"] = ("na", None, "春节期间施工单位停工")
    figures["old_estates_renewed"]["2023-08"] = ("value", Decimal("0.05"), "高温停工半月")
    del figures["jobs_driven"]["2023-07"]                 # 7月 forgotten
    del figures["old_estates_renewed"]["2023-11"]         # 11月 left open, waiting for the survey
    del figures["home_care_disabled"]["2023-12"]          # 12月 not yet filled
    del figures["buildings_renovated"]["2023-12"]
    rates = ["2.1", "2.0", "1.9", "1.9", "1.8", "1.8", "1.9", "1.8", "1.7", "1.8", "1.8", "1.7"]
    figures["unemployment_rate"] = {p: ("value", Decimal(r), "") for p, r in zip(MONTHS, rates)}
    visits = ["50.2", "50.9", "51.3", "51.8", "52.0", "52.6", "53.1", "53.4", "53.9", "54.2", "54.6", "55.0"]
    figures["first_visit_rate"] = {p: ("value", Decimal(r), "") for p, r in zip(MONTHS, visits)}
    guards = [58, 58, 60, 61, 63, 64, 66, 67, 69, 70, 71, 72]
    figures["community_guards"] = {p: ("value", Decimal(g), "") for p, g in zip(MONTHS, guards)}
    petitions = {p: ("value", Decimal(0), "") for p in MONTHS + [make(2024, m) for m in range(1, 11)]}
    petitions["2023-09"] = ("value", Decimal(1), "龙江小区拆迁补偿积案达成和解")
    figures["petitions_resolved"] = petitions
    return figures


_DISTRICT_MILESTONES = {
    "road_guapuqiao": (IN_PROGRESS, None), "road_qijiaqiao": (IN_PROGRESS, None),
    "green_weiyuan": (COMPLETED, "2023-06-28"), "green_zengshuiyuan": (COMPLETED, "2023-09-15"),
    "chc_ninghai": (IN_PROGRESS, None), "underground_parking_pilot": (NOT_STARTED, None),
}


def _district_figures(rng: random.Random) -> dict[str, dict[str, tuple]]:
    figures = {
        "gdp": {p: ("value", Decimal(str(round(rng.gauss(28.5, 1.5), 2))), "") for p in MONTHS[:11]},
        "fiscal_revenue": {p: ("value", Decimal(str(round(rng.gauss(5.0, 0.4), 2))), "")
                           for p in MONTHS[:11]},
        "gdp_growth": {p: ("value", Decimal(g), "") for p, g in zip(MONTHS[:11], ["11.2", "11.5", "11.9",
                       "12.1", "12.0", "12.3", "12.4", "12.2", "12.5", "12.6", "12.4"])},
    }
    for ind, (status, done_on) in _DISTRICT_MILESTONES.items():
        figures[ind] = {p: ("value", None, status, done_on) for p in MONTHS[:11]}
    return figures


STORY_OFFICE = "NHL"     # the office the figures were written for


def _scale(plan, unit) -> dict[str, float]:
    out = {}
    for (code, indicator_id), target in plan.assignments.items():
        base = plan.assignments.get((STORY_OFFICE, indicator_id))
        if code == unit.code and base:
            out[indicator_id] = float(target / base)
    return out


def fill_entries(db, plan, unit, seed: int = 2023) -> None:
    rng = random.Random(seed)
    figures = _district_figures(rng) if unit.role == "district" else _office_figures(rng, _scale(plan, unit))
    at = now_text()
    with write(db):
        for indicator, months in figures.items():
            for period, item in months.items():
                state, value = item[0], item[1]
                status, done_on = (item[2], item[3]) if len(item) == 4 else (None, None)
                entry_rows.upsert(db, {
                    "office_code": unit.code, "indicator_id": indicator, "period": period,
                    "state": state, "value": None if value is None else format(value, "f"),
                    "status": status, "done_on": done_on,
                    "note": item[2] if len(item) == 3 else "", "updated_at": at, "updated_by": USER})
        audit.append(db, at=at, user=USER, action="生成示例数据", target=unit.name,
                     new=f"指标月度数据 {sum(len(m) for m in figures.values())} 条")
