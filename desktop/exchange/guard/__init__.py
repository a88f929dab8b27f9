"""Checks a workbook file must pass before any parser sees it. Import reads registers through
here; verify, merge and plan import reuse it for signed workbooks.

Only a regular file is opened. An .xlsx is a zip: too many entries, too much uncompressed data
or an extreme compression ratio is refused as unsafe; then every XML part is parsed, streaming,
the way a reader sees it (``package``, ``sheet_scan``). A password-protected .xlsx is not a zip
but an OLE file, so an OLE file named .xlsx is refused as encrypted; a legacy .xls is an OLE
file by nature, bounded when it is read (``reading``). CSV is read by ``delimited``.
"""
from __future__ import annotations

from pathlib import Path

from .files import kind_of, open_regular, regular_size
from .limits import DEFAULT_LIMITS, Limits, UnsafeWorkbook
from .package import check_zip
from desktop.messages import Message, QT_TRANSLATE_NOOP

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

__all__ = ["DEFAULT_LIMITS", "Limits", "UnsafeWorkbook", "check_file", "kind_of", "regular_size"]


def check_file(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> str:
    """Raise UnsafeWorkbook unless the file may be parsed; return its kind."""
    path = Path(path)
    kind = kind_of(path)
    size = regular_size(path)
    if size > limits.max_file_bytes:
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 有 {1} MB，超过 {2} MB 的上限，请拆分后再导入"),
                                     path.name, size // 1024 // 1024, limits.max_file_bytes // 1024 // 1024))
    if size == 0:
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 是空文件"), path.name), "malformed")
    with open_regular(path) as fh:                # the one handle every check reads
        try:
            head = fh.read(8)
        except OSError as exc:
            raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "无法读取文件 {0}：{1}"),
                                         path.name, exc.strerror or exc), "malformed") from None
        _check_head(path, kind, head, fh, limits)
    return kind


def _check_head(path: Path, kind: str, head: bytes, fh, limits: Limits) -> None:
    if kind == "xlsx":
        if head.startswith(OLE_MAGIC):
            raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 设有打开密码（已加密）或不是 xlsx 格式。请在 Excel 中取消密码，或另存为“Excel 工作簿 (*.xlsx)”后再导入"),
                                         path.name), "malformed")
        if not head.startswith(ZIP_MAGIC):
            raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 不是有效的 xlsx 工作簿（可能已损坏，或只是改了扩展名）"),
                                         path.name),
                                 "malformed")
        fh.seek(0)
        check_zip(path, fh, limits)
    elif kind == "xls" and not head.startswith(OLE_MAGIC):
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 不是有效的 xls 工作簿（可能已损坏，或只是改了扩展名）"),
                                     path.name), "malformed")
