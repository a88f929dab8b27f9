"""Verify, in an office database, that workbooks are intact and signed by this office's key."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.plan.canonical import mismatch_reason
from desktop.plan.store import active_plan
from desktop.unit import unit_of
from desktop.security.signing import own_fingerprints
from desktop.exchange.workbook.reader import read_signed

STATUS_LABELS = {
    "verified": "校验通过", "merged": "已合并", "tampered": "内容被改动", "bad_signature": "签名无效",
    "unsigned": "未签名", "unknown_key": "未知密钥", "wrong_office_key": "密钥与街道不符",
    "revoked_key": "密钥已吊销", "superseded": "已有更高版本", "duplicate": "重复导入",
    "conflict": "同版本内容冲突", "plan_mismatch": "计划版本不符", "malformed": "不是有效的报送表",
    "unsafe": "文件不安全", "retired_key": "密钥已被更换", "backdated": "早于已接受版本",
}


@dataclass(frozen=True)
class FileStatus:
    file: str
    status: str
    reason: str
    office: str = ""
    period: str = ""
    revision: str = ""
    fingerprint: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def status_of(path: Path, reading, status: str, reason: str) -> FileStatus:
    meta = reading.meta if reading is not None else {}
    return FileStatus(file=str(path), status=status, reason=reason, office=meta.get("unit_code", ""),
                      period=meta.get("period", ""), revision=meta.get("revision", ""),
                      fingerprint=meta.get("fingerprint", ""))


def verify_own(db, path: Path) -> FileStatus:
    path = Path(path)
    reading = read_signed(path)          # guarded and parsed in the reading child
    if reading.status != "intact":
        return status_of(path, reading, reading.status, reading.reason)
    unit, plan = unit_of(db), active_plan(db)
    meta = reading.meta
    if reading.fingerprint not in own_fingerprints(db):
        return status_of(path, reading, "unknown_key",
                         Message(QT_TRANSLATE_NOOP("core", "签名密钥（指纹 {0}）不是本单位的密钥"), reading.fingerprint))
    if meta.get("unit_code") != unit.code:
        return status_of(path, reading, "wrong_office_key",
                         Message(QT_TRANSLATE_NOOP("core", "文件自称属于 {0}，却由本单位（{1}）的密钥签名"),
                                 meta.get("unit_name") or meta.get("unit_code"), unit.name))
    mismatch = mismatch_reason(meta, plan)
    if mismatch:
        return status_of(path, reading, "plan_mismatch", mismatch)
    return status_of(path, reading, "verified", Message(QT_TRANSLATE_NOOP("core", "文件完整，由本单位密钥签名")))
