"""plan import: check a plan workbook and install it as the next plan version.

Who may issue a plan decides what is checked:
- the district edits its plan in Excel, so it accepts an unsigned (or edited, no longer intact)
  workbook: the district is the plan's author;
- an office accepts only a workbook signed by the district key it trusts and unchanged since.
  The office learns that key at its first plan import: the user reads the fingerprint shown,
  confirms it with the district by phone and passes it (CLI ``--trust-fingerprint``); from then
  on only that key is accepted.
Installing is one transaction: the plan version, the district key (first time), the register
columns a new version adds, and the audit log."""
from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path

from db import audit, meta as meta_rows
from db.connection import write
from desktop.security import keys
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.unit import unit_of
from desktop.registers.schema import ensure_tables
from desktop.security.roles import require
from desktop.exchange.workbook.reader import Reading, read_signed
from desktop.exchange.workbook.sheets import SIGNATURE_SHEET
from desktop.exchange.guard import UnsafeWorkbook
from desktop.exchange.guard.reading import Book, read_book

from . import workbook_layout as wl
from .canonical import plan_digest
from .model import Plan
from .store import active_plan, install
from .workbook_parse import plan_from_sheets
from desktop.messages import Message, QT_TRANSLATE_NOOP

DISTRICT_KEY = "district_public_key"     # meta: the district key this office trusts (base64)


class UntrustedDistrictKey(UserError):
    """An office's first plan import: the fingerprint must be confirmed with the district first."""

    def __init__(self, message: str, fingerprint: str):
        super().__init__(message)
        self.fingerprint = fingerprint


@dataclass
class PlanImport:
    plan: Plan
    previous_version: int
    signature: str               # intact | unsigned | tampered | bad_signature | malformed
    fingerprint: str             # the signing key's, when signed
    trusted_now: bool = False    # the district key was stored by this import
    installed: bool = False
    changes: list[str] = field(default_factory=list)   # register columns added
    public_raw: bytes = field(default=b"", repr=False)

    def as_dict(self) -> dict:
        return {"plan_id": self.plan.id, "version": self.plan.version, "previous_version": self.previous_version,
                "title": self.plan.title, "signature": self.signature, "fingerprint": self.fingerprint,
                "trusted_now": self.trusted_now, "installed": self.installed, "changes": self.changes}


def _norm(fp: str) -> str:
    return "".join(fp.split()).upper()


def _read_book(path: Path) -> Book:
    """The workbook guarded and parsed in the reading child; a refusal says the plan was not imported."""
    try:
        return read_book(path)
    except UnsafeWorkbook as exc:
        raise UserError(QT_TRANSLATE_NOOP("core", "计划工作簿未导入：{0}"), exc.message) from None


def read_rows(path: Path, book: Book | None = None) -> dict[str, list[list]]:
    """Every sheet's cells but the signature's."""
    book = _read_book(path) if book is None else book
    return {name: rows for name, rows in book.sheets.items() if name != SIGNATURE_SHEET}


def _district_key(db) -> bytes | None:
    stored = meta_rows.get(db, DISTRICT_KEY)
    return base64.b64decode(stored) if stored else None


def district_fingerprint(db) -> str:
    """The fingerprint of the district key this office trusts ("" before its first plan import)."""
    raw = _district_key(db)
    return keys.fingerprint(raw) if raw else ""


