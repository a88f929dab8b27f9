"""An .xlsx as its readers find their way through it.

python-calamine opens xl/workbook.xml and xl/_rels/workbook.xml.rels by name and resolves each
sheet's target its own way ("/x" → "x", anything else → "xl/" + target); openpyxl follows
[Content_Types].xml and resolves targets against the workbook part's folder. The sheet parts
are every target either reader could reach, wherever they are stored and whatever they are
named; every other XML part is read too, and one whose root is a sheet is read as a sheet."""
from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

from .limits import Limits, UnsafeWorkbook
from .sheet_scan import SheetTotals, scan_sheet
from .xml_parts import Parts, Reclassify
from desktop.messages import Message, QT_TRANSLATE_NOOP

WORKBOOK = "xl/workbook.xml"
SHARED_STRINGS = "xl/sharedStrings.xml"
SHEET_TYPES = ("/worksheet", "/chartsheet", "/dialogsheet", "/xlMacrosheet", "/xlIntlMacrosheet")
_SHEET_CONTENT = ("worksheet+xml", "chartsheet+xml", "dialogsheet+xml", "macrosheet+xml")
_WORKBOOK_CONTENT = ("sheet.main+xml", "sheet.macroEnabled.main+xml", "template.main+xml")
_XML_SUFFIXES = (".xml", ".rels", ".vml")


def check_zip(path: Path, fh, limits: Limits) -> None:
    """Structure, entry count, encryption, declared sizes and ratios; then every part."""
    try:
        with zipfile.ZipFile(fh) as zf:
            entries = zf.infolist()
            _check_entries(path, entries, limits)
            scan_package(Parts(path, zf, limits))
    except (zipfile.BadZipFile, OSError, EOFError):
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 不是有效的 xlsx 工作簿（压缩结构损坏）"), path.name), "malformed") from None


def _check_entries(path: Path, entries: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(entries) > limits.max_entries:
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 内部条目过多（{1} 个），疑似恶意构造，已拒绝"),
                                     path.name, len(entries)))
    if any(e.flag_bits & 0x1 for e in entries):
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 内部有加密内容，无法读取"), path.name), "malformed")
    names = [e.filename for e in entries]
    # two entries of one name: the guard and a reader might each take a different one
    if len({n.lower() for n in names}) != len(names) or any("\\" in n or n.startswith("/") for n in names):
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 内部有重名或路径异常的条目，疑似恶意构造，已拒绝"), path.name))
    total = sum(e.file_size for e in entries)
    if total > limits.max_uncompressed_bytes:
        raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 解压后超过 {1} MB，疑似“压缩炸弹”，已拒绝"),
                                     path.name, limits.max_uncompressed_bytes // 1024 // 1024))
    for e in entries:
        if e.compress_size and e.file_size / e.compress_size > limits.max_ratio and e.file_size > 1024 * 1024:
            raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} 中的 {1} 压缩比异常（{2} 倍），疑似“压缩炸弹”，已拒绝"),
                                         path.name, e.filename, e.file_size // e.compress_size))


def _rels_of(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _targets(part: str, target: str) -> set[str]:
    """Where each reader looks for a relationship's target of ``part``."""
    calamine = target[1:] if target.startswith("/") else "xl/" + target
    opc = posixpath.normpath(target.lstrip("/") if target.startswith("/")
                             else posixpath.join(posixpath.dirname(part), target))
    return {calamine, opc}


def _roles(parts: Parts, names: set[str]) -> tuple[set[str], set[str]]:
    """(sheet parts, shared-string parts) as either reader would find them."""
    sheets, shared = {n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")}, set()
    workbooks = {WORKBOOK}
    if SHARED_STRINGS in names:
        shared.add(SHARED_STRINGS)
    if "[Content_Types].xml" in names:
        for _, attrs in parts.elements("[Content_Types].xml", frozenset({"Override"})):
            target, kind = attrs.get("PartName", "").lstrip("/"), attrs.get("ContentType", "")
            if kind.endswith(_SHEET_CONTENT):
                sheets.add(target)
            elif kind.endswith("sharedStrings+xml"):
                shared.add(target)
            elif kind.endswith(_WORKBOOK_CONTENT):
                workbooks.add(target)
    if "_rels/.rels" in names:
        for _, attrs in parts.elements("_rels/.rels", frozenset({"Relationship"})):
            if attrs.get("Type", "").endswith("/officeDocument"):
                workbooks |= _targets("", attrs.get("Target", ""))
    for workbook in workbooks & names:
        rels = _rels_of(workbook)
        if rels not in names:
            continue
        for _, attrs in parts.elements(rels, frozenset({"Relationship"})):
            kind, reach = attrs.get("Type", ""), _targets(workbook, attrs.get("Target", "")) & names
            if kind.endswith("/sharedStrings"):
                shared |= reach
            elif kind.endswith(SHEET_TYPES) or not kind.endswith(("/styles", "/theme")):
                sheets |= reach          # unknown kinds too: calamine takes any target a <sheet> names
    return sheets & names, shared & names


def scan_package(parts: Parts) -> None:
    names = {i.filename for i in parts.zf.infolist() if not i.is_dir()}
    sheets, shared = _roles(parts, names)
    others = {n for n in names if n.lower().endswith(_XML_SUFFIXES) or n == "[Content_Types].xml"} - sheets - shared
    for part in sorted(others):
        try:
            parts.scan_other(part)
        except Reclassify as found:
            (sheets if found.root != "sst" else shared).add(part)
    if len(shared) > 1:
        raise parts.refuse("中有多份共享字符串表，疑似恶意构造，已拒绝", "malformed")
    if len(sheets) > parts.limits.max_sheets:
        raise parts.refuse(f"有 {len(sheets)} 个工作表，超出本程序接受的范围，已拒绝")
    lengths = parts.shared_string_lengths(next(iter(shared))) if shared else []
    totals = SheetTotals()
    for part in sorted(sheets):
        scan_sheet(parts, part, lengths, totals)
    if WORKBOOK not in names:       # after the parts: a bomb is named a bomb, not a broken file
        raise parts.refuse("中没有 xl/workbook.xml，不是有效的 xlsx 工作簿", "malformed")
