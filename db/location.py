"""Where a database may live: never on a network share, where SQLite's file locks do not hold
and two PCs writing at once corrupt the file."""
from __future__ import annotations

import ntpath
import sys
from pathlib import Path

from .errors import StorageError
from db.messages import QT_TRANSLATE_NOOP

DRIVE_REMOTE = 4


def is_network_path(path: str) -> bool:
    """A UNC path (\\\\server\\share\\…), or on Windows a drive letter mapped to a network share."""
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "//?/", "\\\\.\\")):
        return True
    if text.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = ntpath.splitdrive(str(Path(text).resolve()))[0]
        if drive.startswith("\\\\"):
            return True
        if drive:
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
    return False


def check_local(path) -> None:
    if is_network_path(str(path)):
        raise StorageError(
            QT_TRANSLATE_NOOP("core", "数据库不能放在网络共享文件夹中（{0}）：SQLite 的文件锁在网络共享上不可靠，多台电脑同时使用会损坏数据。请把数据库复制到本机磁盘（如 D:\\台账）后再打开。"),
            path)
