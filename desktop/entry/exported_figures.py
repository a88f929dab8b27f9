"""Which figures of exported months a change alters: 本月 and 累计 of each indicator, old → new.

Read before and after the change inside the same write transaction (see ``desktop.entry.stale``), so
the figures are exactly what the next export of that month would report. Only the indicators
a change can reach are read: for a register, the plan's figures derived from it."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from db import entries as entry_rows
from desktop.entry import derived
from desktop.entry.rows import reaches
from desktop.entry.values import EntryValue, display, from_row
from desktop.plan.formatting import number
from desktop.messages import QT_TRANSLATE_NOOP, Message, Month, joined
from desktop.plan.progress import latest, year_to_date

MONTH, YTD = QT_TRANSLATE_NOOP("core", "本月"), QT_TRANSLATE_NOOP("core", "累计")
EMPTY = QT_TRANSLATE_NOOP("core", "空")
COMMA = QT_TRANSLATE_NOOP("core", "{0}，{1}")


@dataclass(frozen=True)
class FigureChange:
    period: str
    indicator_id: str
    indicator: str        # its name, as the export shows it
    what: str             # 本月 | 累计
    old: str
    new: str

    def text(self) -> Message:
        return Message(QT_TRANSLATE_NOOP("core", "「{0}」{1} {2} → {3}"), self.indicator, Message(self.what),
                       self.old or Message(EMPTY), self.new or Message(EMPTY))


@dataclass(frozen=True)
class Impact:
    changes: tuple[FigureChange, ...]

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def periods(self) -> list[str]:
        return sorted({c.period for c in self.changes})

    def month_lines(self) -> list[Message]:
        """One line per month: 2023年11月：「失业人员实名登记」本月 22 → 23，「失业人员实名登记」累计 200 → 201."""
        return [Message(QT_TRANSLATE_NOOP("core", "{0}：{1}"), Month(p),
                        joined((c.text() for c in self.changes if c.period == p), COMMA))
                for p in self.periods]

    def months_text(self) -> Message:
        return joined((Month(p) for p in self.periods), QT_TRANSLATE_NOOP("core", "{0}、{1}"))

    def describe(self) -> Message:
        return joined(self.month_lines())

    def as_data(self) -> list[dict]:
        return [{"period": c.period, "indicator": c.indicator_id, "name": c.indicator, "what": c.what,
                 "old": c.old, "new": c.new} for c in self.changes]


def register_indicators(plan, office: str, register_id: str) -> list:
    """The office's figures derived from ``register_id`` (its logs included)."""
    return [i for i in plan.office_indicators(office)
            if i.kind == "derived" and (i.source or {}).get("register") == register_id]


def log_indicators(plan, office: str, register, log) -> list:
    """The figures counted from one child log: the only ones a row of it can move."""
    return [i for i in register_indicators(plan, office, register.id) if i.source.get("log") == log.id]


def record_indicators(plan, office: str, register, old: dict | None, new: dict):
    """For a record added (``old`` None) or edited: given the last exported month, the figures
    the change can move. A figure moves only when a field it reads (its date, the summed field,
    its conditions) changes and that date, before or after, falls in or before an exported month.
    Figures counted from a log read no field of the record, so adding or editing a record never
    moves them (deleting one does: ``delete_record`` checks every figure)."""
    def reached(last: str) -> list:
        out = []
        for ind in register_indicators(plan, office, register.id):
            src = ind.source
            if src.get("log"):
                continue
            read = {src["date_field"], src.get("field"), *(src.get("where") or {})} - {None}
            if old is not None and all(old.get(f) == new.get(f) for f in read):
                continue
            months = [str(row.get(src["date_field"]) or "")[:7] for row in (old, new) if row is not None]
            if any(m and m <= last for m in months):
                out.append(ind)
        return out
    return reached


def _values(db, plan, office: str, indicator, cached: bool) -> dict[str, EntryValue]:
    if indicator.kind == "derived":
        return {p: EntryValue("value", Decimal(v))
                for p, v in derived.derived_month_values(db, plan, office, indicator, cached=cached).items()}
    return {r["period"]: from_row(r) for r in entry_rows.history(db, office, indicator.id)}


def _month_and_total(indicator, values: dict[str, EntryValue], period: str) -> tuple[str, str]:
    month = values.get(period)
    if month is None and indicator.kind == "derived":
        month = EntryValue("value", Decimal(0))       # no record that month counts 0
    if indicator.kind == "milestone":
        return display(month), ""
    if indicator.sums_over_months:
        total = year_to_date(values, period)
        if total is None and indicator.kind == "derived":
            total = Decimal(0)
    else:
        last = latest(values, period)
        total = last.value if last else None
    return display(month), number(total) if total is not None else ""


def figures(db, plan, office: str, indicators, periods, *, changed: bool = False) -> dict[tuple[str, str, str], str]:
    """(period, indicator id, 本月|累计) → the figure as the export writes it. ``changed``: read
    after the change, inside its transaction (never cached: it may yet roll back)."""
    out = {}
    for ind in indicators:
        values = _values(db, plan, office, ind, cached=not changed)
        for p in periods:
            if reaches(plan, ind, p):
                out[(p, ind.id, MONTH)], out[(p, ind.id, YTD)] = _month_and_total(ind, values, p)
    return out


def compare(plan, before: dict, after: dict) -> Impact:
    changes = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key, ""), after.get(key, "")
        if old != new:
            period, ind_id, what = key
            changes.append(FigureChange(period, ind_id, plan.indicator(ind_id).name, what, old, new))
    return Impact(tuple(changes))
