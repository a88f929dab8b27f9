"""The program's clock as it is written into the database and the audit log: local time to the
second, ISO text. One function so every record of "when" has the same form."""
from __future__ import annotations

from datetime import datetime


def now_text() -> str:
    return datetime.now().isoformat(timespec="seconds")
