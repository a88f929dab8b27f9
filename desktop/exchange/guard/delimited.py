"""Read a CSV list streaming, bounded like a workbook: rows (blank lines included), columns,
cells and the length of one field. A file of blank lines stops at the row limit instead of
filling memory; an over-long field is refused with its row, not an internal error.

Encoding: UTF-8 (with or without BOM) or, failing that, GBK/GB18030 as Excel on a Chinese
Windows saves it; the first encoding that decodes the whole file wins."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from .files import open_regular, regular_size
from .limits import DEFAULT_LIMITS, Limits, UnsafeWorkbook
from desktop.messages import Message, QT_TRANSLATE_NOOP

ENCODINGS = ("utf-8-sig", "gb18030")


def read_csv(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[list[str]]:
    path = Path(path)
    size = regular_size(path)
    if size > limits.max_csv_bytes:
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 有 {1} MB，超过 {2} MB 的上限，请拆分后再导入"),
                                     path.name, size // 2 ** 20, limits.max_csv_bytes // 2 ** 20))
    for encoding in ENCODINGS:
        try:
            return _rows(path, encoding, limits)
        except UnicodeDecodeError:
            continue
    raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 的编码无法识别，请在 Excel 中另存为“CSV UTF-8”后再导入"),
                                 path.name), "malformed")


def _rows(path: Path, encoding: str, limits: Limits) -> list[list[str]]:
    rows: list[list[str]] = []
    cells = 0
    with open_regular(path) as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
        reader = csv.reader(text)
        while True:
            try:
                row = next(reader, None)
            except csv.Error as exc:           # the csv module's own field limit (131,072)
                raise _long_field(path, reader.line_num, limits) if "field larger" in str(exc) else \
                    UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 第 {1} 行不是有效的 CSV（{2}）"),
                                           path.name, reader.line_num, exc), "malformed") from None
            if row is None:
                return rows
            if len(rows) >= limits.max_rows:
                raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 超过 {1} 行（空行也计算在内），超出本程序接受的范围，请删除多余的空行或拆分后再导入"),
                                             path.name, format(limits.max_rows, ',')))
            if len(row) > limits.max_columns:
                raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 第 {1} 行有 {2} 列，超过 {3} 列的上限，已拒绝"),
                                             path.name, len(rows) + 1, len(row), limits.max_columns))
            if any(len(cell) > limits.max_field_chars for cell in row):
                raise _long_field(path, reader.line_num, limits)
            cells += len(row)
            if cells > limits.max_total_cells:
                raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 的单元格超过 {1} 个，超出本程序接受的范围，请拆分后再导入"),
                                             path.name, format(limits.max_total_cells, ',')))
            rows.append(row)


def _long_field(path: Path, line: int, limits: Limits) -> UnsafeWorkbook:
    return UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 第 {1} 行有一个单元格超过 {2} 个字符（Excel 一个单元格最多容纳这么多），可能不是台账名单或已损坏，已拒绝"),
                                  path.name, line, format(limits.max_field_chars, ',')), "malformed")
