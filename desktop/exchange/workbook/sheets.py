"""What a workbook holds: named sheets of typed columns. The same description writes the file,
reads it back and canonicalises it, so the three can never disagree."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .cells import TYPES

SIGNATURE_SHEET = "签名信息"
FORMAT = "street-ledger/workbook/1"


@dataclass(frozen=True)
class Column:
    header: str
    type: str = "text"            # one of cells.TYPES
    places: int | None = None     # decimal places, for "decimal"
    choices: tuple[str, ...] = ()  # the fixed order of a "multi" column
    width: float | None = None
    # How the column prints; not content, so neither in the schema nor under the signature:
    thousands: bool = False       # numbers with a thousands separator (1,634)
    align: str = ""               # "right": text that reads as a figure (62.5%) lines up with numbers
    hidden: bool = False          # kept for the program (indicator ids), not shown or printed
    percent: bool = False         # a ratio cell (0.935) shown and printed as 93.5%

    def __post_init__(self):
        if self.type not in TYPES:
            raise ValueError(f"unknown column type {self.type}")

    def spec(self) -> list:
        return [self.type, self.places, list(self.choices)]

    @classmethod
    def from_spec(cls, header: str, spec: list) -> "Column":
        return cls(header=header, type=spec[0], places=spec[1], choices=tuple(spec[2]))


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    rows: Iterable[Sequence] = ()
    header: bool = True            # a first row of column headers, frozen and filtered;
                                   # form-like sheets (封面) have none
    wrap: bool = False             # wrap long text in every cell (small sheets only: it styles each cell)
    # The printed page's title (宁海路街道 2023年11月 指标进度（第2版）); print setup, not content:
    # a title row would move the rows the signature reads by position. Empty: the sheet name.
    print_title: str = ""
    # A row's own number formats by column index (≤ 2% on an upper limit), in styled columns
    # (thousands/align/percent); print setup, the values stay as they are:
    cell_formats: Callable[[Sequence], dict[int, str]] | None = None
