"""plan export: the installed plan as a workbook the supervisor can read and edit in Excel.

In the district the workbook is signed with the district key, in the same signed format as a
submission (desktop/exchange/workbook), so an office can check it came from the district unchanged. An
office (or a database without a key) writes the same sheets unsigned, for reading only."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.security.auth import User
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.unit import unit_of
from desktop.security.roles import require
from desktop.security.signing import active_key, signer
from desktop.exchange.workbook.sheets import Sheet
from desktop.exchange.workbook.writer import write_signed

from . import workbook_layout as wl
from .canonical import number, plan_digest
from .model import Field, Plan
from desktop.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PlanExport:
    path: Path
    signed: bool
    fingerprint: str
    row_counts: dict[str, int]


def _readme(plan: Plan) -> list[list]:
    head = {"id": plan.id, "title": plan.title, "year": plan.year, "issuer": plan.issuer,
            "version": plan.version, "report_deadline_day": plan.report_deadline_day, "source": plan.source}
    rows = [[label, head[key]] for label, key in wl.HEAD_LABELS.items()]
    rows.append([])
    rows += [["填写说明" if n == 0 else "", line] for n, line in enumerate(wl.HOW_TO_EDIT)]
    return rows


def _indicator_rows(plan: Plan):
    for i in plan.indicators:
        src = i.source or {}
        yield [i.id, plan.area(plan.measure(i.measure_id).area_id).name, i.measure_id, i.name, i.unit, i.kind,
               i.direction, number(i.target), number(i.stretch), number(i.baseline), i.scope, i.split or "",
               wl.stages_text(i.stages), i.due or "", i.confirm, src.get("register", ""), src.get("log", ""),
               src.get("aggregate", ""), src.get("date_field", ""), src.get("field", ""),
               wl.conditions_text(src.get("where")), i.note, number(i.max_month)]


def _field_row(reg, log, f: Field) -> list:
    return [reg.id, reg.name, log.id if log else "", log.name if log else "", f.id, f.label, f.type,
            f.required, f.unique, number(f.min), number(f.max), f.places, f.max_length, f.choice_list,
            f.derived or "", f.default or "", wl.conditions_text(f.required_unless), f.warn_under_age]


def _field_rows(plan: Plan):
    for reg in plan.registers:
        for f in reg.fields:
            yield _field_row(reg, None, f)
        for log in reg.logs:
            for f in log.fields:
                yield _field_row(reg, log, f)


def _assignment_rows(plan: Plan):
    for (code, ind_id), value in plan.assignments.items():
        ind = plan.indicator(ind_id)
        yield [code, plan.office(code).name, ind_id, ind.name, ind.unit, number(value)]


def plan_sheets(plan: Plan) -> list[Sheet]:
    c = wl.COLUMNS
    return [
        Sheet(wl.README_SHEET, c[wl.README_SHEET], _readme(plan), header=False, wrap=True),
        Sheet(wl.AREA_SHEET, c[wl.AREA_SHEET],
              [[a.id, a.name, a.slogan, a.pending, a.note] for a in plan.areas]),
        Sheet(wl.MEASURE_SHEET, c[wl.MEASURE_SHEET],
              [[m.id, m.area_id, m.name, m.text] for m in plan.measures]),
        Sheet(wl.INDICATOR_SHEET, c[wl.INDICATOR_SHEET], list(_indicator_rows(plan))),
        Sheet(wl.FIELD_SHEET, c[wl.FIELD_SHEET], list(_field_rows(plan))),
        Sheet(wl.CHOICE_SHEET, c[wl.CHOICE_SHEET],
              [[name, option] for name, options in plan.choices.items() for option in options]),
        Sheet(wl.OFFICE_SHEET, c[wl.OFFICE_SHEET],
              [[o.code, o.name, wl.LIST_SEPARATOR.join(o.communities)] for o in plan.offices]),
        Sheet(wl.ASSIGNMENT_SHEET, c[wl.ASSIGNMENT_SHEET], list(_assignment_rows(plan))),
        Sheet(wl.RULE_SHEET, c[wl.RULE_SHEET],
              [[r.id, r.left, r.op, r.right, r.importance, r.message] for r in plan.rules], wrap=True),
    ]


def export_plan(db, plan: Plan, out: Path, *, user: User, passphrase: str | None = None,
                overwrite: bool = False) -> PlanExport:
    """Write ``out``; signed with the district key when this is the district (passphrase needed)."""
    unit = unit_of(db)
    require(user, "manage_plan" if unit.is_district else "install_plan")
    meta = {"document": wl.DOCUMENT, "unit_code": unit.code, "unit_name": unit.name, "unit_role": unit.role,
            "plan_id": plan.id, "plan_version": str(plan.version), "plan_digest": plan_digest(plan),
            "exported_at": now_text()}
    sheets = plan_sheets(plan)
    if not unit.is_district:
        result = write_signed(Path(out), meta, sheets, sign=None, overwrite=overwrite)
        return PlanExport(result.path, False, "", result.row_counts)
    if passphrase is None:
        raise UserError(QT_TRANSLATE_NOOP("core", "区里导出的计划需用区里的签名密钥签名，请提供签名密钥口令"))
    sign, key = signer(db, passphrase), active_key(db)   # a wrong passphrase fails before writing

    result = write_signed(Path(out), meta, sheets, sign=sign, public_raw=key.public_raw,
                          fingerprint=key.fingerprint, overwrite=overwrite)
    return PlanExport(result.path, True, key.fingerprint, result.row_counts)
