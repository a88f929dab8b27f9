"""The district's consolidated workbook (汇总表): written and signed like an office submission.

Its 封面 and 指标进度 follow desktop.exchange.submission_format with unit_role "district", so the level
above trusts the district's key and merges the report with the same verify and merge. The cover
carries the sign-off (填报人, 审核人, 单位负责人, 联系电话) inside the signed content. A run whose
content is the same as the last revision's (same figures, sheets and sign-off; only the export
time would differ) writes nothing and uses up no revision."""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Callable

from openpyxl.chart import BarChart, LineChart, Reference

from db import audit, exports, meta as db_meta
from db import audit_anchor as anchor_rows
from db.connection import write
from desktop.district import data_quality, submissions
from desktop.security import signing
from desktop.security.audit_anchor import head_meta
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.district import chase, report_rows
from desktop.district.city import city_sheets
from desktop.district.level_words import Words, words_for
from desktop.district.register_summary import summary_sheet
from desktop.errors import UserError
from desktop.exchange.export import SignOff
from desktop.exchange.export_sheets import titled
from desktop.plan.canonical import plan_digest
from desktop.plan.store import active_plan
from desktop.unit import unit_of
from desktop.security.roles import require
from desktop.exchange.workbook.digest import ContentDigest
from desktop.exchange.workbook.writer import write_signed

from . import report_sheets as rs
from desktop.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ReportResult:
    path: Path
    revision: int
    digest: str
    fingerprint: str
    offices_reporting: int
    unchanged: bool = False               # nothing written: the last revision has this content


@dataclass(frozen=True)
class ReportPlan:
    """What a report for the period would hold, before anything is written (the window's preview)."""
    view: report_rows.ReportView
    sheet_rows: list[tuple[str, int | None]]   # sheet name and row count (None: counted when written)


def _completion_chart(w: Words) -> Callable:
    def add(ws, rows: int) -> None:
        _bars(ws, rows, f"各{w.member}平均完成率（%，单项封顶100%）")
    return add


def _bars(ws, rows: int, title: str) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.y_axis.title = "%"
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows + 1))
    chart.height, chart.width, chart.legend = 12, 18, None
    ws.add_chart(chart, "D2")


def _trend_chart(columns: int, w: Words) -> Callable:
    def add(ws, rows: int) -> None:
        chart = LineChart()
        chart.title = f"{w.whole}月度趋势（标“缺N”的月份有{w.member}未报送）"
        chart.add_data(Reference(ws, min_col=2, max_col=columns, min_row=1, max_row=rows + 1), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows + 1))
        chart.height, chart.width = 10, 20
        ws.add_chart(chart, "J2")
    return add


def _check(db, period: str):
    unit, plan = unit_of(db), active_plan(db)
    if not unit.is_district:
        raise UserError(QT_TRANSLATE_NOOP("core", "汇总表只能在区汇总数据库中生成；街道请使用导出报送"))
    if len(period or "") != 7 or period[:4] != str(plan.year) or not period[5:].isdigit() \
            or not 1 <= int(period[5:]) <= 12:
        raise UserError(QT_TRANSLATE_NOOP("core", "报告期 {0} 应写成 {1}-MM（计划年度 {2} 年内），如 {3}-03"),
                        repr(period), plan.year, plan.year, plan.year)
    return unit, plan


def _sheets(db, plan, unit, period: str, meta: dict, fingerprint: str, view, today: date | None):
    matrix = submissions.build(db, plan, today=today)
    names = {u.code: u.name for u in view.units}
    items = chase.collect(db, plan, period, today=today)
    w = words_for(unit)
    keep = [unit.name, *names.values(), *(i.name for i in plan.indicators)]
    return titled(rs.at_level([rs.cover(meta, fingerprint, view, w), rs.progress_sheet(view), rs.indicator_sheet(plan, view, w),
                   rs.by_office_sheet(view.progress), rs.submissions_sheet(matrix), chase.chase_sheet(items),
                   rs.duplicates_sheet(db, plan, names), rs.quality_sheet(data_quality.warnings(db, plan, period)),
                   rs.completion_sheet(view), rs.trend_sheet(view)], w, keep)
                  # written for their level already: a city's register counts, a district's summary
                  + (city_sheets(db, plan, unit, names) if unit.is_city else [summary_sheet(db, plan, names)]),
                  unit.name, period, meta.get("revision"))


def preview(db, period: str, *, user: User, today: date | None = None) -> ReportPlan:
    """The sheets the report would have and their row counts (registers included), nothing written."""
    require(user, "report")
    unit, plan = _check(db, period)
    view = report_rows.build(db, plan, unit, period)
    meta = {k: "" for k in ("unit_name", "period", "revision", "filler", "reviewer", "head", "phone", "exported_at")}
    counts = [(s.name, sum(1 for _ in s.rows)) for s in _sheets(db, plan, unit, period, meta, "", view, today)]
    return ReportPlan(view=view, sheet_rows=counts)


