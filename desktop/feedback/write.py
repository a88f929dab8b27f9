"""The district writes a signed feedback workbook (退回意见) for one office and month.

Signed with the district key through the same writer as every other workbook, so the office
accepts it only from the key it trusts since its first plan import and only unchanged. The
feedback answers the revision in force when it is written; a later revision answers it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db import audit, ledger
from db import feedback as rows
from db.connection import write
from desktop.security import signing
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.district.units import reporting_units
from desktop.errors import UserError
from desktop.plan.periods import check_in_plan
from desktop.plan.canonical import plan_digest
from desktop.plan.store import active_plan
from desktop.unit import unit_of
from desktop.security.roles import require
from desktop.exchange.workbook.sheets import Column, Sheet
from desktop.exchange.workbook.writer import write_signed

from .layout import COVER_SHEET, DOCUMENT, KIND_LABELS, STATES, Comment, comment_sheet
from .statuses import verdict_label
from desktop.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FeedbackResult:
    path: Path
    office: str
    office_name: str
    period: str
    number: int
    based_on_revision: int
    comments: int
    needs_resubmit: bool


def _name(plan, c: Comment) -> str:
    if c.kind == "indicator":
        return plan.indicator(c.indicator_id).name
    return next(r.name for r in plan.registers if r.id == c.register_id)


def _check(plan, comments: list[Comment]) -> None:
    """Whatever built the comments, each must name something of the plan and say a known state."""
    indicators, registers = {i.id for i in plan.indicators}, {r.id for r in plan.registers}
    for n, c in enumerate(comments, start=1):
        known = c.indicator_id in indicators if c.kind == "indicator" else \
            c.kind == "record" and c.register_id in registers and isinstance(c.record_no, int)
        if not known or c.state not in STATES or not c.text.strip():
            raise UserError(QT_TRANSLATE_NOOP("core", "第{0}条意见的对象、状态或内容不完整（{1} {2}），未生成文件"),
                            n, c.target, c.state)


def _sheets(plan, meta: dict, comments: list[Comment]) -> list[Sheet]:
    cover = [["发文单位", meta["unit_name"]], ["收文街道", f"{meta['office_name']}（{meta['office_code']}）"],
             ["报告期", meta["period"]], ["意见编号", f"第{meta['number']}号"],
             ["针对版本", f"第{meta['based_on_revision']}版" if meta["based_on_revision"] != "0" else "尚未报送"],
             ["生成时间", meta["written_at"]],
             ["说明", "本意见已用区里的密钥数字签名。请在系统中导入本文件，逐条答复（说明或更正数值）后导出下一版报送表。"]]
    rows = [[n, KIND_LABELS[c.kind], c.indicator_id, c.register_id, c.record_no, _name(plan, c), verdict_label(c.state), c.text]
            for n, c in enumerate(comments, start=1)]
    return [Sheet(COVER_SHEET, [Column("项目", width=14), Column("内容", width=60)], cover, header=False, wrap=True),
            comment_sheet(rows)]


def write_feedback(db, out: Path, office: str, period: str, comments: list[Comment], *, user: User,
                   passphrase: str) -> FeedbackResult:
    require(user, "report")
    unit, plan = unit_of(db), active_plan(db)
    if not unit.is_district:
        raise UserError(QT_TRANSLATE_NOOP("core", "退回意见只能由区汇总数据库生成；街道请在录入页导入区里发来的意见"))
    office = (office or "").strip().upper()
    units = {u.code: u for u in reporting_units(db, plan)}
    if office not in units:
        raise UserError(QT_TRANSLATE_NOOP("core", "单位代码 {0} 不在本区的报送单位中，请用报送情况页上的代码"), repr(office))
    period = check_in_plan(plan, period)
    if not comments:
        raise UserError(QT_TRANSLATE_NOOP("core", "请至少写一条意见（--comment、--record 或 --from）"))
    _check(plan, comments)
    sign = signing.signer(db, passphrase)          # a wrong passphrase fails before any file is written
    key = signing.active_key(db)
    in_force = ledger.latest(db, office, period)
    based_on = in_force["revision"] if in_force else 0
    number = rows.next_number(db, office, period)
    at = now_text()
    meta = {"document": DOCUMENT, "unit_code": unit.code, "unit_name": unit.name, "unit_role": unit.role,
            "office_code": office, "office_name": units[office].name, "period": period, "number": str(number),
            "based_on_revision": str(based_on), "written_at": at, "plan_id": plan.id,
            "plan_version": str(plan.version), "plan_digest": plan_digest(plan)}
    result = write_signed(Path(out), meta, _sheets(plan, meta, comments), sign=sign, public_raw=key.public_raw,
                          fingerprint=key.fingerprint)
    resubmit = any(c.needs_answer for c in comments)
    try:
        with write(db):
            rows.record_sent(db, office=office, period=period, number=number, based_on=based_on,
                             needs_resubmit=resubmit, comments=len(comments), file=str(result.path),
                             digest=result.digest, at=at, by=user.name)
            audit.append(db, at=at, user=user.name, action="发出退回意见", target=f"{units[office].name} {period}",
                         new=f"第{number}号 {len(comments)} 条意见（针对第{based_on}版）{result.path.name}")
    except BaseException:
        result.path.unlink(missing_ok=True)       # a file the district does not know it sent is not left behind
        raise
    return FeedbackResult(result.path, office, units[office].name, period, number, based_on, len(comments), resubmit)
