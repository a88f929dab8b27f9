import base64
import dataclasses
import re

import pytest
from hypothesis import given, settings, strategies as st

from desktop.security import keys
from desktop.security.keys import SigningKeyError

PW = "Jiedao2024"
PW2 = "Xinmima9876"


@pytest.fixture(scope="module")
def kp():
    return keys.generate(PW)


@pytest.fixture(scope="module")
def kp_new():
    return keys.generate(PW2)


def test_fingerprint_format(kp):
    fp = kp.fingerprint
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){9}", fp)
    assert fp == keys.fingerprint(kp.public_raw)
    assert len(kp.public_raw) == 32
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", kp.created_at)


def test_fingerprint_rejects_wrong_length():
    with pytest.raises(SigningKeyError):
        keys.fingerprint(b"\x00" * 31)


def test_private_pem_is_encrypted(kp):
    assert b"ENCRYPTED" in kp.private_pem
    assert b"-----BEGIN PRIVATE KEY-----" not in kp.private_pem


def test_load_right_and_wrong_passphrase(kp):
    key = keys.load_private(kp.private_pem, PW)
    assert keys._raw_public(key) == kp.public_raw
    with pytest.raises(SigningKeyError) as ei:
        keys.load_private(kp.private_pem, "jiedao2024")
    assert str(ei.value) == "签名密钥口令不正确，请重新输入（注意大小写和输入法）"


def test_load_garbage_private():
    with pytest.raises(SigningKeyError) as ei:
        keys.load_private(b"not a key", PW)
    assert "私钥" in str(ei.value)


def test_sign_verify_and_flipped_bit(kp):
    msg = "2024 年第三季度台账".encode()
    sig = keys.sign(kp.private_pem, PW, msg)
    assert keys.verify(kp.public_raw, sig, msg)
    bad = bytearray(sig)
    bad[5] ^= 0x01
    assert not keys.verify(kp.public_raw, bytes(bad), msg)
    assert not keys.verify(kp.public_raw, sig, msg + b"x")
    # Malformed inputs of the right types give False, not exceptions.
    assert not keys.verify(kp.public_raw[:31], sig, msg)
    assert not keys.verify(kp.public_raw, sig[:10], msg)
    assert not keys.verify(b"", b"", b"")


def test_change_passphrase(kp):
    pem2 = keys.change_passphrase(kp.private_pem, PW, PW2)
    with pytest.raises(SigningKeyError):
        keys.load_private(pem2, PW)
    assert keys._raw_public(keys.load_private(pem2, PW2)) == kp.public_raw
    with pytest.raises(SigningKeyError):  # weak new passphrase
        keys.change_passphrase(kp.private_pem, PW, "short1")
    with pytest.raises(SigningKeyError):  # wrong old passphrase
        keys.change_passphrase(kp.private_pem, "Wrong12345", PW2)


@pytest.mark.parametrize("p", ["", "abc123", "abcdefgh", "12345678", "ａｂｃｄ１２３４５", "密码密码密码密码1"])
def test_weak_passphrase_refused(p):
    with pytest.raises(SigningKeyError) as ei:
        keys.check_passphrase_strength(p)
    assert str(ei.value) == "密钥口令至少 8 位，且需同时包含字母和数字"
    with pytest.raises(SigningKeyError):
        keys.generate(p)


def test_acceptable_passphrase():
    keys.check_passphrase_strength("abcdefg1")
    keys.check_passphrase_strength("街道abc12345")


def _text(kp, rotation=None):
    return keys.public_key_text("110101003", "东华门街道办事处", kp.public_raw, kp.created_at, rotation)


def test_public_key_text_round_trip(kp):
    text = _text(kp)
    assert text.startswith("#")
    assert "-----BEGIN STREET LEDGER PUBLIC KEY-----" in text
    assert text.rstrip().endswith("-----END STREET LEDGER PUBLIC KEY-----")
    pk = keys.parse_public_key_text(text)
    assert pk == keys.PublicKeyFile("110101003", "东华门街道办事处", kp.created_at,
                                    kp.public_raw, kp.fingerprint, None)


def test_public_key_text_crlf_and_bom(kp):
    text = _text(kp)
    windows = "\ufeff" + text.replace("\n", "\r\n")
    assert keys.parse_public_key_text(windows) == keys.parse_public_key_text(text)
    # Also as bytes decoded with utf-8-sig / plain utf-8 by an importer.
    raw = windows.encode("utf-8")
    assert keys.parse_public_key_text(raw.decode("utf-8")).public_raw == kp.public_raw


def test_fingerprint_retyped_with_other_spacing_accepted(kp):
    text = _text(kp).replace(kp.fingerprint, kp.fingerprint.replace(" ", "").lower())
    assert keys.parse_public_key_text(text).fingerprint == kp.fingerprint


def test_tampered_key_line_refused(kp, kp_new):
    text = _text(kp)
    old_b64 = base64.b64encode(kp.public_raw).decode()
    new_b64 = base64.b64encode(kp_new.public_raw).decode()
    tampered = text.replace(f"Key: {old_b64}", f"Key: {new_b64}")
    assert tampered != text
    with pytest.raises(SigningKeyError) as ei:
        keys.parse_public_key_text(tampered)
    assert str(ei.value).startswith("公钥文件格式不正确：")
    assert "指纹" in str(ei.value)


