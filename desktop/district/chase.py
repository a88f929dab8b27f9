"""催报: for one period, every office the district must call, and what each must do.

Read from the same 报送情况 matrix as the window (desktop.district.submissions), so a refusal or a
conflict stays on the list until a later revision resolves it. States (codes of
desktop.district.statuses, said by their labels): missing 缺报 (deadline passed, nothing merged),
pending 待报送 (not due yet, nothing merged), late 迟报 (merged after the deadline), refused 拒收
(the latest file was refused) and conflict 同版本冲突 (two different files claim the same revision). The list is a sheet of the consolidated report, a workbook of its own and text."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from desktop.district import submissions
from desktop.district.level_words import DISTRICT, Words
from desktop.district.periods_text import day_text
from desktop.district.statuses import CONFLICT, LATE, MISSING, PENDING, REFUSED, chase_label
from desktop.errors import UserError
from desktop.exchange import statuses
from desktop.plan.model import Plan
from desktop.security.roles import require
from desktop.exchange.workbook.sheets import Column, Sheet
from desktop.exchange.workbook.writer import write_signed
from desktop.messages import QT_TRANSLATE_NOOP

GRACE_DAYS = 3                 # a missing office is asked to send within this many days of today
CHASE_SHEET = "催报清单"


@dataclass(frozen=True)
class ChaseItem:
    office: str
    name: str
    state: str                  # a chase state's code
    action: str
    detail: str = ""

    def __post_init__(self):
        chase_label(self.state)          # only a state of the registry can be answered

    def as_data(self) -> dict:
        return {"office": self.office, "name": self.name, "state": self.state, "action": self.action}


def _refusal_action(cell: submissions.Cell) -> tuple[str, str]:
    refused = cell.refused_revision or cell.revision
    next_revision = max(refused, cell.revision) + 1
    cause = statuses.FILE_STATUSES[cell.status].cause if cell.status in statuses.FILE_STATUSES else ""
    if cell.status == statuses.CONFLICT:
        return CONFLICT, f"同版本内容冲突，请确认后导出新版本（第{next_revision}版）"
    if cause == statuses.CHANGED:
        return REFUSED, f"文件内容被改动，请重新导出第{next_revision}版"
    if cause == statuses.PLAN:
        return REFUSED, f"计划版本与区里不符，请安装区里下发的计划后重新导出第{next_revision}版"
    if cause == statuses.KEY:
        return REFUSED, "签名密钥未被区里信任（或与街道不符、已吊销），请电话核对密钥指纹，必要时报送新的公钥文件后重新导出"
    return REFUSED, f"文件被拒收（{statuses.label(cell.status)}），请重新导出第{next_revision}版"


def chase_list(db, plan: Plan, period: str, *, user, today: date | None = None,
               grace_days: int = GRACE_DAYS) -> list[ChaseItem]:
    """The offices to chase for ``period``, in the plan's office order (needs ``report``)."""
    require(user, "report")
    if len(period or "") != 7 or period[:4] != str(plan.year) or not period[5:].isdigit() \
            or not 1 <= int(period[5:]) <= 12:
        raise UserError(QT_TRANSLATE_NOOP("core", "报告期 {0} 应写成 {1}-MM（计划年度 {2} 年内）"),
                        repr(period), plan.year, plan.year)
    return collect(db, plan, period, today=today, grace_days=grace_days)


def collect(db, plan: Plan, period: str, *, today: date | None = None, grace_days: int = GRACE_DAYS) -> list[ChaseItem]:
    """The list itself, for callers that have already checked the permission (the report)."""
    today = today or date.today()
    matrix = submissions.build(db, plan, today=today)
    due = submissions.deadline(plan, period)
    items = []
    for u in matrix.units:
        cell = matrix.cell(u.code, period)
        if cell.state == "missing":
            items.append(ChaseItem(u.code, u.name, MISSING,
                                   f"请于{day_text(today + timedelta(days=grace_days))}前报送",
                                   f"报送截止 {day_text(due)} 已过，尚未收到"))
        elif cell.state == "pending":
            items.append(ChaseItem(u.code, u.name, PENDING, f"请于{day_text(due)}前报送", "尚未到报送截止日"))
        elif cell.state == "rejected":
            state, action = _refusal_action(cell)
            items.append(ChaseItem(u.code, u.name, state, action, cell.reason))
        elif cell.late:
            items.append(ChaseItem(u.code, u.name, LATE, f"已收到第{cell.revision}版，晚于截止日{day_text(due)}，请今后按时报送",
                                   f"导出于 {cell.exported_at.replace('T', ' ')}"))
    return items


def chase_text(items: list[ChaseItem], period: str, w: Words = DISTRICT) -> str:
    """The list as plain text to paste into a message to the offices (at a city: the districts)."""
    head = f"{int(period[:4])}年{int(period[5:])}月报送催报清单（共 {len(items)} 个{w.member}）"
    if not items:
        return head + f"\n各{w.member}均已按时报送，无需催报。"
    lines = [head] + [f"{n}. {i.name}（{chase_label(i.state)}）：{i.action}。" for n, i in enumerate(items, start=1)]
    return "\n".join(lines)


def chase_sheet(items: list[ChaseItem]) -> Sheet:
    cols = [Column("街道代码", width=10), Column("街道", width=14), Column("状态", width=12),
            Column("需要做什么", width=56), Column("说明", width=60)]
    return Sheet(CHASE_SHEET, cols, [[i.office, i.name, chase_label(i.state), i.action, i.detail] for i in items], wrap=True)


def write_chase_workbook(out: Path, items: list[ChaseItem], period: str, unit_name: str) -> Path:
    """The list as a workbook of its own, for people (not signed: it carries no figures)."""
    cover = Sheet("说明", [Column("项目", width=14), Column("内容", width=60)],
                  [["单位", unit_name], ["报告期", period], ["催报街道", f"{len(items)} 个"],
                   ["说明", "本表列出本期缺报、待报送、迟报、被拒收或同版本冲突的街道及需要做的事"]], header=False)
    return write_signed(Path(out), {"unit_name": unit_name, "period": period, "kind": "chase"},
                        [cover, chase_sheet(items)], sign=None).path
