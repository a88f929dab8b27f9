"""The monthly 通报 (progress bulletin), drafted from the same rows as the consolidated report.

``draft`` builds the document as plain structure (headings, paragraphs, two attachment tables)
so the Word file, the --text print-out and the window's copy button all say the same; its
counts come from ``report_rows`` exactly as the report's 全区进度 sheet does."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.district import submissions
from desktop.district import report_rows as rr
from desktop.district.bulletin_template import fill, load_template
from desktop.district.level_words import Words, words_for
from desktop.district.periods_text import day_text
from desktop.errors import UserError
from desktop.plan.formatting import number, percent
from desktop.district.statuses import pace_label
from desktop.exchange import statuses
from desktop.plan.store import active_plan
from desktop.unit import unit_of
from desktop.security.roles import require
from desktop.messages import QT_TRANSLATE_NOOP


@dataclass
class Bulletin:
    title: str
    issuer: str
    day: str
    recipients: str
    opening: str
    sections: list[tuple[str, list[str]]] = field(default_factory=list)     # heading, paragraphs
    tables: list[tuple[str, list[str], list[list[str]]]] = field(default_factory=list)  # title, header, rows
    counts: dict[str, int] = field(default_factory=dict)                   # pace -> indicators
    closing: str = ""

    def text(self) -> str:
        lines = [self.title, "", self.recipients, self.opening]
        for heading, paragraphs in self.sections:
            lines += ["", heading] + paragraphs
        lines += ["", self.issuer, self.day]
        for title, header, rows in self.tables:
            lines += ["", title, "\t".join(header)] + ["\t".join(r) for r in rows]
        if self.closing:
            lines += ["", self.closing]
        return "\n".join(lines) + "\n"


def _names(items: list[str]) -> str:
    return "、".join(items)


def _overview(view: rr.ReportView, month: int) -> list[str]:
    c = {p: view.count(p) for p in rr.PACES}
    text = (f"截至{month}月底，计划 {len(view.rows)} 项指标中，{c[rr.DONE_PACE]} 项已完成全年目标，"
            f"超序时 {c[rr.AHEAD]} 项，按序时 {c[rr.ON_PACE]} 项，慢于序时 {c[rr.SLOW]} 项。")
    extra = [f"{pace_label(p)} {c[p]} 项" for p in (rr.NOT_REPORTED, rr.NOT_FILLED, rr.NO_TARGET) if c[p]]
    if extra:
        text += "另有" + "、".join(extra) + "（不计入以上各类）。"
    out = [text]
    for pace, label in ((rr.DONE_PACE, "已完成全年目标"), (rr.AHEAD, "超序时"), (rr.ON_PACE, "按序时"), (rr.SLOW, "慢于序时")):
        if c[pace]:
            out.append(f"{label}的项目：{_names(view.named(pace))}。")
    return out


def _submissions(matrix, period: str, w: Words) -> tuple[list[str], dict[str, list[str]]]:
    groups: dict[str, list[str]] = {"按时": [], "迟报": [], "缺报": [], "拒收": [], "待报送": []}
    refused = []
    for u in matrix.units:
        cell = matrix.cell(u.code, period)
        if cell.state == "merged":
            groups["迟报" if cell.late else "按时"].append(u.name)
        elif cell.state == "rejected":
            groups["拒收"].append(u.name)
            refused.append(f"{u.name}（{statuses.label(cell.status)}）")
        else:
            groups["缺报" if cell.state == "missing" else "待报送"].append(u.name)
    text = (f"本月应报送{w.member} {len(matrix.units)} 个：按时报送 {len(groups['按时'])} 个，迟报 {len(groups['迟报'])} 个，"
            f"缺报 {len(groups['缺报'])} 个，拒收 {len(groups['拒收'])} 个"
            + (f"，未到截止日尚未报送 {len(groups['待报送'])} 个" if groups["待报送"] else "") + "。")
    out = [text]
    for key in ("按时", "迟报", "缺报"):
        if groups[key]:
            out.append(f"{'按时报送' if key == '按时' else key}：{_names(groups[key])}。")
    if refused:
        out.append(f"拒收：{_names(refused)}，请按催报清单要求重新导出。")
    return out, groups


def _ranking(view: rr.ReportView, w: Words) -> tuple[list[str], list[tuple]]:
    ranked = rr.ranking(view)
    out = [f"排名依据：{w.say(rr.SCORE_RULE)}。"]
    if ranked:
        out.append("；".join(f"第{n}名 {u.name}（{score if score is not None else '—'}分）"
                             for n, (u, score, _) in enumerate(ranked, start=1)) + "。")
    silent = [u.name for u in view.units if u.code not in view.reported]
    if silent:
        out.append(f"本月未报送、不参与排名的{w.member}：{_names(silent)}。")
    return out, ranked


def _problems(view: rr.ReportView, w: Words) -> list[str]:
    slow = [r for r in view.rows if r.pace == rr.SLOW]
    if not slow:
        return ["本月无慢于序时进度的项目。"]
    out = []
    for n, r in enumerate(slow, start=1):
        row = r.row
        silent = f"（{len(r.not_reported)} 个{w.member}未报送）" if r.not_reported else ""
        who = (f"滞后{w.member}：{_names([u.name for u in r.behind])}{silent}" if r.behind
               else (f"{w.own}指标" if row.district_only else f"报送的{w.member}均未滞后，{w.whole}合计慢于序时{silent}"))
        out.append(f"{n}. {r.indicator.name}：完成 {rr.percent_text(row.completion)}，序时进度 {percent(row.elapsed)}；{who}。")
    return out


def draft(db, period: str, *, user, today: date | None = None, template: dict | None = None) -> Bulletin:
    require(user, "report")
    plan, unit = active_plan(db), unit_of(db)
    if not unit.is_district:
        raise UserError(QT_TRANSLATE_NOOP("core", "通报只能在区汇总数据库中生成"))
    if len(period or "") != 7 or period[:4] != str(plan.year) or not period[5:].isdigit() \
            or not 1 <= int(period[5:]) <= 12:
        raise UserError(QT_TRANSLATE_NOOP("core", "报告期 {0} 应写成 {1}-MM（计划年度 {2} 年内）"),
                        repr(period), plan.year, plan.year)
    today = today or date.today()
    w = words_for(unit)
    t = _at_level(template or load_template(), w)
    year, month = int(period[:4]), int(period[5:])
    values = {"district": unit.name, "year": year, "month": month, "day": f"{today.year}年{day_text(today)}"}
    h = t["headings"]
    view = rr.build(db, plan, unit, period)
    matrix = submissions.build(db, plan, today=today)
    sub_text, groups = _submissions(matrix, period, w)
    rank_text, ranked = _ranking(view, w)
    b = Bulletin(title=fill(t["title"], values), issuer=fill(t["issuer"], values), day=values["day"],
                 recipients=fill(t["recipients"], values), opening=fill(t["opening"], values),
                 counts={p: view.count(p) for p in rr.PACES}, closing=fill(t["closing"]["note"], values))
    b.sections = [(fill(h["overview"], values), _overview(view, month)),
                  (fill(h["submissions"], values), sub_text),
                  (fill(h["ranking"], values), rank_text),
                  (fill(h["problems"], values), _problems(view, w)),
                  (fill(h["requirements"], values), [fill(p, values) for p in t["requirements"]["paragraphs"]])]
    slow = [r for r in view.rows if r.pace == rr.SLOW]
    b.tables = [
        (fill(h["slow_list"], values), ["序号", "指标", "单位", "年度目标", "累计", "完成率", "序时进度", f"滞后{w.member}"],
         [[str(n), r.indicator.name, r.indicator.unit, number(r.indicator.target), rr.figure_text(r.indicator, r.row.achieved),
           rr.percent_text(r.row.completion), percent(r.row.elapsed),
           _names([u.name for u in r.behind]) or (w.own if r.row.district_only else "—")]
          for n, r in enumerate(slow, start=1)]),
        (fill(h["office_table"], values), ["排名", w.member, "得分", "滞后指标数", "本月报送"],
         [[str(n), u.name, str(score) if score is not None else "—", str(behind), _state(matrix, u.code, period)]
          for n, (u, score, behind) in enumerate(ranked, start=1)]
         + [["—", u.name, "—", "—", _state(matrix, u.code, period)] for u in view.units if u.code not in view.reported]),
    ]
    return b


def _at_level(template, w: Words):
    """The template's wording at the level (a city's 通报 speaks of 区); placeholders are filled
    after, so a unit's name is never turned."""
    if isinstance(template, dict):
        return {k: _at_level(v, w) for k, v in template.items()}
    if isinstance(template, list):
        return [_at_level(v, w) for v in template]
    return w.say(template) if isinstance(template, str) else template


def _state(matrix, code: str, period: str) -> str:
    cell = matrix.cell(code, period)
    if cell.state == "merged":
        return "迟报" if cell.late else "按时"
    return {"rejected": "拒收", "missing": "缺报", "pending": "待报送"}[cell.state]
