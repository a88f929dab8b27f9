"""Verify and merge submissions in the district (汇总合并).

Each file passes, in order: the workbook guard and python-calamine (both in the reading child,
which reads the next file while this one merges), the signature, the plan version, the trust
store, then the ledger. Only a file that passes all of them merges, in one transaction of its
own; everything else is answered with one status and a plain Chinese reason, recorded in the
rejections list, and changes nothing."""
from __future__ import annotations

import re

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Callable, Iterable

from db import audit, ledger, merged, receipts, trust_store
from db.connection import write
from desktop.security.audit_anchor import received_head_warning
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.district.carried import carried_ytd, record_carried, register_counts
from desktop.district.signer_name import name_warning
from desktop.district.units import reporting_units
from desktop.feedback.status import read_answers
from desktop.errors import UserError
from desktop.security.roles import require
from desktop.exchange.file_status import FileStatus, open_signed
from desktop.exchange.statuses import ACCEPTED
from desktop.plan.canonical import mismatch_reason
from desktop.plan.model import Plan
from desktop.plan.store import active_plan
from desktop.exchange.rule_sheet import notes_text, read_rule_notes
from desktop.exchange.submission_read import ContentError, read_content
from desktop.security.trust import lookup, received_now, refusal
from desktop.exchange.workbook.reader import Reading
from desktop.exchange.guard import UnsafeWorkbook
from desktop.exchange.guard.reading import Book, read_books
from desktop.messages import Message, Month, QT_TRANSLATE_NOOP

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Outcome(FileStatus):
    """A file's status, with what the page needs to offer trusting an unknown key."""
    unit_name: str = ""
    exported_at: str = ""
    public_raw: bytes = b""
    warning: str = ""          # the file's name names another unit than its signer

    def as_dict(self) -> dict:
        return {**{f.name: getattr(self, f.name) for f in fields(FileStatus)}, "warning": self.warning}

    @classmethod
    def from_meta(cls, meta: dict, reading: Reading | None) -> dict:
        return {**super().from_meta(meta, reading), "unit_name": meta.get("unit_name", ""),
                "exported_at": meta.get("exported_at", ""),
                "public_raw": reading.public_raw if reading is not None else b""}



def _month(period: str):
    """2023年10月 (the window's own month name in English); a malformed period as it was written."""
    return Month(period) if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", str(period)) else period

def collect_files(inputs: Iterable[Path | str]) -> list[Path]:
    """Files as given; a folder stands for every .xlsx in it, sorted by name (Excel lock files and
    sub-folders skipped; anything else named .xlsx is listed, so the guard can refuse it). A folder
    without any workbook is an error: nothing would be merged and nothing said."""
    out: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted((p for p in path.iterdir() if p.suffix.lower() == ".xlsx" and not p.is_dir()
                            and not p.name.startswith("~")), key=lambda p: p.name)
            if not found:
                raise UserError(QT_TRANSLATE_NOOP("core", "「{0}」是文件夹，其中没有 .xlsx 报送表，未处理任何文件。请选择各街道的报送表文件，或存放报送表的文件夹"),
                                path)
            out += found
        else:
            out.append(path)
    return out


def examine(db, plan: Plan, path: Path, book: Book | UnsafeWorkbook | None = None) -> tuple[Outcome, Reading | None]:
    """The file's status as if merged now: "verified" when it would be accepted. ``book``: the
    file as the reading child gave it (guarded and parsed), or its refusal."""
    reading, refused = open_signed(path, Outcome.of, book)
    if refused is not None:
        return refused, None
    meta = reading.meta
    unit, period, revision = meta.get("unit_code", ""), meta.get("period", ""), meta.get("revision", "")
    if not unit or len(period) != 7 or not revision.isdigit():
        return Outcome.of(path, reading, "malformed", Message(QT_TRANSLATE_NOOP("core", "签名页缺少单位、月份或版本号"))), None
    mismatch = mismatch_reason(meta, plan, here="区里")
    if mismatch:
        return Outcome.of(path, reading, "plan_mismatch", Message(QT_TRANSLATE_NOOP("core", "{0}；请该街道安装新版计划后重新导出"),
                                                                  mismatch)), None
    key = lookup(db, reading.fingerprint)
    if key is None or bytes(key["public_key"]) != reading.public_raw:
        return Outcome.of(path, reading, "unknown_key",
                          Message(QT_TRANSLATE_NOOP("core", "签名密钥（指纹 {0}）不在信任库中；请向{1}电话核对指纹后信任该密钥，或导入其公钥文件"),
                                  reading.fingerprint, meta.get('unit_name') or unit)), None
    refused = refusal(key, unit, receipts.first_received(db, meta["digest"]) or received_now())
    if refused:
        return Outcome.of(path, reading, *refused), None
    return _ledger_status(db, path, reading)


