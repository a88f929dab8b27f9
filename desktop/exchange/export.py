"""Export the monthly submission workbook (报送表) of an office: the next revision, signed,
written atomically, read back and verified, then recorded and the period closed.

The sheet contents come from ``desktop.exchange.export_sheets``; this module is the procedure around them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from db import audit, meta
from db import audit_anchor as anchor_rows
from db import exports as export_rows
from db.connection import write
from desktop.exchange import export_sheets
from desktop.entry import stale
from desktop.security.audit_anchor import head_meta
from desktop.security.auth import User, login
from desktop.clock import now_text
from desktop.entry.closing import close_period
from desktop.entry.rule_check import check_explained, check_rules
from desktop.errors import UserError
from desktop.exchange.export_content import ContentWhileWriting, content_digest, unchanged_message
from desktop.plan.canonical import plan_digest
from desktop.plan.model import Plan
from desktop.unit import Unit
from desktop.security.roles import require
from desktop.security.signing import active_key, signer
from desktop.exchange.submission_format import file_name
from desktop.exchange.workbook.writer import write_signed
from desktop.messages import QT_TRANSLATE_NOOP

SIGN_OFF_LABELS = {"filler": "填报人", "reviewer": "审核人", "head": "单位负责人", "phone": "联系电话"}


@dataclass(frozen=True)
class SignOff:
    filler: str
    reviewer: str
    head: str
    phone: str

    def check(self) -> None:
        missing = [label for key, label in SIGN_OFF_LABELS.items() if not getattr(self, key).strip()]
        if missing:
            raise UserError(QT_TRANSLATE_NOOP("core", "请填写{0}后再导出（报送表封面需要签字信息）"), '、'.join(missing))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    period: str
    revision: int
    digest: str
    fingerprint: str
    row_counts: dict[str, int]
    unchanged: bool = False           # equal to the last revision: no file written, ``revision`` is that one

    @property
    def message(self) -> str:
        if self.unchanged:
            return unchanged_message(self.revision)
        return f"已导出 {self.path}（{self.period} 第{self.revision}版，已签名并回读校验）"


def review_required(db) -> bool:
    """The office's setting: an export needs its reviewer's own password (off by default)."""
    return meta.get(db, "require_review", "0") == "1"


def set_review_required(db, on: bool, *, user: User) -> None:
    require(user, "settings")
    with write(db):
        meta.put(db, "require_review", "1" if on else "0")
        audit.append(db, at=now_text(), user=user.name, action="修改设置", target="导出须审核人确认",
                     new="是" if on else "否")


def _approve(db, sign_off: SignOff, reviewer_password: str | None) -> str | None:
    """When review is required, the named 审核人 confirms with their own password and role."""
    if not review_required(db):
        return None
    if not reviewer_password:
        raise UserError(QT_TRANSLATE_NOOP("core", "本单位要求审核人确认：请审核人 {0} 输入自己的登录密码后再导出"), sign_off.reviewer)
    reviewer = login(db, sign_off.reviewer, reviewer_password)
    require(reviewer, "approve_export")
    return reviewer.name


def export_period(db, plan: Plan, unit: Unit, user: User, period: str, *, folder: Path | None = None,
                  out: Path | None = None, sign_off: SignOff, passphrase: str,
                  progress: Callable[[str, int], None] | None = None,
                  reviewer_password: str | None = None, exported_at: str | None = None,
                  explanations: dict[str, str] | None = None) -> ExportResult:
    """Write ``out`` (or the standard file name in ``folder``) and record the export.
    ``explanations``: rule id → the office's 说明 for a failing 审核公式 (a failing 必须 rule
    without one refuses the export); they go into the signed sheet 审核公式."""
    require(user, "export")
    sign_off.check()
    if period < f"{plan.year}-01" or period > plan.last_period():
        raise UserError(QT_TRANSLATE_NOOP("core", "报告期 {0} 不在计划年度内（{1}-01 至 {2}）"),
                        period, plan.year, plan.last_period())
    results = check_rules(db, plan, unit, period)
    rules = (results, check_explained(results, explanations, plan))
    approved_by = _approve(db, sign_off, reviewer_password)
    sign = signer(db, passphrase)                      # wrong passphrase: refused before writing
    key = active_key(db)
    revision = export_rows.next_revision(db, unit.code, period)
    if out is None:
        out = Path(folder or ".") / file_name(unit.name, period, revision)
    try:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("core", "无法创建文件夹 {0}：{1}。请换一个保存位置"),
                        Path(out).parent, exc.strerror or exc) from exc
    exported_at = exported_at or now_text()      # given only by the demo, which dates files in the plan year
    meta = {"unit_code": unit.code, "unit_name": unit.name, "unit_role": unit.role, "period": period,
            "revision": str(revision), "plan_id": plan.id, "plan_version": str(plan.version),
            "plan_digest": plan_digest(plan),
            "exported_at": exported_at, "filler": sign_off.filler.strip(),
            "reviewer": sign_off.reviewer.strip(), "head": sign_off.head.strip(), "phone": sign_off.phone.strip(),
            **head_meta(db)}         # the audit head leaves the database under the signature
    previous = export_rows.last(db, unit.code, period)
    earlier = previous is not None and Path(previous["file_path"]).is_file()
    if earlier and Path(previous["file_path"]).resolve() == Path(out).resolve():
        # the earlier file is in the way: only an unchanged month may name it again
        if previous["content_digest"] == content_digest(db, plan, unit, period, meta, key.fingerprint, rules):
            return _unchanged(db, unit, user, period, previous, exported_at)
    # the content digest is taken while the file is written: the sheets are built and read once
    content = ContentWhileWriting(plan, unit, meta, key.fingerprint)
    sheets = export_sheets.build(db, plan, unit, period, meta, key.fingerprint, rules)
    result = write_signed(Path(out), meta, sheets, sign=sign, public_raw=key.public_raw,
                          fingerprint=key.fingerprint, progress=progress, content=content.digest,
                          content_sheets=content.stand_ins)
    content = content.hexdigest()
    if earlier and previous["content_digest"] == content:
        result.path.unlink(missing_ok=True)          # equal to the last revision: no new file
        return _unchanged(db, unit, user, period, previous, exported_at)
    try:
        with write(db):
            export_rows.record(db, unit_code=unit.code, period=period, revision=revision,
                               file_path=str(result.path), digest=result.digest, fingerprint=key.fingerprint,
                               exported_at=exported_at, exported_by=user.name, content_digest=content)
            anchor_rows.record_export_head(db, unit_code=unit.code, period=period, revision=revision,
                                           seq=int(meta["audit_seq"]), hash=meta["audit_hash"])
            close_period(db, unit.code, period, by=user.name, revision=revision, at=exported_at)
            stale.clear(db, unit.code, period)
            audit.append(db, at=exported_at, user=user.name, action="导出报送表", target=period,
                         new=f"第{revision}版 {result.path.name} SHA-256 {result.digest[:16]}…"
                         + (f"，审核人 {approved_by} 已确认" if approved_by else "")
                         + "".join(f"；审核公式 {k} 说明：{v}" for k, v in rules[1].items()))
    except BaseException:
        result.path.unlink(missing_ok=True)       # a file the history does not know is not left behind
        raise
    return ExportResult(path=result.path, period=period, revision=revision, digest=result.digest,
                        fingerprint=key.fingerprint, row_counts=result.row_counts)


def _unchanged(db, unit: Unit, user: User, period: str, previous: dict, at: str) -> ExportResult:
    """Nothing changed since revision N: no new file, and the month is no longer marked stale
    (a change and its undoing leave the district holding exactly what the office holds)."""
    revision = previous["revision"]
    with write(db):
        stale.clear(db, unit.code, period)
        audit.append(db, at=at, user=user.name, action="导出报送表", target=period,
                     new=unchanged_message(revision))
    return ExportResult(path=Path(previous["file_path"]), period=period, revision=revision,
                        digest=previous["digest"], fingerprint=previous["fingerprint"], row_counts={},
                        unchanged=True)


def history(db, unit: Unit) -> list[dict]:
    return export_rows.history(db, unit.code)
