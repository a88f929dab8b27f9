"""The private signing key at rest: a key derived from the passphrase with scrypt (memory-hard),
then AES-256-GCM over the 32 raw key bytes. Replaces PKCS#8 with PBKDF2 at 2,048 iterations,
which let a stolen database be guessed at ~1,500 passphrases a second on one core.

The cost parameters are stored with the key and authenticated (GCM associated data), so they
can be raised later: a key wrapped at a lower cost than ``SCRYPT_N`` is re-wrapped at the next
successful unlock (desktop.security.signing.signer)."""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

BEGIN = b"-----BEGIN STREET LEDGER ENCRYPTED KEY-----"
END = b"-----END STREET LEDGER ENCRYPTED KEY-----"
# n=2**15, r=8: 32 MiB and ~80 ms per unlock on an office PC; twice the login password's cost.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1
_MAX_N = 2 ** 20          # a stored cost above this is damage, not a setting: refuse, don't hang


class WrongPassphrase(Exception):
    pass


class BadWrappedKey(Exception):
    pass


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32,
                          maxmem=128 * r * (n + p + 2) + 1024 * 1024)


def _aad(n: int, r: int, p: int) -> bytes:
    return f"street-ledger/private-key/v1 scrypt n={n} r={r} p={p}".encode("ascii")


def is_wrapped(blob: bytes) -> bool:
    return bytes(blob).lstrip().startswith(BEGIN)


def wrap(raw_private: bytes, passphrase: str, *, n: int = SCRYPT_N) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    r, p = SCRYPT_R, SCRYPT_P
    ct = AESGCM(_kek(passphrase, salt, n, r, p)).encrypt(nonce, raw_private, _aad(n, r, p))
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    body = json.dumps({"kdf": "scrypt", "n": n, "r": r, "p": p, "salt": b64(salt), "nonce": b64(nonce),
                       "ct": b64(ct)}, separators=(",", ":")).encode("ascii")
    return b"\n".join((BEGIN, body, END, b""))


def _parse(blob: bytes) -> dict:
    lines = bytes(blob).strip().splitlines()
    if len(lines) != 3 or lines[0] != BEGIN or lines[2] != END:
        raise BadWrappedKey("framing")
    try:
        d = json.loads(lines[1])
        fields = {k: d[k] for k in ("kdf", "n", "r", "p")}
        for k in ("salt", "nonce", "ct"):
            fields[k] = base64.b64decode(d[k], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise BadWrappedKey("body") from None
    n, r, p = fields["n"], fields["r"], fields["p"]
    if (fields["kdf"] != "scrypt" or not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p))
            or n < 2 or n > _MAX_N or n & (n - 1) or not 1 <= r <= 16 or not 1 <= p <= 4
            or len(fields["nonce"]) != 12 or len(fields["salt"]) < 16):
        raise BadWrappedKey("parameters")
    return fields


def unwrap(blob: bytes, passphrase: str) -> bytes:
    """The raw private key; WrongPassphrase if it does not open, BadWrappedKey if damaged."""
    f = _parse(blob)
    try:
        return AESGCM(_kek(passphrase, f["salt"], f["n"], f["r"], f["p"])).decrypt(
            f["nonce"], f["ct"], _aad(f["n"], f["r"], f["p"]))
    except InvalidTag:
        raise WrongPassphrase() from None


def is_current(blob: bytes) -> bool:
    """Wrapped this way at today's cost (else: re-wrap at the next unlock)."""
    try:
        return is_wrapped(blob) and _parse(blob)["n"] >= SCRYPT_N
    except BadWrappedKey:
        return False
