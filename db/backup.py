"""Copies of the database file through SQLite's online backup API (safe while in use)."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Callable

from .errors import StorageError
from db.messages import QT_TRANSLATE_NOOP


STEP_PAGES = 1024   # with a progress callback: copied in steps of this many pages


def backup_to(db_conn: sqlite3.Connection, folder: Path, stem: str, label: str,
              progress: Callable[[int, int], None] | None = None) -> Path:
    """Write a consistent copy into ``folder``; the name says when and why. ``progress(done,
    total)`` hears about each step (pages); a write meanwhile by another connection restarts it.

    Written to a temporary name and renamed, then integrity-checked, so a copy that exists
    under its final name is complete."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stem}.{label}.{stamp}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        dest = sqlite3.connect(str(partial))
        try:
            if progress is None:
                db_conn.backup(dest)
            else:
                db_conn.backup(dest, pages=STEP_PAGES,
                               progress=lambda status, remaining, total: progress(total - remaining, total))
            bad = dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
        if bad != "ok":
            raise StorageError(QT_TRANSLATE_NOOP("core", "备份写入后校验失败（{0}），备份未保存。"), bad)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(QT_TRANSLATE_NOOP("core", "无法写入备份到 {0}：{1}。请检查磁盘空间和写入权限。"),
                           folder, exc.strerror or exc) from exc
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(QT_TRANSLATE_NOOP("core", "备份失败：{0}"), exc) from exc
    return target


def inspect_copy(path: Path) -> tuple[bool, str | None]:
    """(passes integrity_check, its unit_code or None) of a database copy, opened read-only.
    A file that is not an SQLite database raises sqlite3.DatabaseError for the caller to explain."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return False, None
        row = conn.execute("SELECT value FROM meta WHERE key = 'unit_code'").fetchone()
    finally:
        conn.close()
    return True, (row[0] if row else None)
