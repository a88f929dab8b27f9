"""The log file in the data folder: the detail behind every plain message, and native crashes.

A window and a command (or two windows on two databases) log to the same file at once. A
handler that rotates while running would have each process rename the file under the other
(on Windows the rename fails while another process holds it open). So each process only
appends; the file is rotated once, when a process starts, under a lock file that only one
process can create; a rotation another process prevents (Windows: the file is open) waits for
the next start. faulthandler writes a native crash (a fault in Qt, SQLite, a driver) into the
same file, whose descriptor stays the same for the life of the process.
"""
from __future__ import annotations

import faulthandler
import logging
import os
import time
from pathlib import Path

from desktop.system.paths import log_dir

MAX_BYTES, BACKUPS = 1_000_000, 5
STALE_LOCK_SECONDS = 120          # a lock left by a process that died while rotating
_handler: logging.FileHandler | None = None


def setup_logging() -> Path:
    """Log to the current data folder's file (once; again only if the data folder changed)."""
    global _handler
    path = log_dir() / "street-ledger.log"
    if _handler is None or Path(_handler.baseFilename) != path.resolve():
        rotate_if_large(path)
        root = logging.getLogger()
        handler = logging.FileHandler(path, mode="a", encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
        faulthandler.enable(file=handler.stream, all_threads=True)
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        _handler = handler
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def rotate_if_large(path: Path) -> bool:
    """street-ledger.log → .1 → … → .5 when it has grown past MAX_BYTES; True if rotated."""
    try:
        if path.stat().st_size < MAX_BYTES:
            return False
    except FileNotFoundError:
        return False
    lock = path.with_name(path.name + ".rotating")
    if not _take(lock):
        return False                  # another process is rotating it right now
    try:
        if path.stat().st_size < MAX_BYTES:      # it rotated it just before we took the lock
            return False
        for n in range(BACKUPS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
        os.replace(path, path.with_name(path.name + ".1"))
        return True
    except OSError:                   # open in another process (Windows): rotate at a later start
        return False
    finally:
        lock.unlink(missing_ok=True)


def _take(lock: Path) -> bool:
    for _attempt in range(2):
        try:
            os.close(os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            return True
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime < STALE_LOCK_SECONDS:
                    return False
                lock.unlink()         # its process died mid-rotation; take it over once
            except FileNotFoundError:
                pass
        except OSError:
            return False
    return False
