"""Which files may be opened at all: a known extension and a regular file.

A FIFO, a device or a directory named .xlsx is refused from its stat, before any open(): opening
a FIFO blocks for ever, a device never ends. The file is then opened without blocking and
checked again, so a file swapped for a FIFO in between is refused too."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .limits import UnsafeWorkbook
from desktop.messages import Message, QT_TRANSLATE_NOOP


def kind_of(path: Path) -> str:
    """'xlsx', 'xls' or 'csv' by file name; anything else is refused."""
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".xls", ".csv"):
        return suffix[1:]
    raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "不支持的文件类型「{0}」：请选择 .xlsx、.xls 或 .csv 文件"),
                                 suffix or Message(QT_TRANSLATE_NOOP("core", "无扩展名"))), "malformed")


def _not_regular(path: Path, mode: int) -> UnsafeWorkbook:
    what = Message(QT_TRANSLATE_NOOP("core", "文件夹") if stat.S_ISDIR(mode)
                   else QT_TRANSLATE_NOOP("core", "管道、设备或其他特殊文件"))
    return UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "{0} 是{1}，不是普通文件，未读取。请选择 Excel 或 CSV 文件本身"),
                                  path.name, what), "malformed")


def regular_size(path: Path) -> int:
    """The size of a regular file; anything else is refused without opening it."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "找不到文件 {0}，请确认文件位置是否正确"), path.name), "malformed") from None
    except OSError as exc:
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "无法读取文件 {0}：{1}"),
                                     path.name, exc.strerror or exc), "malformed") from None
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(path, info.st_mode)
    return info.st_size


def open_regular(path: Path):
    """A binary file object of a regular file, opened without blocking and checked again."""
    regular_size(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "无法读取文件 {0}：{1}"),
                                     path.name, exc.strerror or exc), "malformed") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise _not_regular(path, mode)
    return os.fdopen(fd, "rb")
