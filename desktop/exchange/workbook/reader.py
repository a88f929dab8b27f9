"""Read a signed workbook back with python-calamine and check it against its own signature.

The workbook is guarded and parsed in the reading child (``desktop.exchange.guard``) before any
of it is looked at here, the 签名信息 sheet included; a refusal comes back as the reading's
status (unsafe / malformed). This answers only "is the file intact and signed by the key it names"; whether that key is
trusted for the office it claims is the caller's question (office verify, district merge)."""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.security import keys
from desktop.exchange.guard import UnsafeWorkbook
from desktop.exchange.guard.reading import Book, load_book, read_book

from .cells import CellError
from .digest import ContentDigest, signed_message
from .sheets import FORMAT, SIGNATURE_SHEET, Column
from desktop.messages import Message, QT_TRANSLATE_NOOP

REQUIRED_META = ("format", "sheets", "schema", "fingerprint", "public_key", "digest", "signature", "row_counts")


@dataclass
class Reading:
    status: str                    # intact | tampered | bad_signature | unsigned | malformed | unsafe
    reason: str
    meta: dict[str, str] = field(default_factory=dict)
    sheets: dict[str, list[list[str]]] = field(default_factory=dict)   # canonical rows, header first
    public_raw: bytes = b""

    @property
    def fingerprint(self) -> str:
        return self.meta.get("fingerprint", "")


def read_signed(path: Path, *, keep_rows: bool = True, book: Book | None = None) -> Reading:
    """``book``: the workbook already read (by ``read_books``); otherwise it is read here."""
    if book is None:
        try:
            book = read_book(path)
        except UnsafeWorkbook as exc:
            return Reading(exc.reason, exc.message)
    return judge(book, keep_rows=keep_rows)


def read_own(path: Path, *, keep_rows: bool = True) -> Reading:
    """A workbook this program has just written, read back in this process without the guard."""
    return judge(load_book(path, guard=False), keep_rows=keep_rows)


def judge(book: Book, *, keep_rows: bool = True) -> Reading:
    if SIGNATURE_SHEET not in book.sheets:
        return Reading("unsigned", Message(QT_TRANSLATE_NOOP("core", "文件中没有数字签名：不是本程序导出的报送表，或签名页已被删除")))
    sig_rows = book.sheets[SIGNATURE_SHEET]
    try:
        stored = {str(r[0]): str(r[1]) for r in sig_rows if len(r) >= 2 and r[0] != ""}
    except Exception as exc:
        return Reading("malformed", Message(QT_TRANSLATE_NOOP("core", "签名页无法读取：{0}"), exc))
    missing = [k for k in REQUIRED_META if k not in stored]
    if missing:
        return Reading("malformed", Message(QT_TRANSLATE_NOOP("core", "签名页缺少字段：{0}"), '、'.join(missing)))
    if stored["format"] != FORMAT:
        return Reading("malformed", Message(QT_TRANSLATE_NOOP("core", "报送表格式版本 {0} 不是本程序支持的 {1}"),
                                            stored['format'], FORMAT))
    try:
        names = json.loads(stored["sheets"])
        schema = json.loads(stored["schema"])
        counts = json.loads(stored["row_counts"])
        public_raw = base64.b64decode(stored["public_key"], validate=True)
        signature = base64.b64decode(stored["signature"], validate=True)
    except (ValueError, TypeError) as exc:
        return Reading("malformed", Message(QT_TRANSLATE_NOOP("core", "签名页内容损坏：{0}"), exc))
    meta = {k: v for k, v in stored.items() if k not in ("digest", "signature", "row_counts")}
    reading = Reading("intact", "", meta=stored, public_raw=public_raw)

    actual = [n for n in book.names if n != SIGNATURE_SHEET]
    if actual != names:
        return _tampered(reading, Message(QT_TRANSLATE_NOOP("core", "工作表被增加、删除、改名或调换了顺序")))
    digest = ContentDigest(meta)
    try:
        for name in names:
            spec = schema[name]
            headerless = not spec["header"]
            rows = book.sheets[name]
            columns = [Column.from_spec(f"列{i + 1}", s) for i, s in enumerate(spec["columns"])]
            digest.start_sheet(name, columns)
            kept = []
            for index, row in enumerate(rows):
                cells = digest.add_row(row, as_text=(index == 0 and not headerless))
                if keep_rows:
                    kept.append(cells)
            while kept and not kept[-1]:
                kept.pop()
            data_rows = len(kept) - (0 if headerless else 1) if keep_rows else None
            if keep_rows and data_rows != counts.get(name):
                return _tampered(reading, Message(QT_TRANSLATE_NOOP("core", "工作表「{0}」的行数与签名时不同"), name))
            reading.sheets[name] = kept
    except CellError as exc:
        return _tampered(reading, Message(QT_TRANSLATE_NOOP("core", "有单元格内容与签名时的类型不符：{0}"), exc))
    except (KeyError, IndexError, TypeError) as exc:
        return Reading("malformed", Message(QT_TRANSLATE_NOOP("core", "签名页的表结构说明损坏：{0}"), exc))
    if digest.hexdigest() != stored["digest"]:
        return _tampered(reading, Message(QT_TRANSLATE_NOOP("core", "数据内容与签名时不同：有单元格被修改、增加、删除或调换")))
    if keys.fingerprint(public_raw).replace(" ", "") != stored["fingerprint"].replace(" ", ""):
        return Reading("bad_signature", Message(QT_TRANSLATE_NOOP("core", "签名页中的公钥与指纹不符")), meta=stored)
    if not keys.verify(public_raw, signature, signed_message(stored["digest"])):
        reading.status, reading.reason = "bad_signature", Message(QT_TRANSLATE_NOOP("core", "数字签名无效：签名与内容不符，可能被伪造"))
        return reading
    return reading


def _tampered(reading: Reading, reason: str) -> Reading:
    reading.status, reading.reason = "tampered", Message(QT_TRANSLATE_NOOP("core", "内容已被改动：{0}"), reason)
    reading.sheets = {}
    return reading
