"""One writer per database: the lock file ``<db>.lock`` the window and every writing command take.

The lock is an operating-system lock on the open file (``flock`` on POSIX, ``LockFile`` through
``msvcrt.locking`` on Windows), so it goes away with the process that held it, whatever way that
process ends: a stale file never blocks anyone. ``flock`` belongs to the open file, not to the
process, so nothing else the holder opens and closes can drop it (unlike POSIX ``fcntl`` locks).
Who holds it (window or command, user, pid, computer, since when) is written inside as one JSON
line, so a refused command can say which window to close. On Windows the locked byte lies far
beyond that text, so others can still read it.
"""
from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.errors import UserError
from desktop.messages import QT_TRANSLATE_NOOP, Message

WINDOWS_LOCK_OFFSET = 1 << 30     # the byte locked on Windows: never part of the owner's text
MAX_OWNER_BYTES = 4096


@dataclass(frozen=True)
class Owner:
    kind: str           # "window" or "command"
    user: str
    pid: int
    host: str
    since: str          # ISO time the lock was taken
    command: str = ""

    def describe(self) -> str:
        since = self.since.replace("T", " ")[:16]
        who = Message(QT_TRANSLATE_NOOP("core", "用户 {0}，"), self.user) if self.user else ""
        where = "" if self.host == socket.gethostname() else Message(QT_TRANSLATE_NOOP("core", "电脑 {0}，"), self.host)
        if self.kind == "window":
            return Message(QT_TRANSLATE_NOOP("core", "已在窗口中打开（{0}{1}进程号 {2}，{3} 起）"), who, where, self.pid, since)
        if self.command:
            return Message(QT_TRANSLATE_NOOP("core", "正由命令 {0} 使用（{1}{2}进程号 {3}，{4} 起）"), self.command, who,
                           where, self.pid, since)
        return Message(QT_TRANSLATE_NOOP("core", "正由命令行程序使用（{0}{1}进程号 {2}，{3} 起）"), who, where, self.pid, since)


class DatabaseInUse(UserError):
    """Another window or writing command holds the database; ``owner`` None when unreadable."""

    def __init__(self, message: str, owner: Owner | None):
        super().__init__(message)
        self.owner = owner


def lock_path(db_path: Path | str) -> Path:
    return Path(str(db_path) + ".lock")


class InstanceLock:
    """Held from ``acquire`` until ``release`` (or the end of the process)."""

    def __init__(self, path: Path, fd: int, owner: Owner):
        self.path, self._fd, self.owner = path, fd, owner

    def set_user(self, user: str) -> None:
        """The window learns its user only after login; the next refusal names them."""
        if self._fd is not None:
            self.owner = Owner(**{**self.owner.__dict__, "user": user})
            _write_owner(self._fd, self.owner)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)       # the text goes first, while the lock still guards it
            _unlock(fd)
        finally:
            os.close(fd)              # the file stays: deleting it would race a new holder

    def __enter__(self) -> "InstanceLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def acquire(db_path: Path | str, *, kind: str, user: str = "", command: str = "") -> InstanceLock:
    """Take the database's lock, or raise DatabaseInUse naming who holds it and what to do."""
    path = lock_path(db_path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    if not _try_lock(fd):
        os.close(fd)
        owner = read_owner(db_path)
        raise DatabaseInUse(in_use_message(db_path, owner, kind), owner)
    owner = Owner(kind=kind, user=user, pid=os.getpid(), host=socket.gethostname(),
                  since=datetime.now().isoformat(timespec="seconds"), command=command)
    try:
        _write_owner(fd, owner)
    except OSError:
        _unlock(fd)
        os.close(fd)
        raise
    return InstanceLock(path, fd, owner)


def holder(db_path: Path | str) -> Owner | None:
    """Who holds the lock now, or None when nobody does (the text of a dead holder is ignored)."""
    path = lock_path(db_path)
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
    finally:
        os.close(fd)
    return read_owner(db_path) or Owner("command", "", 0, "", "")


def read_owner(db_path: Path | str) -> Owner | None:
    try:
        with open(lock_path(db_path), "rb") as f:
            data = json.loads(f.read(MAX_OWNER_BYTES).decode("utf-8"))
        return Owner(kind=str(data["kind"]), user=str(data.get("user", "")), pid=int(data["pid"]),
                     host=str(data.get("host", "")), since=str(data.get("since", "")),
                     command=str(data.get("command", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None      # being rewritten, or written by something else: say less, refuse anyway


def in_use_message(db_path: Path | str, owner: Owner | None, wanted: str) -> str:
    state = owner.describe() if owner else Message(QT_TRANSLATE_NOOP("core", "正被另一个窗口或命令行程序使用"))
    if wanted == "window":
        todo = QT_TRANSLATE_NOOP("core", "请切换到那个窗口继续工作；如果是命令行程序，请等它结束后再打开。")
    elif owner is not None and owner.kind == "window":
        todo = QT_TRANSLATE_NOOP("core", "请在该窗口中完成此操作，或先关闭该窗口（退出程序）后再运行此命令；只查看数据的命令可以照常运行。")
    else:
        todo = QT_TRANSLATE_NOOP("core", "请等它结束后再运行此命令。")
    return Message(QT_TRANSLATE_NOOP("core", "数据库 {0} {1}，为防止数据丢失，现在不能修改它。{2}"), db_path, state,
                   Message(todo))


def _write_owner(fd: int, owner: Owner) -> None:
    text = json.dumps(owner.__dict__, ensure_ascii=False).encode("utf-8") + b"\n"
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text)
    os.fsync(fd)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
