"""The office imports the district's feedback workbook (退回意见).

The file is untrusted until proven otherwise: the workbook guard runs before any parser, then
the signature, then the key must be the district key this office trusts since its first plan
import, the file must be addressed to this office, and every row must fit the plan. Only then
are the comments stored, in one transaction, once per file."""
from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from db import audit
from db import feedback as rows
from db import meta as meta_rows
from db.connection import write
from desktop.security import keys
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.plan.periods import check_in_plan
from desktop.plan.store import active_plan
from desktop.plan.workbook_import import DISTRICT_KEY
from desktop.unit import unit_of
from desktop.security.roles import require
from desktop.exchange.workbook.reader import read_signed
from desktop.exchange.guard import UnsafeWorkbook, check_file

from .layout import COMMENT_COLUMNS, COMMENT_SHEET, DOCUMENT, KINDS, MAX_TEXT, Comment
from .statuses import verdict_code
from desktop.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FeedbackImport:
    period: str
    number: int
    district_name: str
    comments: list[Comment]
    already: bool = False          # the same file was imported before: nothing changed


def _refuse(reason: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("core", "退回意见未导入：{0}"), reason)


def _trusted_key(db) -> bytes:
    stored = meta_rows.get(db, DISTRICT_KEY)
    if not stored:
        raise _refuse("本街道还没有信任区里的签名密钥。请先导入区里下发的计划（首次导入时电话核对指纹），再导入退回意见")
    return base64.b64decode(stored)


def _comment(plan, row: list[str], n: int) -> tuple[int, Comment]:
    row = (list(row) + [""] * len(COMMENT_COLUMNS))[:len(COMMENT_COLUMNS)]
    seq, kind, ind_id, reg_id, record_no, _name, state, text = row
    where = f"「{COMMENT_SHEET}」第{n}行"
    if not seq.isdigit():
        raise _refuse(f"{where}的序号 {seq!r} 不是正整数")
    code = verdict_code(state)             # the workbook says the label; its code is stored
    if kind not in KINDS or code is None:
        raise _refuse(f"{where}的类型或状态（{kind}、{state}）不是本程序的写法")
    if not text.strip() or len(text) > MAX_TEXT:
        raise _refuse(f"{where}的意见为空或过长")
    if KINDS[kind] == "indicator":
        if ind_id not in {i.id for i in plan.indicators}:
            raise _refuse(f"{where}的指标编号 {ind_id!r} 不在本街道的计划中")
        return int(seq), Comment("indicator", code, text, indicator_id=ind_id)
    if reg_id not in {r.id for r in plan.registers} or not record_no.isdigit():
        raise _refuse(f"{where}的台账 {reg_id!r} 或记录编号 {record_no!r} 不在本街道的计划中")
    return int(seq), Comment("record", code, text, register_id=reg_id, record_no=int(record_no))


def import_feedback(db, path: Path, *, user: User) -> FeedbackImport:
    require(user, "export")
    unit, plan = unit_of(db), active_plan(db)
    if unit.is_district:
        raise UserError(QT_TRANSLATE_NOOP("core", "退回意见由区里发给街道，请在街道的数据库中导入"))
    path = Path(path)
    try:
        check_file(path)
    except UnsafeWorkbook as exc:
        raise _refuse(exc.message) from None
    reading = read_signed(path)
    if reading.status != "intact":
        raise _refuse(f"{reading.reason}。请向区里重新索取该文件")
    meta = reading.meta
    if meta.get("document") != DOCUMENT or COMMENT_SHEET not in reading.sheets:
        raise _refuse("该文件不是退回意见（可能是计划、报送表或汇总表）")
    trusted = _trusted_key(db)
    if reading.public_raw != trusted:
        raise _refuse(f"签名密钥（指纹 {reading.fingerprint}）不是本街道信任的区里密钥（指纹 {keys.fingerprint(trusted)}）。"
                      "如区里更换了密钥，请与区里电话核实")
    if meta.get("office_code") != unit.code:
        raise _refuse(f"这份意见是发给 {meta.get('office_name') or meta.get('office_code')} 的，不是本街道（{unit.name}）")
    period = check_in_plan(plan, meta.get("period", ""))
    number, based_on = meta.get("number", ""), meta.get("based_on_revision", "")
    if not number.isdigit() or not based_on.isdigit():
        raise _refuse("签名页缺少意见编号或针对的版本")
    table = reading.sheets[COMMENT_SHEET]
    if table[0][:len(COMMENT_COLUMNS)] != [c.header for c in COMMENT_COLUMNS]:
        raise _refuse(f"「{COMMENT_SHEET}」的表头与本程序的格式不同")
    parsed = [_comment(plan, r, n) for n, r in enumerate(table[1:], start=2) if r]
    if not parsed:
        raise _refuse("文件中没有意见")
    district = meta.get("unit_name", "区里")
    comments = [c for _, c in parsed]
    if rows.inbox_by_digest(db, meta["digest"]) is not None:
        return FeedbackImport(period, int(number), district, comments, already=True)
    at = now_text()
    with write(db):
        inbox = rows.add_inbox(db, period=period, number=int(number), district_name=district, based_on=int(based_on),
                               digest=meta["digest"], written_at=meta.get("written_at", ""), file=path.name,
                               at=at, by=user.name)
        for seq, c in parsed:
            rows.add_item(db, inbox, seq=seq, kind=c.kind, indicator_id=c.indicator_id, register_id=c.register_id,
                          record_no=c.record_no, state=c.state, text=c.text)
        audit.append(db, at=at, user=user.name, action="导入退回意见", target=f"{period} 第{number}号",
                     new=f"{district} {len(comments)} 条意见 {path.name}")
    return FeedbackImport(period, int(number), district, comments)
