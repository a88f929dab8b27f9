"""The sheets of the district's consolidated workbook (汇总表), built from the merged data.

封面 and 指标进度 have exactly the office submission's layout, so the level above merges a
district report with the same verify and merge; the other sheets are for people to read."""
from __future__ import annotations

import json
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from db import merged
from desktop.data_quality import Warning
from desktop.district_progress import DistrictProgress, IndicatorProgress
from desktop.formatting import percent
from desktop.plan.model import Plan
from desktop.submission_format import (COVER_SHEET, INDICATOR_COLUMNS, INDICATOR_SHEET, MISSING,
                                       log_columns, log_sheet_name, register_columns, register_sheet_name)
from desktop.submissions import Matrix
from desktop.workbook.sheets import Column, Sheet

COVER_COLUMNS = [Column("项目", width=16), Column("内容", width=60)]
TREND_INDICATORS = ("new_jobs", "reemployed", "training", "registrations")
COMPLETION_SHEET, TREND_SHEET = "完成率图", "月度趋势"
_CENT = Decimal("0.01")


def cover(meta: dict, fingerprint: str, progress: DistrictProgress) -> Sheet:
    rows = [["单位", meta["unit_name"]], ["报告期", meta["period"]], ["版本", f"第{meta['revision']}版"],
            ["填报人", meta["filler"]], ["审核人", meta["reviewer"]], ["单位负责人", meta["head"]],
            ["联系电话", meta["phone"]], ["导出时间", meta["exported_at"]], ["签名密钥指纹", fingerprint],
            ["本月报送街道", f"{len(progress.reported)} 个（共 {len(progress.units)} 个）"],
            ["说明", "本表为全区汇总，数据已用区里的密钥数字签名，任何改动都会被发现"]]
    return Sheet(COVER_SHEET, COVER_COLUMNS, rows, header=False)


def _figure(ip: IndicatorProgress, value: Decimal | None):
    if value is None:
        return MISSING
    return value.quantize(_CENT, ROUND_HALF_UP) if ip.indicator.kind == "rate" else value


def _note(ip: IndicatorProgress, names: dict[str, str]) -> str:
    parts = [f"报送街道 {ip.reporting} 个"]
    if ip.meeting is not None:
        parts.append(f"达标街道 {ip.meeting[0]}/{ip.meeting[1]}")
    if ip.behind:                      # a short note keeps the sheet printable; 分街道 has every office
        shown = "、".join(names[c] for c in ip.behind[:3])
        parts.append(f"滞后：{shown}" + (f" 等 {len(ip.behind)} 个街道" if len(ip.behind) > 3 else ""))
    return "；".join(parts)


def indicator_sheet(plan: Plan, progress: DistrictProgress) -> Sheet:
    names = {u.code: u.name for u in progress.units}
    rows = []
    for ip in progress.indicators:
        ind = ip.indicator
        measure = plan.measure(ind.measure_id)
        rows.append([ind.id, plan.area(measure.area_id).name, measure.name, ind.name, ind.unit, ind.target,
                     ind.stretch, None, _figure(ip, ip.month), _figure(ip, ip.achieved), percent(ip.percent),
                     percent(ip.elapsed), ip.status, None, _note(ip, names)])
    return Sheet(INDICATOR_SHEET, INDICATOR_COLUMNS, rows)


def by_office_sheet(progress: DistrictProgress) -> Sheet:
    cols = [Column("编号", width=20, hidden=True), Column("指标", width=28), Column("单位", width=8)]
    cols += [Column(u.name, "auto", width=11, thousands=True) for u in progress.units] \
        + [Column("全区", "auto", width=11, thousands=True)]
    rows = []
    for ip in progress.indicators:
        figures = [_figure(ip, ip.by_office[u.code]) if ip.by_office[u.code] is not None else "" for u in progress.units]
        rows.append([ip.indicator.id, ip.indicator.name, ip.indicator.unit, *figures,
                     _figure(ip, ip.achieved) if ip.achieved is not None else ""])
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


def completion_sheet(progress: DistrictProgress) -> Sheet:
    """Each unit's mean completion of its shared-out targets, for the bar chart."""
    rows = []
    for u in progress.units:
        pcts = [ip.office_percent[u.code] for ip in progress.indicators
                if ip.indicator.sums_over_months and ip.office_percent.get(u.code) is not None]
        mean = sum(pcts, Decimal(0)) / len(pcts) if pcts else Decimal(0)
        rows.append([u.name, mean.quantize(Decimal("0.1"), ROUND_HALF_UP)])
    rows.append(["序时进度", progress.indicators[0].elapsed.quantize(Decimal("0.1"), ROUND_HALF_UP)
                 if progress.indicators else Decimal(0)])
    return Sheet(COMPLETION_SHEET, [Column("街道", width=14), Column("平均完成率（%）", "decimal", places=1, width=16)], rows)


def trend_sheet(progress: DistrictProgress) -> Sheet:
    chosen = [ip for ip in progress.indicators if ip.indicator.id in TREND_INDICATORS]
    cols = [Column("月份", width=10)] + [Column(f"{ip.indicator.name}（{ip.indicator.unit}）", "auto", width=16,
                                               thousands=True) for ip in chosen]
    rows = [[f"{int(m[5:])}月"] + [ip.monthly[i] if ip.monthly[i] is not None else 0 for ip in chosen]
            for i, m in enumerate(progress.months)]
    return Sheet(TREND_SHEET, cols, rows)


def _typed(text: str, col: Column):
    if text == "":
        return None
    if col.type in ("integer", "decimal"):
        return Decimal(text)
    if col.type == "date":
        return date.fromisoformat(text)
    return text


def register_sheets(db, plan: Plan, names: dict[str, str]):
    """The merged registers, one sheet per register and log, with a 街道 column in front."""
    for reg in plan.registers:
        layouts = [(register_sheet_name(reg), register_columns(reg))]
        layouts += [(log_sheet_name(reg, lg), log_columns(lg)) for lg in reg.logs]
        for source, cols in layouts:
            yield Sheet(f"汇总-{source}"[:31], [Column("街道", width=14)] + cols, _records(db, source, cols, names))


def _records(db, source: str, cols: list[Column], names: dict[str, str]):
    """Rows as the writer pulls them, typed back from their canonical text."""
    for unit, cells in merged.records(db, source):
        yield [names.get(unit, unit)] + [_typed(t, c) for t, c in zip(json.loads(cells), cols)]