def _ledger_status(db, path: Path, reading: Reading) -> tuple[Outcome, Reading | None]:
    meta = reading.meta
    unit, period, revision = meta["unit_code"], meta["period"], int(meta["revision"])
    same = ledger.by_digest(db, meta["digest"])
    if same is not None:
        return Outcome.of(path, reading, "duplicate",
                          Message(QT_TRANSLATE_NOOP("core", "同一文件已于此前合并（{0}），本次未作任何改动"), same['file_name'])), None
    latest = ledger.latest(db, unit, period)
    if latest is not None and latest["revision"] > revision:
        return Outcome.of(path, reading, "superseded",
                          Message(QT_TRANSLATE_NOOP("core", "已合并该街道{0}的第{1}版，本文件是较早的第{2}版，未合并"),
                                  _month(period), latest['revision'], revision)), None
    if latest is not None and meta.get("exported_at", "") < (latest["exported_at"] or ""):
        return Outcome.of(path, reading, "backdated",
                          Message(QT_TRANSLATE_NOOP("core", "本文件（第{0}版）自称导出于 {1}，早于已合并的第{2}版（{3}）：新版本不可能比已接受的版本更早，未合并。请与该街道核实后由其重新导出"),
                                  revision, meta.get('exported_at', '')[:19].replace('T', ' '), latest['revision'], latest['exported_at'][:19].replace('T', ' '))), None
    if ledger.at_revision(db, unit, period, revision) is not None:
        return Outcome.of(path, reading, "conflict",
                          Message(QT_TRANSLATE_NOOP("core", "已合并过另一份{0}第{1}版（内容不同）。同一版本号出现两份不同内容，请与该街道核实后，由其导出新版本"),
                                  _month(period), revision)), None
    return Outcome.of(path, reading, "verified", _with_rules(
        Message(QT_TRANSLATE_NOOP("core", "文件完整，签名有效，密钥可信，可以合并")), reading)), reading


def _with_rules(message, reading: Reading):
    """The failing audit rules the office explained, read back from the signed sheet 审核公式."""
    text = notes_text(read_rule_notes(reading.sheets))
    return Message(QT_TRANSLATE_NOOP("core", "{0}。{1}"), message, text) if text else message


