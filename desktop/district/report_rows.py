"""One row per plan indicator for the district's report, 通报 and window preview.

Office-level indicators come from the merged submissions (district_progress), the district's
own (GDP, fiscal revenue, named works) from its own entries — both through
``district_dashboard.overview`` so the report says what the 工作台 shows. Each row is placed
against 序时进度 (已完成 / 超序时 / 按序时 / 慢于序时: its pace, a code of desktop.district.statuses)
and against last month.

Words: 慢于序时 is the window's 滞后 or 未达标; an office-level indicator that no office has
sent for the period is 未报送, a district one not entered 未填, one without a target 无目标."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.district import progress as district_progress
from desktop.district.dashboard import LAGGING, IndicatorRow, overview
from desktop.district.level_words import words_for
from desktop.district.units import ReportingUnit
from desktop.plan.formatting import number, percent
from desktop.plan.periods import stage_for
from desktop.plan.model import DIRECTIONS, Plan
from desktop.plan.progress import HUNDRED, applicable_target
from desktop.district.statuses import (AHEAD, DONE_PACE, NO_TARGET, NOT_FILLED, NOT_REPORTED, ON_PACE, PACES,  # noqa: F401
                                       SLOW, pace_label)
from desktop.plan.statuses import DONE, MISSING, milestone_label, progress_label

UNFILLED = progress_label(MISSING)          # 未填, as the report's cells say it


@dataclass(frozen=True)
class ReportRow:
    row: IndicatorRow
    measure: str
    direction: str                          # ≥ / ≤ (rates and targets)
    stage_target: Decimal | None            # the target in force on the period
    stage_by: str                           # the stage's deadline, "" when unstaged
    month_text: str                         # the period's figure, milestone status, 不适用 or 未填
    done_on: str                            # a milestone's completion date
    pace: str                               # a code of desktop.district.statuses
    change: str                             # against last month
    reporting_text: str                     # "5/13" or 区级填报
    not_reported: tuple[ReportingUnit, ...] = ()
    meeting: tuple[int, int] | None = None   # rates: offices meeting the target / offices reporting

    def __post_init__(self):
        pace_label(self.pace)            # only a pace of the registry can be answered

    @property
    def indicator(self):
        return self.row.indicator

    @property
    def behind(self) -> tuple[ReportingUnit, ...]:
        return self.row.behind


@dataclass(frozen=True)
class ReportView:
    period: str
    units: list[ReportingUnit]
    reported: set[str]
    reported_by_month: dict[str, set[str]]
    rows: list[ReportRow]
    progress: district_progress.DistrictProgress

    def row(self, indicator_id: str) -> ReportRow:
        return next(r for r in self.rows if r.indicator.id == indicator_id)

    def count(self, pace: str) -> int:
        return sum(1 for r in self.rows if r.pace == pace)

    def named(self, pace: str) -> list[str]:
        return [r.indicator.name for r in self.rows if r.pace == pace]


def pace_of(r: IndicatorRow) -> str:
    """Where the figures so far stand; a district entry left empty this month is still judged on
    the months entered (its 状态 column says 未填)."""
    status = r.progress if r.status == MISSING and r.progress and r.achieved is not None else r.status
    if r.indicator.kind == "milestone" and r.status == MISSING and r.milestone is not None:
        status = r.progress
    if status == DONE:
        return DONE_PACE
    if status in LAGGING:
        return SLOW
    if status == MISSING:
        return NOT_REPORTED if not r.district_only and not r.reporting else NOT_FILLED
    if r.target is None and r.indicator.kind != "milestone":
        return NO_TARGET
    if r.completion is not None and r.completion > r.elapsed:
        return AHEAD
    return ON_PACE


def month_text(r: IndicatorRow) -> str:
    if r.month is None:
        return UNFILLED
    if r.month.is_na:
        return "不适用"
    if r.indicator.kind == "milestone":
        return milestone_label(r.month.status) or UNFILLED
    return figure_text(r.indicator, r.month.value)


def _change(now: IndicatorRow, before: IndicatorRow | None) -> str:
    if before is None:
        return "—"
    if now.indicator.kind == "milestone":
        was = milestone_label(before.milestone.status) if before.milestone else UNFILLED
        is_ = milestone_label(now.milestone.status) if now.milestone else UNFILLED
        return "无变化" if was == is_ else f"{was}→{is_}"
    if now.completion is None or before.completion is None:
        return "—" if now.completion is None else "新增"
    points = now.completion - before.completion
    return f"{'+' if points >= 0 else ''}{points}个百分点"


def previous_period(period: str) -> str | None:
    month = int(period[5:])
    return None if month == 1 else f"{period[:4]}-{month - 1:02d}"


def build(db, plan: Plan, unit, period: str) -> ReportView:
    progress = district_progress.compute(db, plan, period)
    view = overview(db, plan, unit, period, progress)
    prev = previous_period(period)
    before = {r.indicator.id: r for r in overview(db, plan, unit, prev).rows} if prev else {}
    silent = {ip.indicator.id: ip.not_reported for ip in progress.indicators}
    meeting = {ip.indicator.id: ip.meeting for ip in progress.indicators}
    names = {u.code: u for u in progress.units}
    words = words_for(unit)
    rows = []
    for r in view.rows:
        ind = r.indicator
        stage = stage_for(ind, period)
        done_on = r.milestone.done_on if r.milestone and r.milestone.done_on else ""
        reporting = f"{words.own}填报" if r.district_only else f"{r.reporting}/{len(progress.units)}"
        rows.append(ReportRow(
            row=r, measure=plan.measure(ind.measure_id).name,
            direction=DIRECTIONS.get(ind.direction, "") if ind.target is not None else "",
            stage_target=_stage_target(r, ind, period), stage_by=stage.by if stage else "",
            month_text=month_text(r), done_on=done_on, pace=pace_of(r), change=_change(r, before.get(ind.id)),
            reporting_text=reporting, not_reported=tuple(names[c] for c in silent.get(ind.id, ())),
            meeting=meeting.get(ind.id)))
    return ReportView(period=period, units=progress.units, reported=progress.reported,
                      reported_by_month=progress.reported_by_month, rows=rows, progress=progress)


def _stage_target(r: IndicatorRow, ind, period: str) -> Decimal | None:
    """Office rows already carry the stage's target; the district's own rows the whole one."""
    return applicable_target(ind, r.target, period) if r.district_only else r.target


def office_scores(view: ReportView) -> dict[str, Decimal | None]:
    """Each office's score: the mean of its completion on its shared-out indicators, each capped
    at 100% so that one overshoot cannot hide other misses. None when it has nothing measured."""
    out = {}
    for u in view.units:
        pcts = [min(ip.office_percent[u.code], HUNDRED) for ip in view.progress.indicators
                if ip.office_percent.get(u.code) is not None]
        out[u.code] = (sum(pcts, Decimal(0)) / len(pcts)).quantize(Decimal("0.1")) if pcts else None
    return out


SCORE_RULE = ("得分为该街道各项分解指标完成率（按阶段目标计，单项超过100%的按100%计）的平均值，"
              "本月未报送的街道不参与排名")


def ranking(view: ReportView) -> list[tuple[ReportingUnit, Decimal | None, int]]:
    """(office, score, indicators behind) for the offices that reported, best first."""
    scores = office_scores(view)
    behind = {u.code: 0 for u in view.units}
    for ip in view.progress.indicators:
        for code in ip.behind:
            behind[code] += 1
    ranked = [u for u in view.units if u.code in view.reported]
    ranked.sort(key=lambda u: (-(scores[u.code] or Decimal(-1)), behind[u.code]))
    return [(u, scores[u.code], behind[u.code]) for u in ranked]


def figure_text(ind, value: Decimal | None) -> str:
    """A figure as documents print it: rates to two decimals, counts with thousands separators."""
    if value is None:
        return ""
    return number(value.quantize(Decimal("0.01")) if ind.kind == "rate" else value)


def percent_text(value: Decimal | None) -> str:
    return percent(value) or "—"