@pytest.mark.parametrize("mutate, needle", [
    (lambda t: t.replace("-----BEGIN STREET LEDGER PUBLIC KEY-----\n", ""), "开始"),
    (lambda t: t.replace("-----END STREET LEDGER PUBLIC KEY-----\n", ""), "结束"),
    (lambda t: re.sub(r"Office-Code: .*\n", "", t), "Office-Code"),
    (lambda t: re.sub(r"Key: (.*)\n", r"Key: \1\nKey: \1\n", t), "重复"),
    (lambda t: re.sub(r"Key: .*\n", "Key: !!!notbase64\n", t), "base64"),
    (lambda t: re.sub(r"Key: .*\n", "Key: " + base64.b64encode(b"x" * 31).decode() + "\n", t), "长度"),
    (lambda t: t.replace("Created:", "Bogus-Field: 1\nCreated:"), "无法识别"),
    (lambda t: t.replace("Created:", "no colon here\nCreated:"), "无法识别"),
    (lambda t: t + "trailing junk\n", "结束标记之后"),
    (lambda t: "junk\n" + t, "开始标记之前"),
    (lambda t: "", "开始"),
])
def test_malformed_files_refused(kp, mutate, needle):
    with pytest.raises(SigningKeyError) as ei:
        keys.parse_public_key_text(mutate(_text(kp)))
    msg = str(ei.value)
    assert msg.startswith("公钥文件格式不正确：") and needle in msg


def test_newline_in_office_name_refused(kp):
    with pytest.raises(SigningKeyError):
        keys.public_key_text("110101003", "东华门\nKey: AAAA", kp.public_raw, kp.created_at)


def _rotation(kp, kp_new, code="110101003"):
    return keys.make_rotation(kp.private_pem, PW, kp_new.public_raw, code, kp_new.created_at)


def test_rotation_verifies_and_detects_changes(kp, kp_new):
    stmt = _rotation(kp, kp_new)
    assert stmt.old_public_raw == kp.public_raw
    assert keys.verify_rotation(stmt)
    assert not keys.verify_rotation(dataclasses.replace(stmt, office_code="110101004"))
    other = keys.generate("Another123")
    assert not keys.verify_rotation(dataclasses.replace(stmt, new_public_raw=other.public_raw))
    assert not keys.verify_rotation(dataclasses.replace(stmt, created_at="2000-01-01T00:00:00"))
    assert not keys.verify_rotation(dataclasses.replace(stmt, old_public_raw=other.public_raw))
    assert not keys.verify_rotation(dataclasses.replace(stmt, signature=b"\x00" * 64))
    assert not keys.verify_rotation(dataclasses.replace(stmt, office_code="x\ny"))


def test_rotation_signature_is_domain_separated(kp, kp_new):
    # A plain sign() over the same bytes minus the domain prefix must not pass.
    body = "\n".join(["110101003", kp.fingerprint, kp_new.fingerprint, kp_new.created_at]).encode()
    sig = keys.sign(kp.private_pem, PW, body)
    stmt = keys.RotationStatement(kp.public_raw, kp_new.public_raw, "110101003", kp_new.created_at, sig)
    assert not keys.verify_rotation(stmt)


def test_rotation_to_same_key_refused(kp):
    with pytest.raises(SigningKeyError):
        keys.make_rotation(kp.private_pem, PW, kp.public_raw, "110101003", kp.created_at)


def test_rotated_key_file_round_trip(kp, kp_new):
    stmt = _rotation(kp, kp_new)
    text = _text(kp_new, stmt)
    assert f"Replaces: {kp.fingerprint}" in text
    pk = keys.parse_public_key_text("\ufeff" + text.replace("\n", "\r\n"))
    assert pk.rotation == stmt
    assert keys.verify_rotation(pk.rotation)
    assert pk.public_raw == kp_new.public_raw


def test_rotated_file_with_bad_signature_refused(kp, kp_new):
    stmt = _rotation(kp, kp_new)
    text = _text(kp_new, stmt)
    good = base64.b64encode(stmt.signature).decode()
    bad = base64.b64encode(bytes([stmt.signature[0] ^ 1]) + stmt.signature[1:]).decode()
    with pytest.raises(SigningKeyError) as ei:
        keys.parse_public_key_text(text.replace(good, bad))
    assert "签名" in str(ei.value)
    with pytest.raises(SigningKeyError) as ei:
        keys.parse_public_key_text(re.sub(r"Replaces-Key: .*\n", "", text))
    assert "不完整" in str(ei.value)


def test_rotation_mismatching_file_refused(kp, kp_new):
    stmt = _rotation(kp, kp_new)
    with pytest.raises(SigningKeyError):  # statement is about kp_new, not kp
        _text(kp, stmt)
    with pytest.raises(SigningKeyError):  # different office code
        keys.public_key_text("999", "x", kp_new.public_raw, kp_new.created_at, stmt)


@settings(max_examples=50, deadline=None)
@given(sig=st.binary(max_size=80), msg=st.binary(max_size=64), raw=st.binary(max_size=40))
def test_verify_never_raises(sig, msg, raw):
    assert keys.verify(raw, sig, msg) in (True, False)


@settings(max_examples=50, deadline=None)
@given(text=st.text(max_size=300))
def test_parse_only_raises_signing_key_error(text):
    try:
        keys.parse_public_key_text(text)
    except SigningKeyError:
        pass


@pytest.mark.parametrize("name", ["东华门\u2028街道", "东华门\x85街道", " 东华门", ""])
def test_office_name_line_breaks_and_padding_refused(kp, name):
    with pytest.raises(SigningKeyError):
        keys.public_key_text("110101003", name, kp.public_raw, kp.created_at)
