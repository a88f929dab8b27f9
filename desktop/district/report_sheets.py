"""The sheets of the district's consolidated workbook (汇总表), built from the merged data.

封面 and 指标进度 have exactly the office submission's layout, so the level above merges a
district report with the same verify and merge; 指标进度 holds every indicator of the plan, the
district's own included. The other sheets are for people: 全区进度 (every indicator against
序时进度 and last month), 分街道, 报送情况, 催报清单, and the rest. The registers go up as
counts (desktop.district.register_summary), not as rows."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from db import merged
from desktop.district.data_quality import Warning
from desktop.district.level_words import DISTRICT, Words
from desktop.district.report_rows import PACES, ReportRow, ReportView, office_scores
from desktop.district.progress import DistrictProgress
from desktop.plan.formatting import ratio
from desktop.plan.model import Plan
from desktop.district.statuses import pace_label
from desktop.plan.statuses import milestone_label, progress_label
from desktop.exchange.submission_format import (COVER_SHEET, INDICATOR_COLUMNS, INDICATOR_SHEET, MISSING, NOT_APPLICABLE,
                                                register_sheet_name)
from desktop.district.submissions import Matrix
from desktop.exchange.workbook.sheets import Column, Sheet

COVER_COLUMNS = [Column("项目", width=16), Column("内容", width=60)]
TREND_INDICATORS = ("new_jobs", "reemployed", "training", "registrations")
COMPLETION_SHEET, TREND_SHEET = "完成率图", "月度趋势"
_CENT = Decimal("0.01")


def cover(meta: dict, fingerprint: str, view: ReportView, w: Words = DISTRICT) -> Sheet:
    rows = [["单位", meta["unit_name"]], ["报告期", meta["period"]], ["版本", f"第{meta['revision']}版"],
            ["填报人", meta["filler"]], ["审核人", meta["reviewer"]], ["单位负责人", meta["head"]],
            ["联系电话", meta["phone"]], ["导出时间", meta["exported_at"]], ["签名密钥指纹", fingerprint],
            [f"本月报送{w.member}", f"{len(view.reported)} 个（共 {len(view.units)} 个）"],
            ["指标", f"计划全部 {len(view.rows)} 项：" + "，".join(f"{pace_label(p)} {view.count(p)} 项" for p in PACES if view.count(p))],
            ["说明", w.say("本表为全区汇总，数据已用区里的密钥数字签名，任何改动都会被发现。"
                           "未报送的街道不计入滞后；平均完成率中单项超过100%的按100%计")]]
    return Sheet(COVER_SHEET, COVER_COLUMNS, rows, header=False, wrap=True)   # long lines stay in column B when printed


def _figure(ind, value: Decimal | None):
    if value is None:
        return MISSING
    return value.quantize(_CENT, ROUND_HALF_UP) if ind.kind == "rate" else value


def _note(r: ReportRow, w: Words = DISTRICT) -> str:
    parts = [f"报送{w.member} {r.reporting_text}" if not r.row.district_only else f"{w.own}填报"]
    if r.meeting is not None:
        parts.append(f"达标{w.member} {r.meeting[0]}/{r.meeting[1]}")
    if r.behind:                      # a short note keeps the sheet printable; 分街道 has every office
        shown = "、".join(u.name for u in r.behind[:3])
        parts.append(f"滞后：{shown}" + (f" 等 {len(r.behind)} 个{w.member}" if len(r.behind) > 3 else ""))
    if r.not_reported:
        parts.append(f"未报送 {len(r.not_reported)} 个{w.member}")
    return "；".join(parts)


def _month_cell(r: ReportRow):
    """本月 as the level above merges it: a number, 不适用, 未填 or a milestone's status."""
    month = r.row.month
    if month is not None and month.is_na:
        return NOT_APPLICABLE
    if r.indicator.kind == "milestone":   # where it stands by now, whichever month it was last set
        latest = r.row.milestone
        return milestone_label(latest.status) if latest is not None and latest.status else MISSING
    if month is None:
        return MISSING
    return _figure(r.indicator, month.value)


def indicator_sheet(plan: Plan, view: ReportView, w: Words = DISTRICT) -> Sheet:
    """Every plan indicator in the submission's own layout, so the level above merges it all."""
    rows = []
    for r in view.rows:
        ind, row = r.indicator, r.row
        done = date.fromisoformat(r.done_on) if r.done_on else None
        rows.append([ind.id, row.area.name, r.measure, ind.name, ind.unit, ind.target, ind.stretch,
                     r.stage_target if ind.stages else None, _month_cell(r),
                     None if ind.kind == "milestone" or row.achieved is None else _figure(ind, row.achieved),
                     ratio(row.completion), ratio(row.elapsed), progress_label(row.status), done, _note(r, w)])
    return Sheet(INDICATOR_SHEET, INDICATOR_COLUMNS, rows, wrap=True)


PROGRESS_SHEET = "全区进度"
# Widths are print layout (not signed): long texts wrap in their columns (the sheet is wrapped).
PROGRESS_COLUMNS = [
    Column("编号", width=20, hidden=True), Column("领域", width=9), Column("指标", width=18), Column("单位", width=7),
    Column("方向", width=5), Column("年度目标", "auto", width=9, thousands=True),
    Column("阶段目标", "auto", width=9, thousands=True), Column("阶段截止", width=9), Column("本月", width=9, align="right"),
    Column("累计", "auto", width=9, thousands=True), Column("完成率", "decimal", places=3, width=8, percent=True),
    Column("序时进度", "decimal", places=3, width=9, percent=True), Column("状态", width=6), Column("对照序时", width=9),
    Column("较上月", width=12), Column("报送街道", width=9), Column("滞后街道", width=16),
    Column("未报送街道", width=9), Column("完成日期", width=10),
]


