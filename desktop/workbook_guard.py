"""Checks a workbook file must pass before any parser sees it: size, zip structure, zip bombs,
encryption. Import reads registers through here; verify and merge reuse it for submissions.

An .xlsx is a zip: too many entries, too much uncompressed data or an extreme compression
ratio is refused as unsafe. A password-protected .xlsx is not a zip but an OLE file, so an
OLE file named .xlsx is refused as encrypted; a legacy .xls is an OLE file by nature.
"""
from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import UserError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024
    max_entries: int = 2000
    max_uncompressed_bytes: int = 1024 * 1024 * 1024
    max_ratio: int = 200
    max_rows: int = 250_000          # any sheet: more rows than any register we hold
    max_columns: int = 200
    max_cells: int = 5_000_000       # rows × columns of a sheet's used range, what a reader allocates


DEFAULT_LIMITS = Limits()


class UnsafeWorkbook(UserError):
    """Refused before parsing; ``reason`` is a short status word for reports (unsafe/malformed)."""

    def __init__(self, message: str, reason: str = "unsafe"):
        super().__init__(message)
        self.reason = reason


def kind_of(path: Path) -> str:
    """'xlsx', 'xls' or 'csv' by file name; anything else is refused."""
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".xls", ".csv"):
        return suffix[1:]
    raise UnsafeWorkbook(f"不支持的文件类型「{suffix or '无扩展名'}」：请选择 .xlsx、.xls 或 .csv 文件", "malformed")


