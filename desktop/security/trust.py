"""The district's trust store (信任密钥): which public key speaks for which office.

A key is bound to one unit by importing its public key file (how = file), by confirming a
fingerprint read out over the phone for a workbook signed by an unknown key (confirmed), or by
a rotation statement signed by a trusted, non-revoked key of the same unit (rotation).

Time is the district's own: a revoked key with a cut-off date still vouches for files the
district first received before that date, and a key replaced by an accepted rotation is
retired, vouching only for files first received before the rotation was accepted. What a file
says about its own export time is the office's claim and decides neither (db/receipts.py)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db import audit
from db import trust_store
from db.connection import write
from desktop.security import keys
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.security.roles import require
from desktop.messages import QT_TRANSLATE_NOOP


def require_supervisor(user: User) -> None:
    """Only the district supervisor changes the trust store."""
    require(user, "trust_keys")


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    unit_code: str
    unit_name: str
    added_at: str
    added_by: str
    how: str
    revoked_at: str | None
    revoke_cutoff: str | None
    use_count: int
    last_used_at: str | None
    retired_at: str | None = None      # when an accepted rotation replaced it
    replaced_by: str | None = None

    @property
    def retired(self) -> bool:
        return self.retired_at is not None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


HOW_LABELS = {"file": "导入公钥文件", "confirmed": "电话核对指纹", "rotation": "密钥更换声明"}


def _norm(fp: str) -> str:
    """The stored form of a fingerprint: ten groups of four, upper case."""
    flat = "".join(fp.split()).upper()
    return " ".join(flat[i:i + 4] for i in range(0, len(flat), 4))


def _as_key(row: dict) -> TrustedKey:
    return TrustedKey(**{k: row[k] for k in TrustedKey.__dataclass_fields__})


def list_keys(db) -> list[TrustedKey]:
    return [_as_key(r) for r in trust_store.all_keys(db)]


def lookup(db, fingerprint: str) -> dict | None:
    return trust_store.by_fingerprint(db, _norm(fingerprint))


def read_key_file(path: Path) -> keys.PublicKeyFile:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(QT_TRANSLATE_NOOP("core", "无法读取公钥文件 {0}：{1}"),
                        path, getattr(exc, 'strerror', None) or exc) from exc
    return keys.parse_public_key_text(text)


def add_key_file(db, path: Path, office: str | None, *, user: User) -> TrustedKey:
    """Import a public key file for ``office``; a valid rotation from a trusted key of the same
    office is accepted as such (and ``office`` may then be omitted)."""
    require_supervisor(user)
    parsed = read_key_file(path)
    how, replaces = "file", None
    if parsed.rotation is not None:
        old = lookup(db, keys.fingerprint(parsed.rotation.old_public_raw))
        if old is not None:
            if old["unit_code"] != parsed.office_code:
                raise UserError(QT_TRANSLATE_NOOP("core", "密钥更换声明由 {0} 的密钥签名，却用于 {1}，未导入"),
                                old['unit_name'], parsed.office_name)
            if old["revoked_at"]:
                raise UserError(QT_TRANSLATE_NOOP("core", "签署更换声明的旧密钥（{0}）已吊销，不能据此信任新密钥。请电话核对新密钥指纹后，由区汇总确认导入"),
                                old['fingerprint'])
            how, replaces = "rotation", old["fingerprint"]
    code = (office or "").strip().upper() or (parsed.office_code if how == "rotation" else "")
    if not code:
        raise UserError(QT_TRANSLATE_NOOP("core", "请用 --office 指明该公钥属于哪个街道（如 --office NHL）"))
    if parsed.office_code != code:
        raise UserError(QT_TRANSLATE_NOOP("core", "公钥文件属于 {0}（{1}），与指定的街道 {2} 不符，未导入"),
                        parsed.office_name, parsed.office_code, code)
    return _store(db, parsed.public_raw, code, parsed.office_name, how=how, replaces=replaces, user=user)


def confirm_key(db, public_raw: bytes, unit_code: str, unit_name: str, *, user: User) -> TrustedKey:
    """Trust on first use: the user confirmed the fingerprint read out by that office."""
    require_supervisor(user)
    return _store(db, public_raw, unit_code, unit_name, how="confirmed", replaces=None, user=user)


def received_now() -> str:
    """The district's clock for receipts and retirements, to the microsecond so that a file
    received in the same second as a rotation is still ordered against it."""
    return datetime.now().isoformat(timespec="microseconds")


def _store(db, public_raw: bytes, code: str, name: str, *, how: str, replaces: str | None, user: User) -> TrustedKey:
    fp = keys.fingerprint(public_raw)
    existing = trust_store.by_fingerprint(db, fp)
    if existing is not None:
        if existing["unit_code"] != code:
            raise UserError(QT_TRANSLATE_NOOP("core", "该密钥（{0}）已被信任为 {1} 的密钥，不能再绑定到 {2}"),
                            fp, existing['unit_name'], name)
        return _as_key(existing)
    at = now_text()
    with write(db):
        trust_store.add(db, fingerprint=fp, unit_code=code, unit_name=name, public_key=public_raw,
                        added_at=at, added_by=user.name, how=how, replaces=replaces)
        audit.append(db, at=at, user=user.name, action="信任密钥", target=f"{name}（{code}）", new=fp,
                     old=replaces or "", reason=HOW_LABELS[how])
        if replaces:
            trust_store.retire(db, replaces, at=received_now(), replaced_by=fp)
            audit.append(db, at=at, user=user.name, action="停用旧密钥", target=f"{name}（{code}）", old=replaces,
                         new=fp, reason="密钥更换声明已接受：此后收到的文件须用新密钥签名")
    return _as_key(trust_store.by_fingerprint(db, fp))


def revoke(db, fingerprint: str, cutoff: str | None, *, user: User, reason: str = "") -> TrustedKey:
    """Refuse this key from now on; with a cut-off date, only files exported on or after it.
    ``reason`` (why: a lost PC, a leaked passphrase) goes to the audit log."""
    require_supervisor(user)
    row = lookup(db, fingerprint)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("core", "信任库中没有指纹为 {0} 的密钥，请用 trust list 查看"), fingerprint)
    if cutoff is not None:
        from datetime import date
        try:
            cutoff = date.fromisoformat(cutoff).isoformat()
        except ValueError:
            raise UserError(QT_TRANSLATE_NOOP("core", "截止日期 {0} 应写成 YYYY-MM-DD，如 2023-05-01"), repr(cutoff)) from None
    at = now_text()
    with write(db):
        trust_store.revoke(db, row["fingerprint"], at=at, cutoff=cutoff)
        audit.append(db, at=at, user=user.name, action="吊销密钥", target=f"{row['unit_name']}（{row['unit_code']}）",
                     old=row["fingerprint"], new=f"自 {cutoff} 起收到的文件不再接受" if cutoff else "全部不再接受", reason=reason.strip())
    return _as_key(lookup(db, fingerprint))


def refusal(row: dict, unit_code: str, received_at: str) -> tuple[str, str] | None:
    """Why a file claiming ``unit_code``, first received by the district at ``received_at``
    (trust.received_now for a file never seen before), may not use this key."""
    if row["unit_code"] != unit_code:
        return ("wrong_office_key",
                f"文件自称属于 {unit_code}，却由 {row['unit_name']}（{row['unit_code']}）的密钥签名")
    if row["revoked_at"]:
        cutoff = row["revoke_cutoff"]
        if cutoff is None or received_at[:10] >= cutoff:
            when = f"自 {cutoff} 起收到" if cutoff else "全部"
            return ("revoked_key", f"签名密钥（{row['fingerprint']}）已于 {row['revoked_at'][:10]} 吊销，"
                                   f"{when}的文件不再接受（以区里收到文件的日期为准，不看文件自称的导出时间）；"
                                   "请该街道用新密钥重新导出")
    if row.get("retired_at") and received_at >= row["retired_at"]:
        return ("retired_key", f"签名密钥（{row['fingerprint']}）已于 {row['retired_at'][:10]} 被新密钥"
                               f"（{row.get('replaced_by') or ''}）取代，此后收到的文件须用新密钥签名；"
                               "请该街道用新密钥重新导出")
    return None