def _office_check(db, reading: Reading, trust_fingerprint: str | None) -> bool:
    """Raise unless the district signed this workbook with the key the office trusts; True when
    the key is to be trusted now (first import, fingerprint confirmed)."""
    if reading.status != "intact":
        raise UserError(QT_TRANSLATE_NOOP("core", "计划工作簿未通过签名校验，未导入：{0}。街道只能安装区里签名且未经改动的计划，请向区里重新索取"),
                        reading.reason)
    if reading.meta.get("document") != wl.DOCUMENT:
        raise UserError(QT_TRANSLATE_NOOP("core", "该文件不是计划工作簿（可能是报送表或汇总表），未导入"))
    trusted = _district_key(db)
    if trusted is not None:
        if trusted != reading.public_raw:
            raise UserError(QT_TRANSLATE_NOOP("core", "计划工作簿的签名密钥（指纹 {0}）不是本街道信任的区里密钥（指纹 {1}），未导入。如区里更换了密钥，请与区里电话核实"),
                            reading.fingerprint, keys.fingerprint(trusted))
        return False
    if reading.meta.get("unit_role") != "district":
        raise UserError(QT_TRANSLATE_NOOP("core", "计划工作簿由 {0} 签名，不是区里签发的，未导入"),
                        reading.meta.get('unit_name') or Message(QT_TRANSLATE_NOOP("core", "未知单位")))
    if not trust_fingerprint:
        raise UntrustedDistrictKey(Message(QT_TRANSLATE_NOOP("core", "首次导入区里的计划：签名密钥指纹为 {0}。请打电话向区里逐组核对该指纹，一致后再导入并确认该指纹（命令行：--trust-fingerprint \"指纹\"）"),
                                           reading.fingerprint), reading.fingerprint)
    if _norm(trust_fingerprint) != _norm(reading.fingerprint):
        raise UserError(QT_TRANSLATE_NOOP("core", "确认的指纹 {0} 与计划工作簿的签名密钥指纹 {1} 不符，未导入。请重新与区里核对"),
                        trust_fingerprint, reading.fingerprint)
    return True


def check_plan_workbook(db, path: Path, *, trust_fingerprint: str | None = None) -> PlanImport:
    """Read, validate and check the signature; nothing is written (the dry run)."""
    path = Path(path)
    book = _read_book(path)                       # the guard runs before any parser
    rows = read_rows(path, book)
    reading = read_signed(path, keep_rows=False, book=book)
    office = not unit_of(db).is_district
    # an office asks "did the district send this, unchanged?" before reading what it says
    trusted_now = _office_check(db, reading, trust_fingerprint) if office else False
    plan = plan_from_sheets(rows, path.name)      # PlanError: every problem, with sheet and row
    if office and reading.meta.get("plan_digest") != plan_digest(plan):
        raise UserError(QT_TRANSLATE_NOOP("core", "计划工作簿的内容与签名时记录的计划不一致，未导入，请向区里重新索取"))
    current = active_plan(db)
    if plan.id == current.id and plan.version <= current.version:
        raise UserError(QT_TRANSLATE_NOOP("core", "计划工作簿是第{0}版，不比本库现行的第{1}版新，未导入。如需修改计划，请把「说明」中的版本改为更大的数字"),
                        plan.version, current.version)
    signed = reading.status not in ("unsigned", "malformed")
    return PlanImport(plan=plan, previous_version=current.version, signature=reading.status,
                      fingerprint=reading.fingerprint if signed else "", trusted_now=trusted_now,
                      public_raw=reading.public_raw)


def import_plan(db, path: Path, *, user: User, trust_fingerprint: str | None = None,
                dry_run: bool = False) -> PlanImport:
    unit = unit_of(db)
    require(user, "manage_plan" if unit.is_district else "install_plan")
    result = check_plan_workbook(db, path, trust_fingerprint=trust_fingerprint)
    if dry_run:
        return result
    plan, at = result.plan, now_text()
    with write(db):
        if result.trusted_now:
            meta_rows.put(db, DISTRICT_KEY, base64.b64encode(result.public_raw).decode())
            audit.append(db, at=at, user=user.name, action="信任区里密钥", target="区里计划签名密钥",
                         new=result.fingerprint, reason="首次导入计划时电话核对指纹")
        install(db, plan, source_name=Path(path).name, user=user.name, at=at)
        result.changes = ensure_tables(db, plan, user.name)
    result.installed = True
    return result
