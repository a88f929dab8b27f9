"""The canonical content of a workbook and its SHA-256 digest.

Metadata first (sorted keys), then each sheet in order: its name and column types, then every
row as canonical strings with trailing empty cells dropped; trailing empty rows are dropped too.
The signed message is domain-separated so a signature can never be replayed as another kind."""
from __future__ import annotations

import hashlib
import json

from .cells import canon_text, canonicaliser
from .sheets import FORMAT, Column

SIGNED_PREFIX = f"{FORMAT}/signed-digest\n".encode()


_quote = json.encoder.encode_basestring
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))   # built once: dumps() with options builds one per call


def _line(obj) -> bytes:
    return _ENCODER.encode(obj).encode("utf-8") + b"\n"


class ContentDigest:
    """Fed row by row, in file order, by the writer (from source values) or the reader (from cells)."""

    def __init__(self, meta: dict[str, str]):
        self._hash = hashlib.sha256()
        self._hash.update(_line(["meta", sorted(meta.items())]))
        self._pending_empty = 0
        self._canon: list = []
        self._mirror = None

    def mirror(self, other: "ContentDigest | None") -> None:
        """Hash every following line into ``other`` as well, until ``mirror(None)``: a second
        digest over the same rows (the export's content digest) without canonicalising them twice."""
        self._mirror = other._hash if other is not None else None

    def _update(self, data: bytes) -> None:
        self._hash.update(data)
        if self._mirror is not None:
            self._mirror.update(data)

    def add_sheet(self, sheet) -> None:
        """A whole ``workbook.sheets.Sheet``: its name and columns, its header, its rows."""
        self.start_sheet(sheet.name, sheet.columns)
        if sheet.header:
            self.add_row([c.header for c in sheet.columns], as_text=True)
        for values in sheet.rows:
            self.add_row(values)

    def start_sheet(self, name: str, columns: list[Column]) -> None:
        self._pending_empty = 0
        self._canon = [canonicaliser(c.type, c.places, c.choices) for c in columns]
        self._update(_line(["sheet", name, [c.spec() for c in columns]]))

    def add_row(self, values, *, as_text: bool = False) -> list[str]:
        """Canonicalise and hash one row; returns its canonical cells (header rows: as_text)."""
        canon = self._canon
        if as_text:
            cells = [canon_text(v) for v in values]
        else:
            cells = [f(v) for f, v in zip(canon, values)]
            if len(values) > len(canon):
                cells += [canon_text(v) for v in values[len(canon):]]
        while cells and cells[-1] == "":
            cells.pop()
        if not cells:
            self._pending_empty += 1      # only counts if a non-empty row follows
            return cells
        if self._pending_empty:
            self._update(b"[]\n" * self._pending_empty)
            self._pending_empty = 0
        # the same bytes json.dumps(ensure_ascii=False) gives for a list of strings, without its overhead
        line = ("[" + ",".join(map(_quote, cells)) + "]\n").encode("utf-8")
        self._hash.update(line)
        if self._mirror is not None:
            self._mirror.update(line)
        return cells

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def signed_message(digest_hex: str) -> bytes:
    return SIGNED_PREFIX + digest_hex.encode("ascii")
