"""Password hashing (scrypt, from the standard library) and the minimum strength rule."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from desktop.errors import UserError
from desktop.messages import QT_TRANSLATE_NOOP

# n=2**14, r=8: ~50 ms per check on an office PC; slow enough against guessing a stolen file.
_N, _R, _P = 2 ** 14, 8, 1


def check_strength(password: str) -> None:
    if len(password) < 8 or not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        raise UserError(QT_TRANSLATE_NOOP("core", "密码至少 8 位，且需同时包含字母和数字"))


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "scrypt${}${}${}${}${}".format(_N, _R, _P, base64.b64encode(salt).decode(),
                                         base64.b64encode(digest).decode())


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n),
                                r=int(r), p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, base64.b64decode(digest))
