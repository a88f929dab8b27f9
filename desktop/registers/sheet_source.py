"""Read the first sheet of an .xlsx, .xls or CSV file into rows of cells, behind the guard.

Cells come as calamine gives them: str, float, int, bool, date, datetime; '' for empty.
CSV is read as UTF-8 (with or without BOM) or, failing that, GBK/GB18030 as Excel on a
Chinese Windows saves it."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from python_calamine import CalamineWorkbook

from desktop.workbook_guard import UnsafeWorkbook, check_file


def read_rows(path: Path | str) -> list[list]:
    path = Path(path)
    kind = check_file(path)
    if kind == "csv":
        return _csv_rows(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
        for index, meta in enumerate(book.sheets_metadata):
            if str(meta.visible).endswith("Visible") and not str(meta.visible).endswith("Hidden"):
                rows = book.get_sheet_by_index(index).to_python(skip_empty_area=False)
                if any(any(c != "" for c in r) for r in rows):
                    return rows
    except UnsafeWorkbook:
        raise
    except Exception as exc:   # calamine raises its own types for every kind of damage
        raise UnsafeWorkbook(f"文件 {path.name} 无法读取（{type(exc).__name__}），可能已损坏或设有密码。"
                             "请在 Excel 中打开并另存为 .xlsx 后再导入", "malformed") from None
    return []


def _csv_rows(path: Path) -> list[list]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UnsafeWorkbook(f"文件 {path.name} 的编码无法识别，请在 Excel 中另存为“CSV UTF-8”后再导入", "malformed")
    return [row for row in csv.reader(io.StringIO(text, newline=""))]
