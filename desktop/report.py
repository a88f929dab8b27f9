"""The district's consolidated workbook (汇总表): written and signed like an office submission.

Its 封面 and 指标进度 follow desktop.submission_format with unit_role "district", so the level
above trusts the district's key and merges the report with the same verify and merge."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from openpyxl.chart import BarChart, LineChart, Reference

from db import audit, exports
from db import audit_anchor as anchor_rows
from db.connection import write
from desktop import data_quality, district_progress, signing, submissions
from desktop.audit_anchor import head_meta
from desktop.auth import User, now_text
from desktop.plan.canonical import plan_digest
from desktop.roles import require
from desktop.errors import UserError
from desktop.plan.store import active_plan
from desktop.provision import unit_of
from desktop.workbook.writer import write_signed

from . import report_sheets as rs

_PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class ReportResult:
    path: Path
    revision: int
    digest: str
    fingerprint: str
    offices_reporting: int


def _completion_chart(ws, rows: int) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.title = "各街道平均完成率（%）"
    chart.y_axis.title = "%"
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows + 1))
    chart.height, chart.width, chart.legend = 12, 18, None
    ws.add_chart(chart, "D2")


def _trend_chart(columns: int) -> Callable:
    def add(ws, rows: int) -> None:
        chart = LineChart()
        chart.title = "全区月度趋势"
        chart.add_data(Reference(ws, min_col=2, max_col=columns, min_row=1, max_row=rows + 1), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows + 1))
        chart.height, chart.width = 10, 20
        ws.add_chart(chart, "G2")
    return add


def make_report(db, out: Path, period: str, *, user: User, passphrase: str,
                progress: Callable[[str, int], None] | None = None) -> ReportResult:
    require(user, "report")
    if not _PERIOD.match(period or ""):
        raise UserError(f"报告期 {period!r} 应写成 YYYY-MM，如 2023-03")
    unit, plan = unit_of(db), active_plan(db)
    if not unit.is_district:
        raise UserError("汇总表只能在区汇总数据库中生成；街道请使用导出报送")
    if period[:4] != str(plan.year):
        raise UserError(f"报告期 {period} 不在计划年度 {plan.year} 年内")
    sign = signing.signer(db, passphrase)        # a wrong passphrase fails before any file is written
    key = signing.active_key(db)
    revision = exports.next_revision(db, unit.code, period)
    meta = {"unit_code": unit.code, "unit_name": unit.name, "unit_role": "district", "period": period,
            "revision": str(revision), "plan_id": plan.id, "plan_version": str(plan.version),
            "plan_digest": plan_digest(plan),
            "exported_at": now_text(), "filler": user.name, "reviewer": "", "head": "", "phone": "",
            **head_meta(db)}         # the district's own audit head, signed with its report
    state = district_progress.compute(db, plan, period)
    matrix = submissions.build(db, plan)
    names = {u.code: u.name for u in state.units}
    trend = rs.trend_sheet(state)
    sheets = [rs.cover(meta, key.fingerprint, state), rs.indicator_sheet(plan, state), rs.by_office_sheet(state),
              rs.submissions_sheet(matrix), rs.duplicates_sheet(db, plan, names),
              rs.quality_sheet(data_quality.warnings(db, plan, period)), rs.completion_sheet(state), trend,
              *rs.register_sheets(db, plan, names)]
    decorations = {rs.COMPLETION_SHEET: _completion_chart}
    if len(trend.columns) > 1:
        decorations[rs.TREND_SHEET] = _trend_chart(len(trend.columns))
    result = write_signed(Path(out), meta, sheets, sign=sign, public_raw=key.public_raw, fingerprint=key.fingerprint,
                          progress=progress, decorations=decorations)
    with write(db):
        exports.record(db, unit_code=unit.code, period=period, revision=revision, file_path=str(result.path),
                       digest=result.digest, fingerprint=key.fingerprint, exported_at=meta["exported_at"],
                       exported_by=user.name)
        anchor_rows.record_export_head(db, unit_code=unit.code, period=period, revision=revision,
                                       seq=int(meta["audit_seq"]), hash=meta["audit_hash"])
        audit.append(db, at=meta["exported_at"], user=user.name, action="生成汇总表", target=period,
                     new=f"第{revision}版 {result.path.name}")
    return ReportResult(result.path, revision, result.digest, key.fingerprint, len(state.reported))