def check_file(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> str:
    """Raise UnsafeWorkbook unless the file may be parsed; return its kind."""
    path = Path(path)
    kind = kind_of(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise UnsafeWorkbook(f"无法读取文件 {path.name}：{exc.strerror or exc}", "malformed") from None
    if size > limits.max_file_bytes:
        raise UnsafeWorkbook(f"文件 {path.name} 有 {size // 1024 // 1024} MB，超过 "
                             f"{limits.max_file_bytes // 1024 // 1024} MB 的上限，请拆分后再导入")
    if size == 0:
        raise UnsafeWorkbook(f"文件 {path.name} 是空文件", "malformed")
    if kind == "xlsx":
        if head.startswith(OLE_MAGIC):
            raise UnsafeWorkbook(f"文件 {path.name} 设有打开密码（已加密）或不是 xlsx 格式。请在 Excel 中"
                                 "取消密码，或另存为“Excel 工作簿 (*.xlsx)”后再导入", "malformed")
        if not head.startswith(ZIP_MAGIC):
            raise UnsafeWorkbook(f"文件 {path.name} 不是有效的 xlsx 工作簿（可能已损坏，或只是改了扩展名）",
                                 "malformed")
        _check_zip(path, size, limits)
        _scan_parts(path, limits)
    elif kind == "xls" and not head.startswith(OLE_MAGIC):
        raise UnsafeWorkbook(f"文件 {path.name} 不是有效的 xls 工作簿（可能已损坏，或只是改了扩展名）", "malformed")
    return kind


def _check_zip(path: Path, size: int, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            entries = zf.infolist()
    except (zipfile.BadZipFile, OSError):
        raise UnsafeWorkbook(f"文件 {path.name} 不是有效的 xlsx 工作簿（压缩结构损坏）", "malformed") from None
    if len(entries) > limits.max_entries:
        raise UnsafeWorkbook(f"文件 {path.name} 内部条目过多（{len(entries)} 个），疑似恶意构造，已拒绝")
    if any(e.flag_bits & 0x1 for e in entries):
        raise UnsafeWorkbook(f"文件 {path.name} 内部有加密内容，无法读取", "malformed")
    total = sum(e.file_size for e in entries)
    if total > limits.max_uncompressed_bytes:
        raise UnsafeWorkbook(f"文件 {path.name} 解压后超过 {limits.max_uncompressed_bytes // 1024 // 1024} MB，"
                             "疑似“压缩炸弹”，已拒绝")
    for e in entries:
        if e.compress_size and e.file_size / e.compress_size > limits.max_ratio and e.file_size > 1024 * 1024:
            raise UnsafeWorkbook(f"文件 {path.name} 中的 {e.filename} 压缩比异常（{e.file_size // e.compress_size} 倍），"
                                 "疑似“压缩炸弹”，已拒绝")


_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")
_CELL = re.compile(rb'<(?:\w+:)?c r="([A-Z]{1,3})([0-9]{1,7})"')
# a literal start lets the regex engine skip ahead fast; it also matches a prefixed <x:c r="…">
_ROW_OF_CELL = re.compile(rb'c r="[A-Z]{1,3}([0-9]{1,7})"')
_COLUMN_OF_CELL = re.compile(rb'c r="([A-Z]{1,3})[0-9]')
_CHUNK = 1 << 20


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _scan_parts(path: Path, limits: Limits) -> None:
    """Stream every part once, trusting none of the sizes the zip claims: refuse DTDs and entity
    declarations (XML bombs, external entities), formula cells (named by address), and cells
    beyond the rows and columns any sheet of ours can have (the <dimension> tag is ignored)."""
    total = 0
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            sheet = info.filename.startswith("xl/worksheets/")
            tail, extent = b"", [0, 0]
            try:
                with zf.open(info) as part:
                    while chunk := part.read(_CHUNK):
                        total += len(chunk)
                        if total > limits.max_uncompressed_bytes:
                            raise UnsafeWorkbook(f"文件 {path.name} 解压后超过 {limits.max_uncompressed_bytes // 2 ** 20} MB"
                                                 "（压缩包中声明的大小与实际不符），疑似“压缩炸弹”，已拒绝")
                        window = tail + chunk
                        if b"<!" in window and _DTD.search(window):      # the plain test is far cheaper
                            raise UnsafeWorkbook(f"文件 {path.name} 的 {info.filename} 含有 DTD 或实体声明"
                                                 "（可能是 XML 炸弹或外部实体攻击），已拒绝")
                        if sheet:
                            _check_cells(path, window, limits, extent)
                        tail = window[-256:]
            except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
                raise UnsafeWorkbook(f"文件 {path.name} 不完整或已损坏（{info.filename}：{exc}）", "malformed") from None


def _check_cells(path: Path, window: bytes, limits: Limits, extent: list[int]) -> None:
    # markup is never escaped, text always is: without "<f" or ":f" there is no formula element
    found = _FORMULA.search(window) if (b"<f" in window or b":f" in window) else None
    if found:
        cell = list(_CELL.finditer(window, 0, found.start()))
        where = (cell[-1].group(1) + cell[-1].group(2)).decode() if cell else "（位置未知）"
        raise UnsafeWorkbook(f"文件 {path.name} 的数据表中有公式（单元格 {where}）。报送表和台账只接受数值，"
                             "请在 Excel 中复制后“选择性粘贴为数值”再使用")
    # findall and max run in C; a sheet has few distinct column names, so only those are converted
    rows = _ROW_OF_CELL.findall(window)
    if not rows:
        return
    extent[0] = max(extent[0], max(map(int, rows)))
    extent[1] = max(extent[1], max(map(_column_number, set(_COLUMN_OF_CELL.findall(window)))))
    if extent[0] > limits.max_rows or extent[1] > limits.max_columns or extent[0] * extent[1] > limits.max_cells:
        for m in _CELL.finditer(window):                # name the first cell out of range
            row, col = int(m.group(2)), _column_number(m.group(1))
            if row > limits.max_rows or col > limits.max_columns or row * col > limits.max_cells:
                break
        raise UnsafeWorkbook(f"文件 {path.name} 有单元格位于 {(m.group(1) + m.group(2)).decode()}，"
                             f"超出本程序接受的范围（{limits.max_rows:,} 行、{limits.max_columns} 列），已拒绝")
