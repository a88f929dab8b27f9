"""Stream one XML part of a workbook through expat, as a parser sees it.

Every part is read in 1 MB chunks, its real size counted (the sizes a zip declares are not
trusted), and refused on a DTD or an entity declaration (XML bombs, external entities) before
any of it is expanded. Element and attribute names come namespace-resolved, so prefixes,
attribute order, quotes and spaces are the parser's business, not ours. Handlers are plain
functions called by expat; nothing is built into a tree."""
from __future__ import annotations

import xml.parsers.expat
import zipfile
import zlib
from pathlib import Path

from .limits import Limits, UnsafeWorkbook
from desktop.messages import Message, QT_TRANSLATE_NOOP

CHUNK = 1 << 20
SEP = " "                          # expat joins namespace and local name with it: "uri local"
SML = frozenset({"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                 "http://purl.oclc.org/ooxml/spreadsheetml/main", ""})
SHEET_ROOTS = frozenset({"worksheet", "chartsheet", "dialogsheet", "macrosheet"})


class Reclassify(Exception):
    """A part read as ordinary turned out to be a sheet or a shared-string table by its root."""

    def __init__(self, root: str):
        super().__init__(root)
        self.root = root


def split(name: str) -> tuple[str, str]:
    uri, _, local = name.rpartition(SEP)
    return uri, local


class Parts:
    """The zip of one workbook, and what reading its parts has used so far."""

    def __init__(self, path: Path, zf: zipfile.ZipFile, limits: Limits):
        self.path, self.zf, self.limits = path, zf, limits
        self.total_bytes = 0

    def refuse(self, text: str, reason: str = "unsafe") -> UnsafeWorkbook:
        return UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "文件 {0} {1}"), self.path.name, text), reason)

    def parser(self, part: str, namespaces: bool = True):
        """``namespaces=False`` for sheets: names stay "prefix:local", as calamine matches them, and
        the parser does a third less work on the largest parts."""
        p = xml.parsers.expat.ParserCreate(namespace_separator=SEP) if namespaces else \
            xml.parsers.expat.ParserCreate()
        p.buffer_text = True

        def dtd(*_args):
            raise self.refuse(f"的 {part} 含有 DTD 或实体声明（可能是 XML 炸弹或外部实体攻击），已拒绝")
        p.StartDoctypeDeclHandler = dtd
        p.EntityDeclHandler = dtd
        p.UnparsedEntityDeclHandler = dtd
        p.ExternalEntityRefHandler = dtd
        return p

    def feed(self, part: str, p, limit: int) -> int:
        """Parse the part to its end; return its real uncompressed size."""
        size = 0
        try:
            with self.zf.open(part) as fh:
                while chunk := fh.read(CHUNK):
                    size += len(chunk)
                    self.total_bytes += len(chunk)
                    if self.total_bytes > self.limits.max_uncompressed_bytes:
                        raise self.refuse(f"解压后超过 {self.limits.max_uncompressed_bytes // 2 ** 20} MB"
                                          "（压缩包中声明的大小与实际不符），疑似“压缩炸弹”，已拒绝")
                    if size > limit:
                        raise self.refuse(f"中的 {part} 超过 {limit // 2 ** 20} MB，超出本程序接受的范围，已拒绝")
                    p.Parse(chunk, False)
            p.Parse(b"", True)
        except xml.parsers.expat.ExpatError as exc:
            raise self.refuse(f"的 {part} 不是有效的 XML（{xml.parsers.expat.ErrorString(exc.code)}，"
                              f"第 {exc.lineno} 行），可能已损坏", "malformed") from None
        except (zipfile.BadZipFile, EOFError, OSError, zlib.error, NotImplementedError) as exc:
            raise self.refuse(f"不完整或已损坏（{part}：{exc}）", "malformed") from None
        return size

    def elements(self, part: str, wanted: frozenset[str]) -> list[tuple[str, dict]]:
        """(local name, attributes) of the wanted elements of a small structural part."""
        found: list[tuple[str, dict]] = []
        p = self.parser(part)

        def start(name, attrs):
            local = split(name)[1]
            if local in wanted:
                if len(found) >= self.limits.max_entries * 4:
                    raise self.refuse(f"的 {part} 条目过多，疑似恶意构造，已拒绝")
                found.append((local, attrs))
        p.StartElementHandler = start
        self.feed(part, p, self.limits.max_part_bytes)
        return found

    def check_count(self, part: str, attrs: dict) -> None:
        for key in ("count", "uniqueCount"):
            value = attrs.get(key)
            if value is not None and not (value.isascii() and value.isdigit()
                                          and int(value) <= self.limits.max_count_attribute):
                raise self.refuse(f"的 {part} 声明了 {value} 个条目，超出本程序接受的范围，疑似恶意构造，已拒绝")

    def scan_other(self, part: str) -> None:
        """Any part that is neither a sheet nor the shared strings: no formula element of
        SpreadsheetML, no count a reader would reserve memory for, a bounded size."""
        p = self.parser(part)
        seen_root = []

        def start(name, attrs):
            uri, local = split(name)
            if not seen_root:
                seen_root.append(local)
                if local in SHEET_ROOTS or local == "sst":
                    raise Reclassify(local)
            if local == "f" and uri in SML:
                raise self.refuse(f"的 {part} 中有公式。报送表和台账只接受数值，"
                                  "请在 Excel 中复制后“选择性粘贴为数值”再使用")
            if attrs:
                self.check_count(part, attrs)
        p.StartElementHandler = start
        self.feed(part, p, self.limits.max_part_bytes)

    def shared_string_lengths(self, part: str) -> list[int]:
        """The length of every shared string, in order; count and text bounded."""
        limits, lengths = self.limits, []
        total = [0]
        p = self.parser(part)

        def start(name, attrs):
            local = split(name)[1]
            if local == "si":
                if len(lengths) >= limits.max_shared_strings:
                    raise self.refuse(f"的共享字符串超过 {limits.max_shared_strings:,} 条，疑似恶意构造，已拒绝")
                lengths.append(0)
            elif local == "sst":
                self.check_count(part, attrs)

        def text(data):
            if lengths:
                lengths[-1] += len(data)
            total[0] += len(data)
            if total[0] > limits.max_shared_chars:
                raise self.refuse(f"的共享字符串超过 {limits.max_shared_chars:,} 个字符，疑似恶意构造，已拒绝")
        p.StartElementHandler = start
        p.CharacterDataHandler = text
        self.feed(part, p, max(limits.max_part_bytes, limits.max_shared_chars * 4))
        return lengths
