"""Check one record (or log row) against its field definitions, the same way for the form,
the import and the CLI: each problem is reported beside its field, in Chinese."""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from datetime import date

from desktop.registers import cn_id
from desktop.messages import QT_TRANSLATE_NOOP, Message, joined
from desktop.plan.model import Field

from .consistency import check_consistency
from .field_types import of
from .values import ValueProblem, parse_value, registration_day


@dataclass
class Checked:
    values: dict = dc_field(default_factory=dict)      # field id -> stored value
    errors: dict = dc_field(default_factory=dict)      # field id -> message
    warnings: dict = dc_field(default_factory=dict)    # field id -> message

    @property
    def ok(self) -> bool:
        return not self.errors

    def reasons(self, fields) -> str:
        """All problems in one line, fields in plan order: '公民身份号码：…；登记日期：…'."""
        labels = {f.id: f.label for f in fields}
        return joined(Message(QT_TRANSLATE_NOOP("core", "{0}：{1}"), labels.get(k, k), v) for k, v in
                      sorted(self.errors.items(), key=lambda kv: list(labels).index(kv[0])
                             if kv[0] in labels else 999))


# The rule each refusal broke, named as a clerk would say it (cn_id keeps short codes).
RULE_NAMES = {"checksum": QT_TRANSLATE_NOOP("core", "校验位错误"),
              "birth_date": QT_TRANSLATE_NOOP("core", "出生日期无效"),
              "length": QT_TRANSLATE_NOOP("core", "位数不对"),
              "chars": QT_TRANSLATE_NOOP("core", "含非法字符"),
              "century_ambiguous": QT_TRANSLATE_NOOP("core", "百岁老人顺序码无法升位"),
              "lost_digits": QT_TRANSLATE_NOOP("core", "被存成了数字"),
              "empty": QT_TRANSLATE_NOOP("core", "未填写")}
REQUIRED = QT_TRANSLATE_NOOP("core", "必填，请填写")


def id_problem_text(exc: cn_id.IdError) -> str:
    name = RULE_NAMES.get(exc.rule, exc.rule)
    return exc.message if name in exc.message else Message(QT_TRANSLATE_NOOP("core", "{0}（{1}）"), exc.message,
                                                           Message(name))


def required_now(f: Field, raw: dict) -> bool:
    """Required, or required unless another field holds one of the listed values
    (就业日期 is required once 就业状态 is not 失业)."""
    if f.required:
        return True
    if f.required_unless:
        return all(str(raw.get(other) or "").strip() not in values
                   for other, values in f.required_unless.items())
    return False


def check(fields, raw: dict, *, communities: tuple[str, ...] = (), today: date | None = None,
          only: set[str] | None = None, cache: dict | None = None) -> Checked:
    """``raw``: field id -> what was typed or read. ``only``: check just these fields (an import
    that updates the columns it has); derived fields are always recomputed from the ID.
    ``cache``: a dict kept across the rows of one import."""
    today = today or date.today()
    out = Checked()
    at = registration_day(raw) or today     # ages are as on the registration date
    for f in fields:
        if f.derived or (only is not None and f.id not in only):
            continue
        value = raw.get(f.id)
        kind = of(f)
        if kind.identity:
            _check_id(f, value, out, today, at)
            continue
        if value is None or value == "":
            stored = None
        elif cache is not None and kind.repeats:    # communities, choices, dates, amounts
            key = (f.id, value)
            if key not in cache:
                try:
                    cache[key] = parse_value(f, value, communities)
                except ValueProblem as exc:
                    cache[key] = exc
            stored = cache[key]
            if isinstance(stored, ValueProblem):
                out.errors[f.id] = stored.message
                continue
        else:
            try:
                stored = parse_value(f, value, communities)
            except ValueProblem as exc:
                out.errors[f.id] = exc.message
                continue
        if stored is None:
            if f.default is not None and f.id not in raw:
                stored = f.default
            elif (f.required or f.required_unless) and required_now(f, {**raw, **out.values}):
                out.errors[f.id] = _required_text(f, fields)
        out.values[f.id] = stored
    check_consistency(fields, out, only, today)
    return out


def _required_text(f: Field, fields) -> str:
    if f.required or not f.required_unless:
        return Message(REQUIRED)
    other = next(iter(f.required_unless))
    allowed = "、".join(f.required_unless[other])
    label = next((g.label for g in fields if g.id == other), other)
    return Message(QT_TRANSLATE_NOOP("core", "{0}不是“{1}”时必填，请填写"), label, allowed)


def _check_id(f: Field, value, out: Checked, today: date, at: date) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if f.required:
            out.errors[f.id] = Message(REQUIRED)
        out.values[f.id] = None
        return
    try:
        info = cn_id.parse(value, today=today)
    except cn_id.IdError as exc:
        out.errors[f.id] = id_problem_text(exc)
        return
    out.values[f.id] = info.number
    notes = list(info.warnings)
    if info.upgraded_from_15:
        notes.append(Message(QT_TRANSLATE_NOOP("core", "15 位旧号码已升为 18 位：{0}"), info.number))
    age = info.age_on(at)
    if f.warn_under_age and age < f.warn_under_age:
        notes.append(Message(QT_TRANSLATE_NOOP("core", "年龄 {0} 岁，未满 {1} 岁，请确认是否符合服务条件"), age,
                             f.warn_under_age))
    if notes:
        out.warnings[f.id] = joined(notes)
    out.values.update({"__id_info__": info})


def fill_derived(fields, values: dict, today: date | None = None) -> None:
    """Sex, birth date and age from the ID number, into ``values`` (in place)."""
    info = values.pop("__id_info__", None)
    if info is None and not any(of(f).identity and f.id in values for f in fields):
        return   # the ID was not touched (a partial update): keep what is stored
    today = registration_day(values) or today or date.today()
    for f in fields:
        if not f.derived:
            continue
        if info is None:
            values[f.id] = None
        elif f.derived == "sex_from_id":
            values[f.id] = info.sex
        elif f.derived == "birth_date_from_id":
            values[f.id] = info.birth_date.isoformat()
        elif f.derived == "age_from_id":
            values[f.id] = info.age_on(today)