def _content_fingerprint(stable_meta: dict, sheets) -> str:
    """The digest of everything but the cover's revision and export time."""
    content = _ContentWhileWriting(stable_meta)
    for sheet in content.sheets(sheets):
        for _ in sheet.rows:
            pass
    return content.hexdigest()


class _ContentWhileWriting:
    """``_content_fingerprint`` taken from the rows as the writer streams them (the cover is
    not content): the district's registers are built and read once."""

    def __init__(self, stable_meta: dict):
        self.digest = ContentDigest(stable_meta)

    def sheets(self, sheets) -> list:
        return [s if s.name == rs.COVER_SHEET else replace(s, rows=self._feed(s)) for s in sheets]

    def _feed(self, sheet):
        self.digest.start_sheet(sheet.name, sheet.columns)
        for row in sheet.rows:
            self.digest.add_row(row)
            yield row

    def hexdigest(self) -> str:
        return self.digest.hexdigest()


def _unchanged(last: dict, key, view) -> ReportResult:
    return ReportResult(Path(last["file"]), last["revision"], last["digest"], key.fingerprint,
                        len(view.reported), unchanged=True)


def _last_key(period: str) -> str:
    return f"district_report:{period}"


def make_report(db, out: Path, period: str, *, user: User, passphrase: str, sign_off: SignOff,
                progress: Callable[[str, int], None] | None = None, today: date | None = None) -> ReportResult:
    require(user, "report")
    unit, plan = _check(db, period)
    sign_off.check()
    sign = signing.signer(db, passphrase)        # a wrong passphrase fails before any file is written
    key = signing.active_key(db)
    signers = {"filler": sign_off.filler.strip(), "reviewer": sign_off.reviewer.strip(),
               "head": sign_off.head.strip(), "phone": sign_off.phone.strip()}
    stable = {"unit_code": unit.code, "unit_name": unit.name, "unit_role": "district", "period": period,
              "plan_id": plan.id, "plan_version": str(plan.version), "plan_digest": plan_digest(plan), **signers}
    view = report_rows.build(db, plan, unit, period)
    last = json.loads(db_meta.get(db, _last_key(period), "{}"))
    earlier = Path(last.get("file", "")).is_file()
    if earlier and Path(last["file"]).resolve() == Path(out).resolve():
        # the last file is in the way: only an unchanged report may name it again
        if progress:
            progress("比对上一版", 0)
        if last.get("content") == _content_fingerprint(
                dict(stable, fingerprint=key.fingerprint),
                _sheets(db, plan, unit, period, dict(stable, revision="", exported_at=""), key.fingerprint, view, today)):
            return _unchanged(last, key, view)
    revision = exports.next_revision(db, unit.code, period)
    try:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("core", "无法创建文件夹 {0}：{1}。请换一个保存位置"),
                        Path(out).parent, exc.strerror or exc) from exc
    # the district's own audit head, signed with its report (not content: it moves with every action)
    meta = dict(stable, revision=str(revision), exported_at=now_text(), **head_meta(db))
    content = _ContentWhileWriting(dict(stable, fingerprint=key.fingerprint))   # taken while writing
    sheets = content.sheets(_sheets(db, plan, unit, period, meta, key.fingerprint, view, today))
    w = words_for(unit)
    decorations = {rs.COMPLETION_SHEET: _completion_chart(w), rs.TREND_SHEET: _trend_chart(1 + len(rs.TREND_INDICATORS), w)}
    result = write_signed(Path(out), meta, sheets, sign=sign, public_raw=key.public_raw, fingerprint=key.fingerprint,
                          progress=progress, decorations=decorations)
    content = content.hexdigest()
    if earlier and last.get("content") == content:
        result.path.unlink(missing_ok=True)        # the same as the last revision: no new file
        return _unchanged(last, key, view)
    try:
        with write(db):
            exports.record(db, unit_code=unit.code, period=period, revision=revision, file_path=str(result.path),
                           digest=result.digest, fingerprint=key.fingerprint, exported_at=meta["exported_at"],
                           exported_by=user.name)
            anchor_rows.record_export_head(db, unit_code=unit.code, period=period, revision=revision,
                                           seq=int(meta["audit_seq"]), hash=meta["audit_hash"])
            db_meta.put(db, _last_key(period), json.dumps({"content": content, "revision": revision,
                                                           "file": str(result.path), "digest": result.digest}))
            audit.append(db, at=meta["exported_at"], user=user.name, action="生成汇总表", target=period,
                         new=f"第{revision}版 {result.path.name}，填报人 {signers['filler']}，审核人 {signers['reviewer']}")
    except BaseException:
        result.path.unlink(missing_ok=True)       # a file the history does not know is not left behind
        raise
    return ReportResult(result.path, revision, result.digest, key.fingerprint, len(view.reported))