def progress_sheet(view: ReportView) -> Sheet:
    """The whole plan for people: every indicator against 序时进度 and last month."""
    rows = []
    for r in view.rows:
        ind, row = r.indicator, r.row
        ytd = None if ind.kind == "milestone" or row.achieved is None else _figure(ind, row.achieved)
        rows.append([ind.id, row.area.name, ind.name, ind.unit, r.direction, ind.target,
                     r.stage_target if ind.stages else None, r.stage_by, r.month_text, ytd,
                     ratio(row.completion), ratio(row.elapsed), progress_label(row.status), pace_label(r.pace), r.change,
                     r.reporting_text, "、".join(u.name for u in r.behind),
                     f"{len(r.not_reported)} 个" if r.not_reported else "", r.done_on])
    return Sheet(PROGRESS_SHEET, PROGRESS_COLUMNS, rows, wrap=True)


def by_office_sheet(progress: DistrictProgress) -> Sheet:
    cols = [Column("编号", width=20, hidden=True), Column("指标", width=28), Column("单位", width=8)]
    cols += [Column(u.name, "auto", width=11, thousands=True) for u in progress.units] \
        + [Column("全区", "auto", width=11, thousands=True)]
    rows = []
    for ip in progress.indicators:
        ind = ip.indicator
        figures = [_figure(ind, ip.by_office[u.code]) if ip.by_office[u.code] is not None else "" for u in progress.units]
        rows.append([ind.id, ind.name, ind.unit, *figures, _figure(ind, ip.achieved) if ip.achieved is not None else ""])
    return Sheet("分街道", cols, rows)


def submissions_sheet(matrix: Matrix) -> Sheet:
    cols = [Column("街道", width=14)] + [Column(f"{int(m[5:])}月", width=12) for m in matrix.months]
    rows = [[u.name] + [matrix.cell(u.code, m).text for m in matrix.months] for u in matrix.units]
    return Sheet("报送情况", cols, rows)


def duplicates_sheet(db, plan: Plan, names: dict[str, str]) -> Sheet:
    sheets = {register_sheet_name(r): r for r in plan.registers}
    rows = []
    for ident, unit, sheet, record_no, cells in merged.shared_id_numbers(db):
        reg = sheets.get(sheet)
        cells = json.loads(cells)
        name_at = next((i + 1 for i, f in enumerate(reg.fields) if f.id == "name"), None) if reg else None
        rows.append([ident, cells[name_at] if name_at and name_at < len(cells) else "", names.get(unit, unit),
                     sheet, record_no])
    cols = [Column("公民身份号码", width=21), Column("姓名", width=10), Column("街道", width=14),
            Column("台账", width=20), Column("记录编号", "integer", width=10)]
    return Sheet("重复登记", cols, rows)


def quality_sheet(found: list[Warning]) -> Sheet:
    cols = [Column("街道", width=14), Column("指标", width=28), Column("月份", width=10), Column("问题", width=50),
            Column("数值", width=12)]
    return Sheet("数据质量", cols, [[w.unit, w.indicator, w.period, w.problem, w.value] for w in found])


def completion_sheet(view: ReportView) -> Sheet:
    """Each office's score (mean completion, each indicator capped at 100%), for the bar chart."""
    scores = office_scores(view)
    rows = []
    for u in view.units:
        label = u.name if u.code in view.reported else f"{u.name}（本月未报送）"
        rows.append([label, scores[u.code] if scores[u.code] is not None else Decimal(0)])
    elapsed = view.progress.indicators[0].elapsed if view.progress.indicators else Decimal(0)
    rows.append(["序时进度", elapsed.quantize(Decimal("0.1"), ROUND_HALF_UP)])
    return Sheet(COMPLETION_SHEET, [Column("街道", width=22), Column("平均完成率（%，单项封顶100%）", "decimal", places=1, width=20)], rows)


def trend_sheet(view: ReportView) -> Sheet:
    """The district figure month by month; a month some offices have not sent is marked (缺N),
    its figure is what the others sent, and the last columns say how many sent."""
    progress = view.progress
    chosen = [ip for ip in progress.indicators if ip.indicator.id in TREND_INDICATORS]
    cols = [Column("月份", width=12)] + [Column(f"{ip.indicator.name}（{ip.indicator.unit}）", "auto", width=16,
                                               thousands=True)
                                        for ip in chosen]
    cols += [Column("报送街道", "integer", width=10), Column("缺报街道", width=40)]
    total = len(progress.units)
    rows = []
    for i, m in enumerate(progress.months):
        sent = view.reported_by_month.get(m, set())
        gone = [u.name for u in progress.units if u.code not in sent]
        label = f"{int(m[5:])}月" + (f"（缺{len(gone)}）" if gone else "")
        rows.append([label] + [ip.monthly[i] for ip in chosen] + [len(sent), "、".join(gone) if len(gone) < total else "全部"])
    return Sheet(TREND_SHEET, cols, rows)


def at_level(sheets: list[Sheet], w: Words, keep: list[str]) -> list[Sheet]:
    """The people's sheets in the level's words (a city's rows are 区); the cover and 指标进度
    keep the submission's own layout, which the level above reads."""
    if not w.city:
        return sheets
    return [s if s.name in (COVER_SHEET, INDICATOR_SHEET) else
            replace(s, name=w.say(s.name, keep), columns=[replace(c, header=w.say(c.header, keep)) for c in s.columns])
            for s in sheets]
