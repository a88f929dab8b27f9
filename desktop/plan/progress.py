"""Progress maths, pure: year to date, latest rate, stage targets, completion %, status.

Rules (the plan's words in brackets):
- count, amount and derived figures add up over the months (累计); 不适用 months add nothing.
- a rate is a level read at the end of a month: the latest filled month counts, and it is
  compared in its direction (≤ 2% is met at or below 2).
- a staged target applies the stage whose deadline is the first not yet past; its target is
  the stage's share of the whole (petitions 2 件: 1 by 2023-10, 1.6 by 2024-06, 2 by 2024-12).
- completion % = achieved / applicable target; for an at-most rate, target / value (100% when met).
  A milestone counts 0% 未启动, 50% 推进中, 100% 已完成.
- status: 未填 (missing) when this month is empty (derived figures are never 未填: the registers
  speak for them); 完成 (done) when the whole target is met; 滞后 (behind) when completion %
  trails 序时进度 by more than TOLERANCE points (an at-most rate that is not met is always 滞后,
  and so is a milestone not finished by its deadline); otherwise 正常 (on_track). Statuses are
  the codes of desktop.plan.statuses; their words are its labels.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.entry.values import EntryValue
from desktop.plan.periods import stage_for
from desktop.plan.statuses import BEHIND, COMPLETED, DONE, MILESTONE_STATUSES, MISSING, ON_TRACK, progress_status

HUNDRED = Decimal(100)
TOLERANCE = Decimal(5)    # percentage points a figure may trail 序时进度 before it is 滞后
MILESTONE_SHARE = {code: s.share for code, s in MILESTONE_STATUSES.items()}


@dataclass(frozen=True)
class Assessment:
    achieved: Decimal | None        # year to date (sums) or latest value (rates)
    stage_target: Decimal | None    # the target that applies on the period (whole or stage)
    completion: Decimal | None      # percent of stage_target, one decimal
    status: str
    milestone: EntryValue | None = None
    overdue: bool = False           # a milestone past its deadline and not finished
    progress: str = ON_TRACK        # done / on_track / behind on the figures so far, even when
                                    # this month is empty (the dashboard lists behind by this)

    def __post_init__(self):
        progress_status(self.status)        # only a status of the registry can be answered
        progress_status(self.progress)


def year_to_date(values: dict[str, EntryValue], period: str) -> Decimal | None:
    """Sum of the numbers through ``period`` (不适用 months add 0); None when nothing is filled yet."""
    filled = [v for p, v in values.items() if p <= period]
    if not filled:
        return None
    return sum((v.value for v in filled if v.has_number), Decimal(0))


def latest(values: dict[str, EntryValue], period: str) -> EntryValue | None:
    """The last month through ``period`` that holds a value (not 不适用)."""
    filled = [p for p, v in values.items() if p <= period and v.state == "value"]
    return values[max(filled)] if filled else None


def applicable_target(indicator, target: Decimal | None, period: str) -> Decimal | None:
    stage = stage_for(indicator, period)
    if target is None or stage is None:
        return target
    return target * stage.percent / HUNDRED


def is_met(indicator, achieved: Decimal | None, target: Decimal | None) -> bool:
    if achieved is None or target is None:
        return False
    return achieved <= target if indicator.direction == "at_most" else achieved >= target


def completion_percent(indicator, achieved: Decimal | None, target: Decimal | None) -> Decimal | None:
    if achieved is None or target is None:
        return None
    if indicator.direction == "at_most":
        share = HUNDRED if achieved <= target else HUNDRED * target / achieved
    elif target == 0:
        share = HUNDRED
    else:
        share = HUNDRED * achieved / target
    return share.quantize(Decimal("0.1"))


def assess(indicator, target: Decimal | None, values: dict[str, EntryValue], period: str,
           elapsed: Decimal) -> Assessment:
    """Everything the grid, the dashboard and the export show about one indicator and month."""
    month = values.get(period)
    if indicator.kind == "milestone":
        return _assess_milestone(values, period, month, elapsed)
    if indicator.sums_over_months:
        achieved = year_to_date(values, period)
        if indicator.kind == "derived" and achieved is None:
            achieved = Decimal(0)
    else:
        last = latest(values, period)
        achieved = last.value if last else None
    stage_target = applicable_target(indicator, target, period)
    completion = completion_percent(indicator, achieved, stage_target)
    if target is None:
        progress = ON_TRACK
    elif is_met(indicator, achieved, target):
        progress = DONE
    elif indicator.direction == "at_most":
        progress = ON_TRACK if is_met(indicator, achieved, stage_target) else BEHIND
    elif completion is None or completion < elapsed - TOLERANCE:
        progress = BEHIND
    else:
        progress = ON_TRACK
    status = MISSING if month is None and indicator.kind != "derived" else progress
    return Assessment(achieved, stage_target, completion, status, progress=progress)


def _assess_milestone(values, period, month, elapsed) -> Assessment:
    last = latest(values, period)
    share = MILESTONE_SHARE.get(last.status) if last else None
    done = last is not None and last.status == COMPLETED
    overdue = not done and elapsed >= HUNDRED
    progress = DONE if done else (BEHIND if overdue else ON_TRACK)
    status = MISSING if month is None else progress
    return Assessment(None, None, share, status, milestone=last, overdue=overdue, progress=progress)


def median(numbers: list[Decimal]) -> Decimal | None:
    if not numbers:
        return None
    ordered = sorted(numbers)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
