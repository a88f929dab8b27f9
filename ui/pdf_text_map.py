"""The paper PDF's text layer says the characters that were printed.

Qt writes each embedded font's ToUnicode map by asking, for every code point from 0 upward,
which glyph the font draws it with, and keeps the first code point it meets per glyph. Chinese
fonts draw the Kangxi radical ⼯ (U+2F2F) and the ideograph 工 (U+5DE5) with one glyph, and
U+2F2F comes first: pdftotext, search and copy then give ⺠⼯⼈⽉ for 民工人月. Here each
radical in such a map is replaced by the ideograph the same font draws with that glyph. Code
points have four hex digits on both sides, so the stream keeps its length and every offset of
the file stays valid.
"""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtGui import QFont, QRawFont

RADICALS = range(0x2E80, 0x2FE0)          # CJK Radicals Supplement and Kangxi Radicals
IDEOGRAPHS = range(0x4E00, 0xA000)        # CJK Unified Ideographs
_REFERENCE = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_LENGTH = re.compile(rb"/Length\s+(\d+)\s*>>")
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")


@lru_cache(maxsize=8)
def _radical_map_for(family: str, style: str) -> dict[int, int]:
    font = QFont(family)
    font.setStyleName(style)
    raw = QRawFont.fromFont(font)
    if not raw.isValid():
        return {}
    ideographs = "".join(map(chr, IDEOGRAPHS))
    first = {}
    for ch, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs)):
        if glyph:
            first.setdefault(glyph, ord(ch))
    radicals = "".join(map(chr, RADICALS))
    return {ord(ch): first[glyph] for ch, glyph in zip(radicals, raw.glyphIndexesForString(radicals))
            if glyph in first}


def radical_map(font: QFont) -> dict[int, int]:
    """Radical code point → the ideograph ``font`` draws with the same glyph."""
    return _radical_map_for(font.family(), font.styleName())


def _mapped_line(line: bytes, sources: int, mapping: dict[int, int]) -> bytes:
    """A bfchar/bfrange line with its destination code points (after ``sources`` codes) mapped."""
    seen = 0

    def swap(match: re.Match) -> bytes:
        nonlocal seen
        seen += 1
        if seen <= sources:
            return match.group(0)
        code = int(match.group(1), 16)
        return b"<%04X>" % mapping.get(code, code)

    return _CODE.sub(swap, line)


def _lines(cmap: bytes):
    """Each line of ``cmap`` with how many glyph codes (sources) open it: 2 in a bfrange, 1 in a bfchar."""
    sources = 0
    for line in cmap.split(b"\n"):
        if line.endswith((b"beginbfrange", b"beginbfchar")) or line.startswith((b"endbfrange", b"endbfchar")):
            yield line, 0
            sources = 2 if line.endswith(b"beginbfrange") else 1 if line.endswith(b"beginbfchar") else 0
        else:
            yield line, sources


def fixed_cmap(cmap: bytes, mapping: dict[int, int]) -> bytes:
    """``cmap`` with radical destinations replaced; glyph codes (the sources) never change."""
    return b"\n".join(_mapped_line(line, n, mapping) if n else line for line, n in _lines(cmap))


def _cmap_spans(pdf: bytes):
    """(start, end) of each plain ToUnicode stream of ``pdf``; a filtered one is skipped."""
    for number in sorted({int(n) for n in _REFERENCE.findall(pdf)}):
        head = re.search(rb"(?:^|\n)%d 0 obj\s*(<<[^>]*>>)\s*stream\r?\n" % number, pdf)
        length = _LENGTH.search(head.group(1)) if head else None
        if length is not None and b"/Filter" not in head.group(1):
            yield head.end(), head.end() + int(length.group(1))


def fix_text_layer(pdf: bytes, font: QFont) -> bytes:
    """The PDF with every ToUnicode map's radicals read as the ideographs they were printed for."""
    mapping = radical_map(font)
    for start, end in _cmap_spans(pdf) if mapping else ():
        cmap = fixed_cmap(pdf[start:end], mapping)
        assert len(cmap) == end - start     # same length: the cross-reference offsets still hold
        pdf = pdf[:start] + cmap + pdf[end:]
    return pdf


def text_maps(pdf: bytes) -> list[dict[int, int]]:
    """Each ToUnicode map of ``pdf`` as glyph code → code point (what a text extractor outputs)."""
    maps = []
    for start, end in _cmap_spans(pdf):
        found = {}
        for line, n in _lines(pdf[start:end]):
            codes = [int(c, 16) for c in _CODE.findall(line)]
            if n == 1 and len(codes) == 2:
                found[codes[0]] = codes[1]
            elif n == 2 and len(codes) >= 3:
                first, last, targets = codes[0], codes[1], codes[2:]
                for k, glyph in enumerate(range(first, last + 1)):     # one target counts up the range
                    found[glyph] = targets[k] if b"[" in line else targets[0] + k
        maps.append(found)
    return maps
