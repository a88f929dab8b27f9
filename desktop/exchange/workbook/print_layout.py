"""How a signed workbook's sheets lie on paper: column widths, margins and row heights.

Spreadsheet programs do not re-measure wrapped rows when they open a file (LibreOffice keeps
the 15 pt default, so a wrapped 说明 prints cut to its first line): the height of each wrapped
row is worked out here from its text. None of this is content; the signature does not cover it.
"""
from __future__ import annotations

import math
import unicodedata

LINE_HEIGHT = 16.5                # points per line at 11 pt (a Chinese font's lines are taller than 15)
_SHORT_TYPES = frozenset({"integer", "decimal", "yes_no", "date"})   # values shorter than their header


def text_units(text: str) -> int:
    """Width in column units (the width of a digit): a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def column_width(col) -> float:
    """The declared width, or one from the header: a figure column's long header wraps onto two
    lines instead of widening the column (小额担保贷款（万元） over 2.00)."""
    if col.width:
        return col.width
    units = text_units(col.header)
    if col.type in _SHORT_TYPES and units > 12:
        return max(10, math.ceil(units / 2) + 2)
    return max(8, min(40, units + 4))


def lines_needed(value, width: float) -> int:
    if value is None:
        return 1
    room = max(1.0, width - 1.5)           # cell padding
    return sum(max(1, math.ceil(text_units(part) / room)) for part in str(value).split("\n"))


def row_height(values, widths: list[float]) -> float | None:
    """The height a wrapped row needs, or None when one line is enough."""
    lines = max((lines_needed(v, w) for v, w in zip(values, widths) if isinstance(v, str)), default=1)
    return lines * LINE_HEIGHT if lines > 1 else None


def set_margins(ws) -> None:
    """Narrow side margins: the page's width goes to the columns, so the fitted print is larger."""
    m = ws.page_margins
    m.left = m.right = 0.4
    m.top = m.bottom = 0.75
    m.header = m.footer = 0.3
