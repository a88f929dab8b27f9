"""How much the demo registers hold, worked out from each office's own targets, so a newcomer
sees a believable year: some indicators done, most on track, a few behind — never ten times
the target (the demo used to give one office the whole district's loans and parking sites).

``PACE`` is the story, as the share of the annual target reached by the end of the year.
"""
from __future__ import annotations

from decimal import Decimal

from desktop.entry.rows import unit_target

PACE = {
    "reemployed": Decimal("0.98"),          # on track
    "startups_supported": Decimal("1.06"),  # done, a little over
    "training": Decimal("0.97"),            # on track
    "microloans": Decimal("1.0"),           # done
    "parking_spaces": Decimal("0.8"),       # behind: the mechanical garage is still being built
}
# When an office has no target for one of them (another plan), a small register still shows.
FALLBACK = {"reemployed": 40, "startups_supported": 3, "training": 30, "microloans": 20, "parking_spaces": 20}
STILL_UNEMPLOYED = Decimal("0.3")           # registered people not yet in work, as a share of the re-employed


def demo_counts(plan, unit) -> dict[str, int]:
    out = {}
    for indicator_id, pace in PACE.items():
        try:
            target, _ = unit_target(plan, unit, plan.indicator(indicator_id))
        except KeyError:
            target = None
        out[indicator_id] = int((target * pace).to_integral_value()) if target else FALLBACK[indicator_id]
    out["still_unemployed"] = max(10, int(out["reemployed"] * STILL_UNEMPLOYED))
    return out


def parking_sites(spaces_built: int, target: int) -> list[tuple[int, int, str]]:
    """(planned, built, status) for an office's sites: two finished sites that add up to
    ``spaces_built``, one garage under construction that would bring the year to its target,
    and one site still being planned."""
    first = max(1, spaces_built * 3 // 5)
    second = max(0, spaces_built - first)
    building = max(4, target - spaces_built)
    return [(first, first, "已完工"), (second, second, "已完工"), (building, 0, "在建"), (max(6, target // 3), 0, "规划")]
