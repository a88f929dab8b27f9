"""A verified file's status, and the one opening both verifications share.

Office verify (``office_verify``) and district merge (``merge``) first do the same steps: take
the reading child's refusal, or read the workbook back and check its signature and digest
(``workbook.reader.read_signed``). ``open_signed`` is those steps; each caller then asks its own
question of an intact reading (this office's key; the trust store and the ledger)."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, TypeVar

from desktop.exchange.guard import UnsafeWorkbook
from desktop.exchange.guard.reading import Book
from desktop.exchange.statuses import file_status
from desktop.exchange.workbook.reader import Reading, read_signed


@dataclass(frozen=True)
class FileStatus:
    file: str
    status: str
    reason: str
    office: str = ""
    period: str = ""
    revision: str = ""
    fingerprint: str = ""

    def __post_init__(self):
        file_status(self.status)        # only a status of the registry can be answered

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def of(cls, path: Path, reading: Reading | None, status: str, reason: str):
        """The status of ``path``, with what its signature sheet says (nothing when unread)."""
        meta = reading.meta if reading is not None else {}
        return cls(file=str(path), status=status, reason=reason, **cls.from_meta(meta, reading))

    @classmethod
    def from_meta(cls, meta: dict, reading: Reading | None) -> dict:
        return {"office": meta.get("unit_code", ""), "period": meta.get("period", ""),
                "revision": meta.get("revision", ""), "fingerprint": meta.get("fingerprint", "")}


S = TypeVar("S", bound=FileStatus)


def open_signed(path: Path, make: Callable[..., S], book: Book | UnsafeWorkbook | None = None
                ) -> tuple[Reading | None, S | None]:
    """(reading, None) when the file is intact and its signature holds; otherwise (None, the
    refusal made by ``make``). ``book``: the file as the reading child gave it, or its refusal;
    None reads it now (through the guard)."""
    if isinstance(book, UnsafeWorkbook):
        return None, make(path, None, book.reason, book.message)
    reading = read_signed(path, book=book)
    if reading.status != "intact":
        return None, make(path, reading, reading.status, reading.reason)
    return reading, None
