"""Every file that takes personal data out of the database — a register workbook, the rows an
import left out, a backup — needs the export_personal_data permission and leaves one line in
the audit log: who, what, how many rows, where, and whether resident IDs went out whole."""
from __future__ import annotations

from pathlib import Path

from db import audit
from db.connection import write
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.security.roles import can, require

ACTION = "导出个人信息"


def require_export(user: User) -> None:
    require(user, "export_personal_data")


def full_ids(user: User) -> bool:
    """Whether a file this user writes may carry whole ID numbers (else they are masked)."""
    return can(user, "view_full_id")


def record(db, user: User, what: str, rows: int, path: Path | str, *, whole_ids: bool) -> None:
    """One audit line for a personal-data file that has just been written."""
    ids = "身份证号完整" if whole_ids else "身份证号已遮盖、出生日期已隐去"
    with write(db):
        audit.append(db, at=now_text(), user=user.name, action=ACTION, target=what,
                     new=f"{rows} 行，{ids}，写入 {Path(path)}")
