"""Backups the office can rely on: daily at first start, before every restore and migration,
rotated (14 daily, 12 monthly), each integrity-checked; and a restore that checks first."""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from db import audit, meta
from db.backup import backup_to, inspect_copy
from db.connection import write
from db.errors import StorageError
from db.schema import backups_folder, open_database
from desktop.registers import personal_export
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.security.roles import require
from desktop.messages import QT_TRANSLATE_NOOP

KEEP_DAILY, KEEP_MONTHLY = 14, 12
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<label>[A-Za-z0-9_-]+)\.(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    label: str
    taken_at: datetime
    size: int


def folder_for(db, db_path: Path) -> Path:
    """The administrator's chosen folder (a USB drive, say), else ``backups`` beside the database."""
    chosen = meta.get(db, "backup_folder")
    return Path(chosen) if chosen else backups_folder(Path(db_path))


def set_folder(db, folder: Path, *, user: User) -> None:
    require(user, "settings")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".street-ledger-write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("core", "备份文件夹 {0} 不可写：{1}。请换一个文件夹或插好 U 盘"),
                        folder, exc.strerror or exc) from exc
    with write(db):
        old = meta.get(db, "backup_folder", "")
        meta.put(db, "backup_folder", str(folder))
        audit.append(db, at=now_text(), user=user.name, action="修改设置", target="备份文件夹", old=old, new=str(folder))


def list_backups(folder: Path, stem: str) -> list[Backup]:
    """Our backups of this database in ``folder``, newest first (other files are never touched)."""
    found = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if m and m["stem"] == stem:
            found.append(Backup(path, m["label"], datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f"),
                                path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(folder: Path, stem: str) -> list[Path]:
    """Of the automatic daily backups, keep the newest of each of the last 14 days that have one
    and of each of the last 12 months; delete the rest. Manual copies and the safety copies taken
    before a migration or a restore are the user's and are never deleted. Returns the deleted."""
    keep: set[Path] = set()
    days: dict[date, Path] = {}
    months: dict[tuple[int, int], Path] = {}
    daily = [b for b in list_backups(folder, stem) if b.label == "daily"]
    for b in daily:                               # newest first: the first seen of a day wins
        days.setdefault(b.taken_at.date(), b.path)
        months.setdefault((b.taken_at.year, b.taken_at.month), b.path)
    keep.update(p for _, p in sorted(days.items(), reverse=True)[:KEEP_DAILY])
    keep.update(p for _, p in sorted(months.items(), reverse=True)[:KEEP_MONTHLY])
    deleted = []
    for b in daily:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            deleted.append(b.path)
    return deleted


def take(db, db_path: Path, label: str, folder: Path | None = None, progress=None) -> Path:
    folder = folder or folder_for(db, db_path)
    target = backup_to(db.conn, folder, Path(db_path).stem, label, progress)
    rotate(folder, Path(db_path).stem)
    return target


def take_manual(db, db_path: Path, *, user: User, folder: Path | None = None) -> Path:
    """A backup on demand (``backup [--to DIR]``, the window's 立即备份). It carries every resident
    ID in full and the wrapped signing key, so it is a personal-data export: permission, audit."""
    require(user, "backup")
    personal_export.require_export(user)
    target = take(db, db_path, "manual", folder)
    personal_export.record(db, user, "数据库备份", _personal_rows(db), target, whole_ids=True)
    return target


def _personal_rows(db) -> int:
    """How many register records (people and sites) the copy holds."""
    from desktop.plan.store import active_plan       # the plan is needed only here
    from desktop.unit import unit_of
    from desktop.registers.records import count_records
    from desktop.registers.schema import ensure_tables
    plan, office = active_plan(db), unit_of(db).code
    ensure_tables(db, plan)
    return sum(count_records(db, r, office) for r in plan.registers)


def daily_backup_if_due(db, db_path: Path, today: date | None = None, progress=None) -> Path | None:
    """At the first start of each day: one backup, then rotation. A failure is reported, not fatal.
    ``progress(done, total)`` hears how far the copy is."""
    today = today or date.today()
    folder = folder_for(db, db_path)
    if any(b.taken_at.date() == today for b in list_backups(folder, Path(db_path).stem)):
        return None
    return take(db, db_path, "daily", folder, progress)


def check_backup(backup: Path, expected_unit: str | None) -> None:
    """The file is a sound Street Ledger database of the same unit, or a plain reason why not."""
    try:
        sound, unit_code = inspect_copy(backup)
    except sqlite3.DatabaseError as exc:
        raise UserError(QT_TRANSLATE_NOOP("core", "{0} 不是本程序的数据库或已损坏：{1}"), backup.name, exc) from exc
    if not sound:
        raise UserError(QT_TRANSLATE_NOOP("core", "备份 {0} 已损坏（integrity_check 未通过），不能恢复"), backup.name)
    if unit_code is None:
        raise UserError(QT_TRANSLATE_NOOP("core", "{0} 不是本程序的数据库（没有单位信息）"), backup.name)
    if expected_unit and unit_code != expected_unit:
        raise UserError(QT_TRANSLATE_NOOP("core", "备份 {0} 属于单位 {1}，不是本单位（{2}）的数据库，不能恢复"),
                        backup.name, unit_code, expected_unit)


def _keep_current(db_path: Path) -> Path:
    """A copy of the database about to be replaced: a proper backup, or the damaged bytes as they are."""
    try:
        current = open_database(db_path)
    except StorageError:
        current = None
    if current is not None:
        try:
            return take(current, db_path, "before-restore")
        finally:
            current.close()
    # A damaged file SQLite cannot back up is copied byte for byte. No connection of this process
    # has it open (the caller closed its own), so the copy's open() drops no SQLite lock.
    safety = backups_folder(db_path) / f"{db_path.stem}.damaged.{datetime.now():%Y%m%d-%H%M%S}.sqlite"
    safety.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(db_path, safety)
    return safety


def restore(db_path: Path, backup: Path, *, user: User | None, expected_unit: str | None) -> Path:
    """Replace the database with ``backup``: check it, keep a copy of the current file, swap
    atomically. The caller has closed its own connections. ``user`` None only on the start path
    of a damaged database, where nobody can log in."""
    db_path, backup = Path(db_path), Path(backup)
    if user is not None:
        require(user, "restore")
    check_backup(backup, expected_unit)
    temp = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copy2(backup, temp)        # first, so nothing done below can touch the chosen file
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(QT_TRANSLATE_NOOP("core", "无法读取备份 {0}：{1}"), backup, exc.strerror or exc) from exc
    try:
        safety = _keep_current(db_path)
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(temp, db_path)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("core", "恢复失败：{0}。原数据库未被替换"), exc.strerror or exc) from exc
    finally:
        temp.unlink(missing_ok=True)      # gone after a successful replace; removed after a failure
    db = open_database(db_path)
    try:
        with write(db):
            audit.append(db, at=now_text(), user=user.name if user else "系统", action="恢复备份",
                         target=backup.name, new=f"恢复前的数据库已另存为 {safety.name}")
    finally:
        db.close()
    return safety
