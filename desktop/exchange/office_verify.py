"""Verify, in an office database, that workbooks are intact and signed by this office's key."""
from __future__ import annotations

from pathlib import Path

from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.plan.canonical import mismatch_reason
from desktop.plan.store import active_plan
from desktop.unit import unit_of
from desktop.security.signing import own_fingerprints
from desktop.exchange.file_status import FileStatus, open_signed


def verify_own(db, path: Path) -> FileStatus:
    path = Path(path)
    reading, refused = open_signed(path, FileStatus.of)       # guarded and parsed in the reading child
    if refused is not None:
        return refused
    unit, plan = unit_of(db), active_plan(db)
    meta = reading.meta
    if reading.fingerprint not in own_fingerprints(db):
        return FileStatus.of(path, reading, "unknown_key",
                             Message(QT_TRANSLATE_NOOP("core", "签名密钥（指纹 {0}）不是本单位的密钥"), reading.fingerprint))
    if meta.get("unit_code") != unit.code:
        return FileStatus.of(path, reading, "wrong_office_key",
                             Message(QT_TRANSLATE_NOOP("core", "文件自称属于 {0}，却由本单位（{1}）的密钥签名"),
                                     meta.get("unit_name") or meta.get("unit_code"), unit.name))
    mismatch = mismatch_reason(meta, plan)
    if mismatch:
        return FileStatus.of(path, reading, "plan_mismatch", mismatch)
    return FileStatus.of(path, reading, "verified", Message(QT_TRANSLATE_NOOP("core", "文件完整，由本单位密钥签名")))
