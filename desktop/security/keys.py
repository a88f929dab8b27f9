"""Ed25519 signing keys for a street office: passphrase-protected storage, signing,
the mailable public-key file and signed key rotation. Pure functions, no Qt/SQL."""
from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.security import key_wrap
from desktop.errors import UserError
from desktop.messages import Message, QT_TRANSLATE_NOOP

MSG_WRONG_PASSPHRASE = "签名密钥口令不正确，请重新输入（注意大小写和输入法）"
MSG_WEAK_PASSPHRASE = "密钥口令至少 8 位，且需同时包含字母和数字"
MSG_BAD_PRIVATE = "私钥文件格式不正确或已损坏"
BEGIN = "-----BEGIN STREET LEDGER PUBLIC KEY-----"
END = "-----END STREET LEDGER PUBLIC KEY-----"
ROTATION_DOMAIN = b"street-ledger/key-rotation/v1\n"
_REQUIRED = ("Office-Code", "Office-Name", "Created", "Fingerprint", "Key")
_ROTATION_FIELDS = ("Replaces", "Replaces-Key", "Rotation-Signature")


class SigningKeyError(UserError):
    """User-facing error; str() and .message are a Chinese message fit for a dialog."""


def _bad_file(detail: str, *args) -> SigningKeyError:
    return SigningKeyError(QT_TRANSLATE_NOOP("core", "公钥文件格式不正确：{0}"), Message(detail, *args))


def check_passphrase_strength(p: str) -> None:
    # ASCII only: full-width digits/letters typed with a Chinese IME look the
    # same on screen but are different bytes, which later reads as "wrong passphrase".
    if (len(p) < 8 or not any(c.isascii() and c.isalpha() for c in p)
            or not any(c.isascii() and c.isdigit() for c in p)):
        raise SigningKeyError(MSG_WEAK_PASSPHRASE)


def fingerprint(public_raw: bytes) -> str:
    """SHA-256 of the raw key, first 20 bytes, "3F2A 9C41 ..." (10 groups) for reading aloud."""
    if len(public_raw) != 32:
        raise SigningKeyError(QT_TRANSLATE_NOOP("core", "公钥长度不正确（应为 32 字节）"))
    h = hashlib.sha256(public_raw).digest()[:20].hex().upper()
    return " ".join(h[i:i + 4] for i in range(0, 40, 4))


def _norm_fp(fp: str) -> str:
    # People retype fingerprints from a phone call; ignore spacing and case.
    return "".join(fp.split()).upper()


@dataclass(frozen=True)
class KeyPair:
    private_pem: bytes   # desktop.security.key_wrap: scrypt + AES-GCM under the passphrase
    public_raw: bytes    # 32 bytes
    created_at: str      # ISO date-time, seconds, local time

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)


def _raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _encrypt(key: Ed25519PrivateKey, passphrase: str) -> bytes:
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    return key_wrap.wrap(raw, passphrase)


def generate(passphrase: str) -> KeyPair:
    check_passphrase_strength(passphrase)
    key = Ed25519PrivateKey.generate()
    created = datetime.now().replace(microsecond=0).isoformat()
    return KeyPair(_encrypt(key, passphrase), _raw_public(key), created)


