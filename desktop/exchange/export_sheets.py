"""The sheets of an office's monthly workbook, per desktop.exchange.submission_format."""
from __future__ import annotations

from datetime import date, datetime

from desktop.entry.rows import ProgressRow, progress_rows
from desktop.feedback.answers import answer_sheets
from desktop.plan.formatting import ratio
from desktop.plan.periods import label as period_label
from desktop.plan.model import Plan
from desktop.plan.statuses import milestone_label, progress_label
from desktop.unit import Unit
from desktop.registers.records import iter_log_rows, iter_records
from desktop.exchange.submission_format import (COVER_SHEET, IND, INDICATOR_COLUMNS, INDICATOR_SHEET, NOT_APPLICABLE,
                                       log_columns, log_sheet_name, register_columns, register_sheet_name)
from desktop.exchange.rule_sheet import rule_sheet
from desktop.exchange.workbook.print_layout import limit_format
from desktop.exchange.workbook.sheets import Column, Sheet

SIGNED_NOTE = ("本表数据已经数字签名：区里汇总时会校验签名，表中任何数据被改动都会被发现。"
               "如需更正，请在系统中修改后重新导出（版本号自动加一）。")


def cover_sheet(plan: Plan, unit: Unit, meta: dict, fingerprint: str) -> Sheet:
    exported = datetime.fromisoformat(meta["exported_at"])
    rows = [
        ("报送单位", unit.name), ("单位代码", unit.code), ("报告期", period_label(meta["period"])),
        ("版本", f"第{meta['revision']}版"), ("计划", f"{plan.title}（第{plan.version}版）"),
        ("填报人", meta["filler"]), ("审核人", meta["reviewer"]), ("单位负责人", meta["head"]),
        ("联系电话", meta["phone"]), ("填报日期", f"{exported.year}年{exported.month}月{exported.day}日"),
        ("导出时间", exported.strftime("%Y-%m-%d %H:%M:%S")), ("签名密钥指纹", fingerprint),
        ("说明", SIGNED_NOTE),
    ]
    return Sheet(COVER_SHEET, [Column("项目", width=16), Column("内容", width=64)], rows, header=False, wrap=True)


def indicator_row(r: ProgressRow) -> list:
    """One 指标进度 row: numbers stay numbers; 不适用 and 未填 are said in words."""
    ind, month = r.indicator, r.month
    if month is None:
        this_month, done_on = "", None            # 未填: an empty cell, and the status says so
    elif month.is_na:
        this_month, done_on = NOT_APPLICABLE, None
    elif ind.kind == "milestone":
        this_month = milestone_label(month.status)
        done_on = date.fromisoformat(month.done_on) if month.done_on else None
    else:
        this_month, done_on = month.value, None
    note = month.note if month is not None else ""
    if r.source:
        note = f"{note}；{r.source}" if note else r.source
    return [ind.id, r.area.name, r.measure.name, ind.name, ind.unit, r.target, r.stretch, r.stage_target,
            this_month, r.ytd if ind.kind != "milestone" else None, ratio(r.completion),
            ratio(r.elapsed), progress_label(r.status), done_on, note]


def limit_formats(plan: Plan):
    """The targets of an indicator not to exceed (城镇登记失业率) print as ≤ 2%, not as 2."""
    at_most = {i.id: i.unit for i in plan.indicators if i.direction == "at_most"}
    targets = [IND[h] for h in ("年度目标", "力争", "阶段目标")]

    def formats(row) -> dict[int, str]:
        if row[0] not in at_most:
            return {}
        found = {i: limit_format(row[i], at_most[row[0]]) for i in targets}
        return {i: f for i, f in found.items() if f}
    return formats


def indicator_sheet(db, plan: Plan, unit: Unit, period: str) -> Sheet:
    # wrapped: a long 说明 stays in its column instead of spilling over the page when printed
    return Sheet(INDICATOR_SHEET, INDICATOR_COLUMNS,
                 [indicator_row(r) for r in progress_rows(db, plan, unit, period)], wrap=True,
                 cell_formats=limit_formats(plan))


def _record_rows(db, plan: Plan, register, office: str):
    ids = [f.id for f in register.fields]
    for r in iter_records(db, plan, register.id, office):
        yield [r.id] + [r.values.get(i) for i in ids]


def _log_rows(db, plan: Plan, register, log, office: str):
    ids = [f.id for f in log.fields]
    for r in iter_log_rows(db, plan, register.id, log.id, office):
        yield [r.record_id] + [r.values.get(i) for i in ids]


def register_sheets(db, plan: Plan, unit: Unit) -> list[Sheet]:
    """One sheet per register and per child log; rows are streamed while the file is written."""
    sheets = []
    for reg in plan.registers:
        sheets.append(Sheet(register_sheet_name(reg), register_columns(reg),
                            _record_rows(db, plan, reg, unit.code)))
        for log in reg.logs:
            sheets.append(Sheet(log_sheet_name(reg, log), log_columns(log),
                                _log_rows(db, plan, reg, log, unit.code)))
    return sheets


def titled(sheets: list[Sheet], unit_name: str, period: str, revision) -> list[Sheet]:
    """Each printed page says whose, which month and which revision: 宁海路街道 2023年11月 指标进度（第2版）."""
    for s in sheets:
        s.print_title = f"{unit_name} {period_label(period)} {s.name}" + (f"（第{revision}版）" if revision else "")
    return sheets


def build(db, plan: Plan, unit: Unit, period: str, meta: dict, fingerprint: str,
          rules: tuple = ((), {})) -> list[Sheet]:
    """``rules``: (the month's rule results, the explanations checked for them) — see
    desktop.entry.rule_check; failing ones make the sheet 审核公式 after 指标进度."""
    checked = rule_sheet(*rules)
    return titled([cover_sheet(plan, unit, meta, fingerprint), indicator_sheet(db, plan, unit, period),
                   *([checked] if checked else []), *register_sheets(db, plan, unit), *answer_sheets(db, period)],
                  unit.name, period, meta.get("revision"))

