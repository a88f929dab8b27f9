"""The plan as plain data built from the model alone, and the digest that names its content.

A plan read from the shipped TOML and the same plan read back from its workbook are equal
models; built from the model, their data and digest are equal too, whatever file they came
from. Submissions carry the digest, so the district can tell "same version number, other
content" apart (see ``mismatch_reason``)."""
from __future__ import annotations

import hashlib
import json
from decimal import Decimal

from desktop.messages import QT_TRANSLATE_NOOP, Message

from .model import Field, Log, Plan


def number(value: Decimal | None):
    """Whole numbers as int, others as exact Decimal (never a float, never 6E+1)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return Decimal(format(value.normalize(), "f"))


def _compact(d: dict) -> dict:
    """Leave out what the loader takes as its default, so the data reads like a plan file."""
    return {k: v for k, v in d.items()
            if not (v is None or v is False or (isinstance(v, (str, tuple, list, dict)) and not v))}


def _field(f: Field) -> dict:
    return _compact({
        "id": f.id, "label": f.label, "type": f.type, "required": f.required, "unique": f.unique,
        "choices": f.choice_list, "places": f.places, "min": number(f.min), "max": number(f.max),
        "max_length": f.max_length, "derived": f.derived, "default": f.default,
        "required_unless": f.required_unless, "warn_under_age": f.warn_under_age,
    })


def _log(lg: Log) -> dict:
    return {"id": lg.id, "name": lg.name, "fields": [_field(f) for f in lg.fields]}


def plan_to_dict(plan: Plan) -> dict:
    """The plan in the shape ``loader.plan_from_dict`` reads (and the database stores)."""
    head = {"id": plan.id, "title": plan.title, "year": plan.year, "issuer": plan.issuer,
            "version": plan.version, "report_deadline_day": plan.report_deadline_day, "source": plan.source}
    assignments: dict[str, dict] = {}
    for (code, ind_id), value in plan.assignments.items():
        assignments.setdefault(code, {})[ind_id] = number(value)
    data = {
        "plan": _compact(head) | {"year": plan.year, "version": plan.version},
        "areas": [_compact({"id": a.id, "name": a.name, "slogan": a.slogan, "pending": a.pending, "note": a.note})
                  for a in plan.areas],
        "measures": [_compact({"id": m.id, "area": m.area_id, "name": m.name, "text": m.text})
                     for m in plan.measures],
        "indicators": [_compact({
            "id": i.id, "measure": i.measure_id, "name": i.name, "kind": i.kind, "unit": i.unit,
            "direction": i.direction, "target": number(i.target), "stretch": number(i.stretch),
            "baseline": number(i.baseline), "scope": i.scope, "split": i.split,
            "stages": [{"by": s.by, "percent": number(s.percent)} for s in i.stages],
            "due": i.due, "confirm": i.confirm, "note": i.note, "source": i.source,
            "max_month": number(i.max_month),
        }) for i in plan.indicators],
        "choices": {name: list(options) for name, options in plan.choices.items()},
        "registers": [_compact({"id": r.id, "name": r.name, "fields": [_field(f) for f in r.fields],
                                "logs": [_log(lg) for lg in r.logs]}) for r in plan.registers],
        "offices": [{"code": o.code, "name": o.name, "communities": list(o.communities)} for o in plan.offices],
        "assignments": assignments,
    }
    if plan.rules:     # a plan without rules keeps the digest it always had
        data["rules"] = [{"id": r.id, "left": r.left, "op": r.op, "right": r.right,
                          "importance": r.importance, "message": r.message} for r in plan.rules]
    return data


def _json_default(value):
    if isinstance(value, Decimal):
        return format(value, "f")
    raise TypeError(f"not plan data: {value!r}")


def plan_digest(plan: Plan) -> str:
    """SHA-256 of the plan's content: equal for equal plans, whichever file they were read from."""
    text = json.dumps(plan_to_dict(plan), ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=_json_default)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


HERE_OFFICE = QT_TRANSLATE_NOOP("core", "本库")
HERE_DISTRICT = QT_TRANSLATE_NOOP("core", "区里")


def mismatch_reason(meta: dict, plan: Plan, *, here: str = HERE_OFFICE) -> str | None:
    """Why a signed file's plan is not ``plan``, or None when it is the same plan.

    Files carry plan id and version; newer ones also the plan digest, which then must match too
    (the same version number with other content is still another plan)."""
    ident = (meta.get("plan_id"), meta.get("plan_version"))
    digest = meta.get("plan_digest")
    if ident == (plan.id, str(plan.version)) and (not digest or digest == plan_digest(plan)):
        return None
    other = Message(QT_TRANSLATE_NOOP("core", "（版本号相同，内容不同）")) if ident == (plan.id, str(plan.version)) else ""
    here = Message(here) if here in (HERE_OFFICE, HERE_DISTRICT) else here
    return Message(QT_TRANSLATE_NOOP("core", "文件按计划「{0}」第{1}版导出{2}，{3}现行的是「{4}」第{5}版"),
                   meta.get("plan_id"), meta.get("plan_version"), other, here, plan.id, plan.version)