def load_private(private_pem: bytes, passphrase: str) -> Ed25519PrivateKey:
    # A key that fails to decrypt is almost always a mistyped passphrase; anything that is
    # neither our wrapping nor the older encrypted PKCS#8 is a damaged/foreign file.
    private_pem = bytes(private_pem)
    if key_wrap.is_wrapped(private_pem):
        try:
            return Ed25519PrivateKey.from_private_bytes(key_wrap.unwrap(private_pem, passphrase))
        except key_wrap.WrongPassphrase:
            raise SigningKeyError(MSG_WRONG_PASSPHRASE) from None
        except (key_wrap.BadWrappedKey, ValueError):
            raise SigningKeyError(MSG_BAD_PRIVATE) from None
    if b"-----BEGIN ENCRYPTED PRIVATE KEY-----" not in private_pem:
        raise SigningKeyError(MSG_BAD_PRIVATE)
    try:
        key = serialization.load_pem_private_key(private_pem, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise SigningKeyError(MSG_WRONG_PASSPHRASE) from None
    except Exception:
        raise SigningKeyError(MSG_BAD_PRIVATE) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(MSG_BAD_PRIVATE)
    return key


def needs_rewrap(private_pem: bytes) -> bool:
    """Stored the old way (PKCS#8, PBKDF2 2,048 rounds) or below today's scrypt cost."""
    return not key_wrap.is_current(bytes(private_pem))


def rewrap(key: Ed25519PrivateKey, passphrase: str) -> bytes:
    """The unlocked key wrapped again at today's cost, under the same passphrase."""
    return _encrypt(key, passphrase)


def change_passphrase(private_pem: bytes, old: str, new: str) -> bytes:
    check_passphrase_strength(new)
    return _encrypt(load_private(private_pem, old), new)


def sign(private_pem: bytes, passphrase: str, message: bytes) -> bytes:
    return load_private(private_pem, passphrase).sign(message)


def verify(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


@dataclass(frozen=True)
class RotationStatement:
    old_public_raw: bytes
    new_public_raw: bytes
    office_code: str
    created_at: str
    signature: bytes  # by the OLD key, so the district can trust the new one


def _single_line(label: str, value: str) -> None:
    # Any line break (incl. U+2028, \x85 that splitlines honours) would break both
    # the file format and the rotation message framing.
    if not value or value.splitlines() != [value] or value != value.strip():
        raise SigningKeyError(QT_TRANSLATE_NOOP("core", "{0}不能为空、不能换行或首尾带空格"), label)


def _rotation_message(office_code: str, old_raw: bytes, new_raw: bytes, created_at: str) -> bytes:
    return ROTATION_DOMAIN + "\n".join(
        (office_code, fingerprint(old_raw), fingerprint(new_raw), created_at)).encode("utf-8")


def make_rotation(old_private_pem: bytes, old_passphrase: str, new_public_raw: bytes,
                  office_code: str, created_at: str) -> RotationStatement:
    for label, value in (("单位代码", office_code), ("创建时间", created_at)):
        _single_line(label, value)
    key = load_private(old_private_pem, old_passphrase)
    old_raw = _raw_public(key)
    if old_raw == new_public_raw:
        raise SigningKeyError(QT_TRANSLATE_NOOP("core", "新密钥与旧密钥相同，无需更换"))
    sig = key.sign(_rotation_message(office_code, old_raw, new_public_raw, created_at))
    return RotationStatement(old_raw, new_public_raw, office_code, created_at, sig)


def verify_rotation(stmt: RotationStatement) -> bool:
    try:
        if stmt.old_public_raw == stmt.new_public_raw:
            return False
        msg = _rotation_message(stmt.office_code, stmt.old_public_raw, stmt.new_public_raw, stmt.created_at)
    except (SigningKeyError, AttributeError, TypeError, UnicodeError):
        return False
    return verify(stmt.old_public_raw, stmt.signature, msg)


@dataclass(frozen=True)
class PublicKeyFile:
    office_code: str
    office_name: str
    created_at: str
    public_raw: bytes
    fingerprint: str
    rotation: RotationStatement | None = None


def public_key_text(office_code: str, office_name: str, public_raw: bytes, created_at: str,
                    rotation: RotationStatement | None = None) -> str:
    for label, value in (("单位代码", office_code), ("单位名称", office_name), ("创建时间", created_at)):
        _single_line(label, value)
    fp = fingerprint(public_raw)
    # The file has one date field, so the rotation must describe exactly this key and date.
    if rotation is not None and (not verify_rotation(rotation) or (rotation.new_public_raw,
            rotation.office_code, rotation.created_at) != (public_raw, office_code, created_at)):
        raise SigningKeyError(QT_TRANSLATE_NOOP("core", "密钥更换声明与本公钥不符或签名无效"))
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    lines = [  # comment block: tell the office to read the fingerprint over the phone
        "# 街道台账 单位签名公钥文件",
        "# 本文件只包含公钥，不含私钥，可以通过邮件或 U 盘交给区里导入。",
        "# 区里导入前，请打电话向区里工作人员逐组念出下面的“指纹”（Fingerprint），",
        "# 双方核对一致后再导入，以防文件在传递途中被替换。",
        BEGIN,
        f"Office-Code: {office_code}",
        f"Office-Name: {office_name}",
        f"Created: {created_at}",
        f"Fingerprint: {fp}",
        f"Key: {b64(public_raw)}",
    ]
    if rotation is not None:
        lines += [f"Replaces: {fingerprint(rotation.old_public_raw)}",
                  f"Replaces-Key: {b64(rotation.old_public_raw)}",
                  f"Rotation-Signature: {b64(rotation.signature)}"]
    return "\n".join(lines + [END, ""])


def _b64field(fields: dict, name: str, size: int) -> bytes:
    try:
        raw = base64.b64decode(fields[name], validate=True)
    except (binascii.Error, ValueError):
        raise _bad_file(QT_TRANSLATE_NOOP("core", "{0} 不是有效的 base64"), name) from None
    if len(raw) != size:
        raise _bad_file(QT_TRANSLATE_NOOP("core", "{0} 长度不正确（应为 {1} 字节）"), name, size)
    return raw


def parse_public_key_text(text: str) -> PublicKeyFile:
    lines = [ln.strip() for ln in text.lstrip("\ufeff").splitlines()]  # Notepad BOM, CRLF
    if BEGIN not in lines:
        raise _bad_file(QT_TRANSLATE_NOOP("core", "缺少开始标记行"))
    if END not in lines[(start := lines.index(BEGIN)):]:
        raise _bad_file(QT_TRANSLATE_NOOP("core", "缺少结束标记行"))
    end = start + lines[start:].index(END)
    if any(ln and not ln.startswith("#") for ln in lines[:start]):
        raise _bad_file(QT_TRANSLATE_NOOP("core", "开始标记之前有多余内容"))
    if any(lines[end + 1:]):
        raise _bad_file(QT_TRANSLATE_NOOP("core", "结束标记之后有多余内容"))
    fields: dict[str, str] = {}
    for ln in filter(None, lines[start + 1:end]):
        name, sep, value = (x.strip() for x in ln.partition(":"))
        if not sep or name not in _REQUIRED + _ROTATION_FIELDS:
            raise _bad_file(QT_TRANSLATE_NOOP("core", "无法识别的行：{0}"), ln[:40])
        if name in fields:
            raise _bad_file(QT_TRANSLATE_NOOP("core", "{0} 重复出现"), name)
        fields[name] = value
    if missing := [n for n in _REQUIRED if not fields.get(n)]:
        raise _bad_file(Message(QT_TRANSLATE_NOOP("core", "缺少 {0}"), "、".join(missing)))
    public_raw = _b64field(fields, "Key", 32)
    fp = fingerprint(public_raw)
    if _norm_fp(fields["Fingerprint"]) != _norm_fp(fp):
        raise _bad_file(QT_TRANSLATE_NOOP("core", "指纹与公钥不一致，文件可能被改动"))
    present, rotation = [n for n in _ROTATION_FIELDS if n in fields], None
    if present and len(present) != len(_ROTATION_FIELDS):
        raise _bad_file(QT_TRANSLATE_NOOP("core", "密钥更换信息不完整"))
    if present:
        old_raw = _b64field(fields, "Replaces-Key", 32)
        if _norm_fp(fields["Replaces"]) != _norm_fp(fingerprint(old_raw)):
            raise _bad_file(QT_TRANSLATE_NOOP("core", "Replaces 指纹与旧公钥不一致"))
        rotation = RotationStatement(old_raw, public_raw, fields["Office-Code"], fields["Created"],
                                     _b64field(fields, "Rotation-Signature", 64))
        # Proves only that the holder of Replaces-Key signed; the importer must still
        # check that Replaces-Key is the key it already has on file for this office.
        if not verify_rotation(rotation):
            raise _bad_file(QT_TRANSLATE_NOOP("core", "密钥更换签名无效"))
    return PublicKeyFile(fields["Office-Code"], fields["Office-Name"], fields["Created"],
                         public_raw, fp, rotation)
