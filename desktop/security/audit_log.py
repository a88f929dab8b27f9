"""The audit log as the administrator reads it: filtered pages, choices, and an .xlsx export."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from db import audit
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.security.roles import can, require
from desktop.exchange.xlsx_cells import text_cell
from desktop.messages import QT_TRANSLATE_NOOP

HEADERS = ("编号", "时间", "用户", "操作", "对象", "原值", "新值", "原因")


@dataclass(frozen=True)
class AuditFilter:
    user: str = ""
    action: str = ""
    text: str = ""
    since: date | None = None
    until: date | None = None        # inclusive

    def as_query(self) -> dict:
        return {"user": self.user or None, "action": self.action or None, "text": self.text or None,
                "since": self.since.isoformat() if self.since else None,
                "until": (self.until + timedelta(days=1)).isoformat() if self.until else None}


def page(db, f: AuditFilter, offset: int, limit: int = 200) -> list[tuple]:
    return audit.search(db, limit=limit, offset=offset, **f.as_query())


def page_for(db, f: AuditFilter, offset: int, limit: int = 200, *, user: User) -> list[tuple]:
    """A page as ``user`` may read it: the log records register changes with whole IDs, so a
    role without view_full_id gets them masked (and the birth dates and ages they give)."""
    require(user, "view_audit")
    return _shown(db, page(db, f, offset, limit), user)


def _shown(db, rows: list[tuple], user: User) -> list[tuple]:
    if can(user, "view_full_id"):
        return rows
    from desktop.plan.store import active_plan              # only for the register field ids
    from desktop.registers.privacy import masked_text
    registers = active_plan(db).registers
    return [tuple(masked_text(v, registers) if isinstance(v, str) else v for v in r) for r in rows]


def total(db, f: AuditFilter) -> int:
    return audit.count(db, **f.as_query())


def choices(db) -> tuple[list[str], list[str]]:
    return audit.distinct(db, "user"), audit.distinct(db, "action")


def export(db, f: AuditFilter, out: Path, *, user: User) -> int:
    """The filtered entries to a workbook (every cell text: no formula can hide in a log)."""
    require(user, "view_audit")
    out = Path(out)
    temp = out.with_name(out.name + ".partial")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("审计日志")
    ws.freeze_panes = "A2"
    ws.append([text_cell(ws, h) for h in HEADERS])
    rows, offset = 0, 0
    while batch := _shown(db, page(db, f, offset, 5000), user):
        for r in batch:
            ws.append([r[0]] + [text_cell(ws, v) for v in r[1:]])
        rows += len(batch)
        offset += len(batch)
    try:
        wb.save(temp)
        os.replace(temp, out)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(QT_TRANSLATE_NOOP("core", "无法写入 {0}：{1}"), out, exc.strerror or exc) from exc
    from db.connection import write
    with write(db):
        audit.append(db, at=now_text(), user=user.name, action="导出审计日志", target=str(out), new=f"{rows} 条")
    return rows
