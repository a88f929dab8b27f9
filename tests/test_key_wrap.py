"""The private key at rest: scrypt + AES-GCM, old PKCS#8 keys re-wrapped at the next unlock,
and passphrase rules at least as strict as the login password's and never equal to it."""
from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives import serialization

from db import audit
from db import signing_keys as key_rows
from db.connection import write
from desktop.security import key_wrap, keys, signing
from desktop.security.auth import User
from desktop.errors import UserError
from desktop.security.passwords import check_strength

PASSPHRASE = "key-pass-2023"          # the conftest office's; its admin 张三 logs in with abc12345


def _params(blob: bytes) -> dict:
    return json.loads(bytes(blob).strip().splitlines()[1])


def test_a_new_key_is_wrapped_with_scrypt_at_the_production_cost():
    pair = keys.generate(PASSPHRASE)
    p = _params(pair.private_pem)
    assert (p["kdf"], p["n"], p["r"], p["p"]) == ("scrypt", 2 ** 15, 8, 1)
    assert key_wrap.SCRYPT_N == 2 ** 15 and key_wrap.is_current(pair.private_pem)
    assert b"PRIVATE KEY-----" not in pair.private_pem          # no PKCS#8 at all any more
    key = keys.load_private(pair.private_pem, PASSPHRASE)
    assert keys.verify(pair.public_raw, key.sign(b"m"), b"m")
    with pytest.raises(keys.SigningKeyError) as info:
        keys.load_private(pair.private_pem, "key-pass-2024")
    assert info.value.message == keys.MSG_WRONG_PASSPHRASE


def test_a_lowered_cost_in_the_stored_key_does_not_open_it():
    pair = keys.generate(PASSPHRASE)
    lines = bytes(pair.private_pem).strip().splitlines()
    body = json.loads(lines[1])
    body["n"] = 2 ** 10                          # the cost is authenticated with the key
    forged = b"\n".join([lines[0], json.dumps(body).encode(), lines[2]])
    with pytest.raises(keys.SigningKeyError):
        keys.load_private(forged, PASSPHRASE)
    with pytest.raises(keys.SigningKeyError) as info:
        keys.load_private(b"\n".join([lines[0], b"{not json", lines[2]]), PASSPHRASE)
    assert info.value.message == keys.MSG_BAD_PRIVATE


def _store_the_old_way(db) -> bytes:
    """The active key written as releases before this one did: PKCS#8, PBKDF2 2,048 rounds."""
    row = key_rows.active(db)
    key = keys.load_private(row["private_pem"], PASSPHRASE)
    old = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(PASSPHRASE.encode()))
    with write(db):
        key_rows.replace_private(db, row["fingerprint"], old)
    return old


def test_an_old_pkcs8_key_is_rewrapped_at_the_next_successful_unlock(office_db):
    old = _store_the_old_way(office_db)
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in old and keys.needs_rewrap(old)
    with pytest.raises(keys.SigningKeyError):
        signing.signer(office_db, "wrong-pass-1")              # a wrong passphrase changes nothing
    assert bytes(key_rows.active(office_db)["private_pem"]) == old

    sign = signing.signer(office_db, PASSPHRASE)
    stored = bytes(key_rows.active(office_db)["private_pem"])
    assert key_wrap.is_current(stored) and not keys.needs_rewrap(stored)
    public = signing.active_key(office_db).public_raw
    assert keys.verify(public, sign(b"msg"), b"msg")            # the same key, only wrapped anew
    assert keys.load_private(stored, PASSPHRASE).sign(b"x") == sign(b"x")
    assert [r[3] for r in audit.search(office_db, action="升级密钥保护")] == ["升级密钥保护"]
    signing.signer(office_db, PASSPHRASE)                       # once only
    assert audit.count(office_db, action="升级密钥保护") == 1


@pytest.mark.parametrize("candidate", ["abcdefgh", "12345678", "abc1234", "ａｂｃ12345", "密码密码密码12",
                                       "abc12345", "Key-2023x", "        a1"])
def test_the_passphrase_rule_is_at_least_as_strict_as_the_login_rule(candidate):
    try:
        keys.check_passphrase_strength(candidate)
    except keys.SigningKeyError:
        return
    check_strength(candidate)          # whatever the key accepts, the login rule accepts too


def test_the_passphrase_may_not_be_the_login_password(office_db, tmp_path):
    with pytest.raises(UserError) as info:
        signing.change_passphrase(office_db, PASSPHRASE, "abc12345", user=User("张三", "admin"))
    assert "登录密码" in info.value.message
    with pytest.raises(UserError):
        signing.rotate(office_db, PASSPHRASE, "abc12345", user=User("张三", "admin"))
    assert len(key_rows.all_keys(office_db)) == 1
    signing.change_passphrase(office_db, PASSPHRASE, "other-pass-9", user=User("张三", "admin"))
    assert keys.load_private(key_rows.active(office_db)["private_pem"], "other-pass-9")

    from desktop.system.provision import initialise
    with pytest.raises(UserError) as info:
        initialise(tmp_path / "new.sqlite", district=False, office_code="NHL", admin="李四",
                   password="same-pass-1", passphrase="same-pass-1")
    assert "登录密码" in info.value.message
