"""This unit's signing key as the user handles it: show, export, change passphrase, rotate, sign."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from db import audit
from db import signing_keys as key_rows
from db import users as user_rows
from db.connection import write
from desktop.security import keys
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.security.passwords import verify_password
from desktop.unit import unit_of
from desktop.security.roles import require
from desktop.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class KeyInfo:
    unit_code: str
    unit_name: str
    fingerprint: str
    created_at: str
    public_raw: bytes
    private_pem: bytes
    rotation: keys.RotationStatement | None


def _rotation_from_json(text: str | None) -> keys.RotationStatement | None:
    if not text:
        return None
    d = json.loads(text)
    return keys.RotationStatement(
        old_public_raw=base64.b64decode(d["old"]), new_public_raw=base64.b64decode(d["new"]),
        office_code=d["unit"], created_at=d["at"], signature=base64.b64decode(d["sig"]))


def _rotation_to_json(stmt: keys.RotationStatement) -> str:
    return json.dumps({"old": base64.b64encode(stmt.old_public_raw).decode(),
                       "new": base64.b64encode(stmt.new_public_raw).decode(),
                       "unit": stmt.office_code, "at": stmt.created_at,
                       "sig": base64.b64encode(stmt.signature).decode()})


def active_key(db) -> KeyInfo:
    row = key_rows.active(db)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("core", "本单位还没有签名密钥，请由管理员在初始化时生成"))
    unit = unit_of(db)
    return KeyInfo(unit_code=row["unit_code"], unit_name=unit.name, fingerprint=row["fingerprint"],
                   created_at=row["created_at"], public_raw=row["public_key"],
                   private_pem=row["private_pem"], rotation=_rotation_from_json(row["rotation"]))


def show_key(db, *, user: User) -> KeyInfo:
    """The active key as ``key show`` and the key page present it (fingerprint, date)."""
    require(user, "view_key")
    return active_key(db)


def own_fingerprints(db) -> set[str]:
    """Every key this unit has used, so an older export of ours still verifies as ours."""
    return {r["fingerprint"] for r in key_rows.all_keys(db)}


def public_key_text(db) -> str:
    key = active_key(db)
    return keys.public_key_text(key.unit_code, key.unit_name, key.public_raw, key.created_at, key.rotation)


def export_public_key(db, out: Path, *, user: User) -> Path:
    """Write the public key file (atomically; never over an existing file)."""
    require(user, "view_key")
    out = Path(out)
    if out.exists():
        raise UserError(QT_TRANSLATE_NOOP("core", "文件 {0} 已存在，未覆盖。请换一个文件名"), out)
    temp = out.with_name(out.name + ".partial")
    try:
        temp.write_text(public_key_text(db), encoding="utf-8", newline="\r\n")
        os.replace(temp, out)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(QT_TRANSLATE_NOOP("core", "无法写入 {0}：{1}。请检查文件夹是否存在、是否可写"), out, exc.strerror or exc) from exc
    with write(db):
        audit.append(db, at=now_text(), user=user.name, action="导出公钥", target=str(out),
                     new=active_key(db).fingerprint)
    return out


def signer(db, passphrase: str) -> Callable[[bytes], bytes]:
    """Unlock the key once (a wrong passphrase fails here, before any file is written)."""
    key = active_key(db)
    private = keys.load_private(key.private_pem, passphrase)
    _rewrap_if_due(db, key.fingerprint, key.private_pem, private, passphrase)
    return private.sign


def _rewrap_if_due(db, fingerprint: str, stored: bytes, private, passphrase: str) -> None:
    """A key stored the old way (PKCS#8, 2,048 PBKDF2 rounds) is wrapped again with scrypt now
    that the passphrase is known to be right; nobody has to do anything."""
    if not keys.needs_rewrap(stored):
        return
    with write(db):
        key_rows.replace_private(db, fingerprint, keys.rewrap(private, passphrase))
        audit.append(db, at=now_text(), user="系统", action="升级密钥保护", target=fingerprint,
                     new="私钥改用 scrypt 口令保护")


def check_new_passphrase(db, passphrase: str, user: str) -> None:
    """The rules for a new passphrase: the key's strength rule (ASCII letters and digits, at least
    8: stricter than the login password's) and never the login password of the user setting it,
    so one shoulder-surfed secret does not open both the account and the signing key."""
    keys.check_passphrase_strength(passphrase)
    row = user_rows.by_name(db, user)
    if row is not None and verify_password(passphrase, row["password_hash"]):
        raise keys.SigningKeyError(QT_TRANSLATE_NOOP("core", "签名密钥口令不能与您的登录密码相同，请另设一个口令"))


def change_passphrase(db, old: str, new: str, *, user: User) -> None:
    require(user, "manage_keys")
    key = active_key(db)
    check_new_passphrase(db, new, user.name)
    pem = keys.change_passphrase(key.private_pem, old, new)
    with write(db):
        key_rows.replace_private(db, key.fingerprint, pem)
        audit.append(db, at=now_text(), user=user.name, action="修改密钥口令", target=key.fingerprint)


def rotate(db, old_passphrase: str, new_passphrase: str, *, user: User) -> KeyInfo:
    """A new key pair; its public key file carries a statement signed by the old key."""
    require(user, "manage_keys")
    old = active_key(db)
    old_private = keys.load_private(old.private_pem, old_passphrase)   # wrong passphrase: refuse first
    check_new_passphrase(db, new_passphrase, user.name)
    _rewrap_if_due(db, old.fingerprint, old.private_pem, old_private, old_passphrase)
    pair = keys.generate(new_passphrase)
    stmt = keys.make_rotation(active_key(db).private_pem, old_passphrase, pair.public_raw, old.unit_code,
                              pair.created_at)
    with write(db):
        key_rows.add(db, unit_code=old.unit_code, fingerprint=pair.fingerprint, public_key=pair.public_raw,
                     private_pem=pair.private_pem, created_at=pair.created_at, rotation=_rotation_to_json(stmt))
        audit.append(db, at=now_text(), user=user.name, action="更换签名密钥", target=old.unit_name,
                     old=old.fingerprint, new=pair.fingerprint)
    return active_key(db)
