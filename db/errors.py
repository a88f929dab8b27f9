"""Storage errors carry a plain Chinese message; the CLI shows it as is, the window translates
it (desktop.messages: the message keeps its template)."""
from __future__ import annotations

import sqlite3

from db.messages import QT_TRANSLATE_NOOP, Message


class UserError(Exception):
    """An error the user can act on; its Chinese message is shown as is (desktop.errors has it).

    Defined here so that a storage problem is one too: every ``except UserError`` in the window
    and the CLI shows a busy or full database plainly instead of an internal error.

    ``UserError(QT_TRANSLATE_NOOP("core", "「{0}」不能为负数"), name)``: ``message`` is then a
    ``desktop.messages.Message`` (the Chinese text, with template and arguments for the window)."""

    def __init__(self, message: str, *args):
        if args or not isinstance(message, Message):
            message = Message(message, *args)      # a plain text is its own template
        super().__init__(message)
        self.message = message


class StorageError(UserError):
    """A database problem the user must act on (corrupt file, wrong folder, busy, full, ...)."""


class DatabaseCorrupt(StorageError):
    pass


class DatabaseBusy(StorageError):
    """Another connection held the write lock longer than this connection waits."""


class DiskFull(StorageError):
    """SQLite could not grow the file (disk full, or the file's page limit); nothing was saved."""


class ReadOnlyDatabase(StorageError):
    """A write through a connection opened read-only (or on a file that may not be written)."""


class NewerDatabase(StorageError):
    """The file was written by a newer version of the program: this build never writes it."""


BUSY_MESSAGE = QT_TRANSLATE_NOOP("core", "数据库正被另一个操作占用（如另一个窗口、命令行程序或正在进行的导入），本次修改未保存。"
                "请稍等片刻后重试；如一直如此，请关闭其他正在使用该数据库的程序。")
READ_ONLY_MESSAGE = QT_TRANSLATE_NOOP("core", "数据库以只读方式打开（或文件、文件夹没有写入权限），本次修改未保存。"
                     "请确认数据库文件可写后重试。")
FULL_MESSAGE = QT_TRANSLATE_NOOP("core", "磁盘空间已满（或数据库已达到大小上限），本次修改未保存，已保存的数据不受影响。"
                "请清理磁盘空间（删除不需要的文件、清空回收站）后重试。")


def storage_error(exc: BaseException) -> StorageError | None:
    """The plain-language error for a SQLite failure the user can act on, or None for a bug."""
    if isinstance(exc, StorageError):
        return exc
    if not isinstance(exc, sqlite3.Error):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return DatabaseBusy(BUSY_MESSAGE)
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return DiskFull(FULL_MESSAGE)
    if name.startswith("SQLITE_READONLY"):
        return ReadOnlyDatabase(READ_ONLY_MESSAGE)
    return None
