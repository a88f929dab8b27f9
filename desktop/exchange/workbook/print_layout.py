"""How a signed workbook's sheets lie on paper: column widths, margins and row heights.

Spreadsheet programs do not re-measure wrapped rows when they open a file (LibreOffice keeps
the 15 pt default, so a wrapped 说明 prints cut to its first line): the height of each wrapped
row is worked out here from its text. None of this is content; the signature does not cover it.
"""
from __future__ import annotations

import math
import unicodedata
from decimal import Decimal

PAGE_FOOTER = "第 &P 页，共 &N 页"
LINE_HEIGHT = 16.5                # points per line at 11 pt (a Chinese font's lines are taller than 15)
_SHORT_TYPES = frozenset({"integer", "decimal", "yes_no", "date"})   # values shorter than their header
SIDE_MARGIN = 0.4                 # inches
PAGE_WIDTH = (11.69 - 2 * SIDE_MARGIN) * 72     # points across A4 landscape between the margins
BODY_POINTS = 11                  # the cells' font size
READABLE_POINTS = 9               # no page is shrunk below this
FLOW_SCALE = 90                   # a sheet too wide to fit readably prints at 90% (9.9 pt) over more pages


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


def column_points(width: float) -> float:
    """A column's printed width in points (Excel: 7 pixels a unit plus 5 of padding, at 96 dpi)."""
    return (7 * width + 5) * 0.75


def fit_scale(widths) -> float:
    """The scale at which columns of these widths fill one page width (above 1: they fit as they are)."""
    return PAGE_WIDTH / max(1.0, sum(column_points(w) for w in widths))


def set_page(ws, widths, *, title: str = "", header: bool = True) -> None:
    """A4 landscape, ``title`` (or the sheet name) on top, 第 x 页，共 y 页 below, cell lines, the
    header row on every page. A sheet whose visible columns (``widths``) fit one page width at a
    readable size (≥ 9 pt) is fitted to the width; a wider one (a register of 20 fields) is not
    shrunk to 5 pt: it prints at 90% and its columns flow onto further pages, left to right, each
    repeating the header row and the first two columns (序号 and the name) so every page is read alone."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"          # A4
    if min(1.0, fit_scale(widths)) * BODY_POINTS >= READABLE_POINTS:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    else:
        ws.page_setup.scale = FLOW_SCALE
        ws.page_setup.pageOrder = "overThenDown"
        if header and len(widths) > 2:
            ws.print_title_cols = "A:B"
    # "&" starts a header code: a literal one is doubled
    ws.oddHeader.center.text = title.replace("&", "&&") if title else "&A"
    ws.oddHeader.center.size = 12
    ws.oddFooter.center.text = PAGE_FOOTER
    ws.print_options.gridLines = True
    set_margins(ws)
    if header:
        ws.print_title_rows = "1:1"


def number_format(value) -> str | None:
    """#,##0 with as many decimals as the number has (1,634; 2.50), or None for a non-number."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return None
    places = max(0, -value.as_tuple().exponent) if isinstance(value, Decimal) and value.is_finite() else 0
    return "#,##0" + ("." + "0" * places if places else "")


def limit_format(value, unit: str) -> str | None:
    """An upper limit printed as one: ≤ 2% for a target of 2 in %, the cell still the number 2."""
    base = number_format(value)
    return None if base is None else '"≤ "' + base + ('"%"' if unit == "%" else "")


def set_margins(ws) -> None:
    """Narrow side margins: the page's width goes to the columns, so the fitted print is larger."""
    m = ws.page_margins
    m.left = m.right = SIDE_MARGIN
    m.top = m.bottom = 0.75
    m.header = m.footer = 0.3