def _merge_one(db, plan: Plan, outcome: Outcome, reading: Reading, user: User) -> Outcome:
    try:
        content = read_content(plan, reading.sheets)
        answers = read_answers(reading.sheets)
        ytd = carried_ytd(plan, reading)
        counts = register_counts(plan, reading)
    except ContentError as exc:
        return Outcome.of(Path(outcome.file), reading, "malformed", exc.message)
    meta, at = reading.meta, now_text()
    unit, period, revision = meta["unit_code"], meta["period"], int(meta["revision"])
    with write(db):
        ledger.record(db, unit_code=unit, period=period, revision=revision, digest=meta["digest"],
                      file_name=Path(outcome.file).name, fingerprint=reading.fingerprint,
                      exported_at=meta.get("exported_at", ""), merged_at=at, merged_by=user.name)
        merged.replace_values(db, unit, period, revision, content.values)
        record_carried(db, unit, period, revision, answers, ytd, counts)
        snapshot = merged.snapshot_of(db, unit)
        if snapshot is None or snapshot <= (period, revision):
            merged.replace_records(db, unit, period, revision, content.records)
        trust_store.record_use(db, reading.fingerprint, at)
        warning = received_head_warning(receipts.office_head(db, unit), meta)
        if warning:
            audit.append(db, at=at, user=user.name, action="审计锚点异常", target=f"{meta.get('unit_name')} {period}",
                         new=warning)
        _note_receipt(db, reading)
        audit.append(db, at=at, user=user.name, action="合并报送表", target=f"{meta.get('unit_name')} {period}",
                     new=f"第{revision}版 {Path(outcome.file).name}" + _with_rules("", reading))   # kept with the merge
    later = "" if snapshot is None or snapshot <= (period, revision) else Message(
        QT_TRANSLATE_NOOP("core", "（台账以更晚月份为准，未替换）"))
    taken = Message(QT_TRANSLATE_NOOP("core", "已合并 {0} 项指标、{1} 行台账{2}"), len(content.values),
                    f"{len(content.records):,}", later)
    return Outcome.of(Path(outcome.file), reading, "merged", _with_rules(
        Message(QT_TRANSLATE_NOOP("core", "{0}。{1}"), taken, warning) if warning else taken, reading))


def _note_receipt(db, reading: Reading) -> None:
    """The district's own record that it has this file now (the first receipt stands)."""
    meta = reading.meta
    seq = meta.get("audit_seq", "")
    receipts.record(db, digest=meta["digest"], unit_code=meta["unit_code"], period=meta["period"],
                    revision=int(meta["revision"]), fingerprint=reading.fingerprint,
                    exported_at=meta.get("exported_at", ""), received_at=received_now(),
                    audit_seq=int(seq) if seq.isdigit() else None, audit_hash=meta.get("audit_hash"))


def _reject(db, outcome: Outcome) -> None:
    with write(db):
        ledger.reject(db, file=outcome.file, unit_code=outcome.office, period=outcome.period,
                      revision=outcome.revision, status=outcome.status, reason=outcome.reason, at=now_text())


def _with_name_check(db, plan: Plan, outcome: Outcome) -> Outcome:
    names = {o.code: o.name for o in plan.offices} | {u.code: u.name for u in reporting_units(db, plan)}
    warning = name_warning(outcome.file, outcome.office, outcome.unit_name, names)
    return replace(outcome, warning=warning) if warning else outcome


def verify_files(db, inputs: Iterable[Path | str], progress: Progress | None = None) -> list[Outcome]:
    """One status per file; nothing is merged. A verified file's first receipt is recorded (it
    decides revocation cut-offs and key retirement later, see desktop.security.trust)."""
    plan, files = active_plan(db), collect_files(inputs)
    results = []
    for n, (path, book) in enumerate(read_books(files)):
        if progress:
            progress(n, len(files), f"正在校验 {path.name}")
        outcome, reading = examine(db, plan, path, book)
        if reading is not None:           # verified: received now, whenever it is merged
            with write(db):
                _note_receipt(db, reading)
        results.append(_with_name_check(db, plan, outcome))
    if progress:
        progress(len(files), len(files), "校验完成")
    return results


def merge_files(db, inputs: Iterable[Path | str], *, user: User, progress: Progress | None = None) -> list[Outcome]:
    """Verify each file and merge the verified ones, one transaction per file, in order."""
    require(user, "merge")
    plan, files = active_plan(db), collect_files(inputs)
    results = []
    for n, (path, book) in enumerate(read_books(files)):
        if progress:
            progress(n, len(files), f"正在校验并合并 {path.name}")
        outcome, reading = examine(db, plan, path, book)
        if reading is not None:
            outcome = _merge_one(db, plan, outcome, reading, user)
        if outcome.status not in ACCEPTED:
            _reject(db, outcome)
        results.append(_with_name_check(db, plan, outcome))
    if progress:
        progress(len(files), len(files), "合并完成")
    return results
