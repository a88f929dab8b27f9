"""The plan as the rest of the program sees it: immutable, validated, numbers as Decimal."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

KINDS = ("count", "amount", "rate", "milestone", "derived")
KIND_LABELS = {"count": "数量", "amount": "金额/面积", "rate": "时点值", "milestone": "节点任务",
               "derived": "台账统计"}
DIRECTIONS = {"at_least": "≥", "at_most": "≤"}
SCOPES = ("office", "district")
# The field types a register may use are defined in desktop/registers/field_types.py (TYPES).
DERIVATIONS = ("sex_from_id", "birth_date_from_id", "age_from_id")


@dataclass(frozen=True)
class Stage:
    by: str            # YYYY-MM: the stage must be reached by the end of this month
    percent: Decimal   # share of the target due by then


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    slogan: str = ""
    pending: bool = False
    note: str = ""


@dataclass(frozen=True)
class Measure:
    id: str
    area_id: str
    name: str
    text: str = ""


@dataclass(frozen=True)
class Indicator:
    id: str
    measure_id: str
    name: str
    kind: str
    unit: str = ""
    direction: str = "at_least"
    target: Decimal | None = None
    stretch: Decimal | None = None
    baseline: Decimal | None = None
    scope: str = "district"
    split: str | None = None
    stages: tuple[Stage, ...] = ()
    due: str | None = None
    confirm: bool = False
    note: str = ""
    source: dict | None = None
    max_month: Decimal | None = None     # a month's value above this is refused, note or not

    @property
    def sums_over_months(self) -> bool:
        """Counts, amounts and register-derived figures add up; rates take the latest value."""
        return self.kind in ("count", "amount", "derived")

    @property
    def district_only(self) -> bool:
        return self.scope == "district"


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    type: str
    required: bool = False
    unique: bool = False
    choices: tuple[str, ...] = ()
    choice_list: str = ""          # the name of the plan's choice list the options come from
    places: int | None = None
    min: Decimal | None = None
    max: Decimal | None = None
    max_length: int | None = None
    derived: str | None = None
    default: str | None = None
    required_unless: dict | None = None
    warn_under_age: int | None = None


@dataclass(frozen=True)
class Log:
    id: str
    name: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Register:
    id: str
    name: str
    fields: tuple[Field, ...]
    logs: tuple[Log, ...] = ()

    def field(self, field_id: str) -> Field:
        return next(f for f in self.fields if f.id == field_id)


@dataclass(frozen=True)
class Office:
    code: str
    name: str
    communities: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    id: str
    title: str
    year: int
    issuer: str
    version: int
    report_deadline_day: int
    source: str
    areas: tuple[Area, ...]
    measures: tuple[Measure, ...]
    indicators: tuple[Indicator, ...]
    registers: tuple[Register, ...]
    offices: tuple[Office, ...]
    choices: dict[str, tuple[str, ...]]
    assignments: dict[tuple[str, str], Decimal]   # (office code, indicator id) -> target
    raw: dict = field(repr=False, compare=False, default_factory=dict)
    rules: tuple = ()          # 审核公式 (desktop.plan.rules.Rule), checked at load

    def indicator(self, indicator_id: str) -> Indicator:
        return self._by_id("indicators", indicator_id)

    def office(self, code: str) -> Office:
        return next(o for o in self.offices if o.code == code)

    def measure(self, measure_id: str) -> Measure:
        return self._by_id("measures", measure_id)

    def area(self, area_id: str) -> Area:
        return self._by_id("areas", area_id)

    def register(self, register_id: str) -> Register:
        return self._by_id("registers", register_id)

    def target_for(self, office_code: str, indicator_id: str) -> Decimal | None:
        return self.assignments.get((office_code, indicator_id))

    def office_indicators(self, office_code: str) -> list[Indicator]:
        """What an office reports: its assigned indicators and the office-level monitors."""
        return [i for i in self.indicators if i.scope == "office"
                and (i.target is None or (office_code, i.id) in self.assignments)]

    def district_indicators(self) -> list[Indicator]:
        return [i for i in self.indicators if i.scope == "district"]

    def last_period(self) -> str:
        """The plan runs through its year, and into the next where a stage or deadline reaches."""
        last = f"{self.year}-12"
        for ind in self.indicators:
            for mark in [s.by for s in ind.stages] + ([ind.due] if ind.due else []):
                last = max(last, mark)
        return last

    def rule(self, rule_id: str):
        return self._by_id("rules", rule_id)

    def _by_id(self, attr: str, key: str):
        for item in getattr(self, attr):
            if item.id == key:
                return item
        raise KeyError(f"{attr}: {key}")
