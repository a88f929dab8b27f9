"""The district's comments as typed: on the command line, in a small CSV, or in the window.

``--comment INDICATOR_ID:状态:文字`` and ``--record REGISTER:RECORD_NO:状态:文字`` (REGISTER is the
register's id or name; a full-width colon works too), or ``--from comments.csv`` whose header is
``指标或台账,记录编号,状态,意见`` (记录编号 empty: a comment on an indicator). Each comment is
checked against the plan and, for a record, against the registers that office sent."""
from __future__ import annotations

import csv
from pathlib import Path

from db import carried
from desktop.errors import UserError
from desktop.plan.model import Plan
from desktop.exchange.submission_format import register_sheet_name

from .layout import MAX_TEXT, Comment
from .statuses import typed_verdict, verdict_labels
from desktop.messages import QT_TRANSLATE_NOOP

CSV_HEADER = ("指标或台账", "记录编号", "状态", "意见")


def _split(spec: str, parts: int) -> list[str]:
    """The first ``parts - 1`` colons (either width) separate; the text may hold more."""
    out, rest = [], spec
    for _ in range(parts - 1):
        cut = [i for i in (rest.find(":"), rest.find("：")) if i >= 0]
        if not cut:
            break
        out.append(rest[:min(cut)].strip())
        rest = rest[min(cut) + 1:]
    out.append(rest.strip())
    return out


def _state(state: str, where: str) -> str:
    """The verdict's code, from the word the district typed (确认 / 请核实 / 退回重报, or a code)."""
    code = typed_verdict(state)
    if code is None:
        raise UserError(QT_TRANSLATE_NOOP("core", "{0}：状态 {1} 应为 {2} 之一"),
                        where, repr(state), verdict_labels())
    return code


def _text(text: str, where: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise UserError(QT_TRANSLATE_NOOP("core", "{0}：请写明意见内容"), where)
    if len(text) > MAX_TEXT:
        raise UserError(QT_TRANSLATE_NOOP("core", "{0}：意见超过 {1} 字，请精简"), where, MAX_TEXT)
    return text


def indicator_comment(plan: Plan, ind_id: str, state: str, text: str, where: str = "意见") -> Comment:
    try:
        plan.indicator(ind_id)
    except KeyError:
        raise UserError(QT_TRANSLATE_NOOP("core", "{0}：计划中没有编号为 {1} 的指标"), where, repr(ind_id)) from None
    return Comment("indicator", _state(state, where), _text(text, where), indicator_id=ind_id)


def record_comment(db, plan: Plan, office: str, register: str, record_no: str, state: str, text: str,
                   where: str = "意见") -> Comment:
    reg = next((r for r in plan.registers if register in (r.id, r.name)), None)
    if reg is None:
        names = "、".join(f"{r.id}（{r.name}）" for r in plan.registers)
        raise UserError(QT_TRANSLATE_NOOP("core", "{0}：计划中没有台账 {1}。可选：{2}"), where, repr(register), names)
    if not str(record_no).strip().isdigit():
        raise UserError(QT_TRANSLATE_NOOP("core", "{0}：记录编号 {1} 应为正整数"), where, repr(record_no))
    number = int(str(record_no).strip())
    if not carried.has_record(db, office, register_sheet_name(reg), number):
        raise UserError(QT_TRANSLATE_NOOP("core", "{0}：该街道报送的「{1}」中没有记录编号 {2}，请核对后再写意见"),
                        where, reg.name, number)
    return Comment("record", _state(state, where), _text(text, where), register_id=reg.id, record_no=number)


def from_specs(db, plan: Plan, office: str, comments: list[str], records: list[str]) -> list[Comment]:
    out = []
    for spec in comments:
        ind_id, state, text = (_split(spec, 3) + ["", ""])[:3]
        out.append(indicator_comment(plan, ind_id, state, text, f"--comment {spec}"))
    for spec in records:
        register, number, state, text = (_split(spec, 4) + ["", "", ""])[:4]
        out.append(record_comment(db, plan, office, register, number, state, text, f"--record {spec}"))
    return out


def from_csv(db, plan: Plan, office: str, path: Path) -> list[Comment]:
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UserError(QT_TRANSLATE_NOOP("core", "无法读取意见文件 {0}：{1}。请保存为 UTF-8 编码的 CSV"),
                        path, getattr(exc, 'strerror', None) or exc) from None
    if not rows or tuple(c.strip() for c in rows[0][:4]) != CSV_HEADER:
        raise UserError(QT_TRANSLATE_NOOP("core", "意见文件 {0} 第一行应为：{1}"), Path(path).name, ','.join(CSV_HEADER))
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        target, number, state, text = (list(row) + ["", "", "", ""])[:4]
        where = f"{Path(path).name} 第{n}行"
        if number.strip():
            out.append(record_comment(db, plan, office, target.strip(), number, state.strip(), text, where))
        else:
            out.append(indicator_comment(plan, target.strip(), state.strip(), text, where))
    return out
