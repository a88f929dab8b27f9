"""The plan as plain data for ``plan show`` (JSON) and as readable text."""
from __future__ import annotations

from decimal import Decimal

from desktop.plan.formatting import quantity

from .model import DIRECTIONS, KIND_LABELS, Plan


def _num(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def plan_as_data(plan: Plan) -> dict:
    return {
        "plan": {"id": plan.id, "title": plan.title, "year": plan.year, "issuer": plan.issuer,
                 "version": plan.version, "report_deadline_day": plan.report_deadline_day,
                 "last_period": plan.last_period()},
        "areas": [{"id": a.id, "name": a.name, "slogan": a.slogan, "pending": a.pending,
                   "note": a.note} for a in plan.areas],
        "measures": [{"id": m.id, "area": m.area_id, "name": m.name} for m in plan.measures],
        "indicators": [{
            "id": i.id, "measure": i.measure_id, "name": i.name, "kind": i.kind, "unit": i.unit,
            "direction": i.direction, "target": _num(i.target), "stretch": _num(i.stretch),
            "baseline": _num(i.baseline), "scope": i.scope, "split": i.split,
            "stages": [{"by": s.by, "percent": _num(s.percent)} for s in i.stages],
            "due": i.due, "confirm": i.confirm, "note": i.note, "source": i.source,
        } for i in plan.indicators],
        "registers": [{"id": r.id, "name": r.name,
                       "fields": [{"id": f.id, "label": f.label, "type": f.type,
                                   "required": f.required} for f in r.fields],
                       "logs": [{"id": lg.id, "name": lg.name,
                                 "fields": [{"id": f.id, "label": f.label, "type": f.type}
                                            for f in lg.fields]} for lg in r.logs]}
                      for r in plan.registers],
        "offices": [{"code": o.code, "name": o.name, "communities": list(o.communities)}
                    for o in plan.offices],
        "assignments": [{"office": o, "indicator": i, "target": _num(v)}
                        for (o, i), v in plan.assignments.items()],
    }


def describe_target(ind) -> str:
    if ind.kind == "milestone":
        return f"{ind.due} 前完成" if ind.due else "年内完成"
    if ind.target is None:
        return "监测（未定目标）"
    text = f"{DIRECTIONS[ind.direction]} {quantity(ind.target, ind.unit)}"
    if ind.due:
        text += f"（{ind.due} 前）"
    if ind.stretch is not None:
        text += f"，力争 {quantity(ind.stretch, ind.unit)}"
    if ind.stages:
        text += "；" + "，".join(f"{s.by} 前 {_num(s.percent)}%" for s in ind.stages)
    return text


def plan_as_text(plan: Plan) -> str:
    lines = [f"{plan.title}（{plan.issuer}，第{plan.version}版，{plan.year}年）"]
    for area in plan.areas:
        lines.append(f"\n{area.name}" + (f"——{area.slogan}" if area.slogan else "")
                     + (f"（{area.note}）" if area.pending else ""))
        for m in (m for m in plan.measures if m.area_id == area.id):
            lines.append(f"  {m.name}")
            for i in (i for i in plan.indicators if i.measure_id == m.id):
                flag = " [待区里确认]" if i.confirm else ""
                scope = "区级" if i.district_only else "分解到街道"
                lines.append(f"    - {i.name}：{describe_target(i)}（{KIND_LABELS[i.kind]}，{scope}）{flag}")
    lines.append(f"\n台账：{'、'.join(r.name for r in plan.registers)}")
    lines.append(f"街道（{len(plan.offices)}个）：{'、'.join(o.name for o in plan.offices)}")
    lines.append(f"任务分解：{len(plan.assignments)} 项")
    return "\n".join(lines)
