"""Read back a workbook we have just written, one row at a time, and check it as a reader
would: every cell against the digest, the row counts, the key it names and its signature.

The same checks as ``reader.read_signed``, without holding any sheet's rows as Python lists
(a 200,000-row register would otherwise cost some hundred MB on top of calamine's own copy).
The file is our own temporary file, written a moment ago, so it needs no hostile-file guard."""
from __future__ import annotations

import base64
import json
from pathlib import Path

import python_calamine

from desktop.security import keys

from .cells import CellError
from .digest import ContentDigest, signed_message
from .sheets import SIGNATURE_SHEET, Column

_NOT_META = ("digest", "signature", "row_counts")


def problem_in_written(path: Path, fingerprint: str) -> str | None:
    """None when the file reads back intact and signed by ``fingerprint``; else the reason."""
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        stored = {str(r[0]): str(r[1]) for r in _rows(book.get_sheet_by_name(SIGNATURE_SHEET))
                  if len(r) >= 2 and r[0] != ""}
        names, schema = json.loads(stored["sheets"]), json.loads(stored["schema"])
        counts = json.loads(stored["row_counts"])
        public_raw = base64.b64decode(stored["public_key"], validate=True)
        signature = base64.b64decode(stored["signature"], validate=True)
        if [n for n in book.sheet_names if n != SIGNATURE_SHEET] != names:
            return "工作表与写入时不同"
        digest = ContentDigest({k: v for k, v in stored.items() if k not in _NOT_META})
        for name in names:
            spec = schema[name]
            digest.start_sheet(name, [Column.from_spec(f"列{i + 1}", s) for i, s in enumerate(spec["columns"])])
            header = bool(spec["header"])
            filled = 0                      # rows up to the last non-empty one, as the reader counts
            for index, row in enumerate(_rows(book.get_sheet_by_name(name))):
                if digest.add_row(row, as_text=(index == 0 and header)):
                    filled = index + 1
            if filled - (1 if header else 0) != counts.get(name):
                return f"工作表「{name}」的行数与写入时不同"
        book.close()
    except (CellError, KeyError, IndexError, TypeError, ValueError) as exc:
        return f"内容与写入时不同：{exc}"
    except Exception as exc:  # calamine raises its own error types for a file it cannot read
        return f"无法读取刚写出的文件：{exc}"
    if digest.hexdigest() != stored["digest"]:
        return "数据内容与签名时不同"
    wanted = fingerprint.replace(" ", "")
    if stored["fingerprint"].replace(" ", "") != wanted or keys.fingerprint(public_raw).replace(" ", "") != wanted:
        return "签名密钥不符"
    if not keys.verify(public_raw, signature, signed_message(stored["digest"])):
        return "数字签名无效"
    return None


def _rows(sheet):
    """Every row from A1, as ``to_python(skip_empty_area=False)`` gives them, streamed."""
    if sheet.start not in (None, (0, 0)):       # leading empty rows or columns: not ours, take the slow way
        yield from sheet.to_python(skip_empty_area=False)
        return
    yield from sheet.iter_rows()
