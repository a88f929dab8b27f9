"""Find the table inside a clerk's sheet: the header row (below a merged title, or two header
rows), the data rows, and the footer (填表人：… 联系电话：…) to leave out. Fully empty rows
and columns are ignored."""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.plan.model import Register

from .column_match import field_for, is_derived_header

HEADER_SEARCH_ROWS = 15
_FOOTER = re.compile(r"^(填表人|填报人|制表人|审核人|负责人|单位负责人|分管领导|联系电话|联系人|填表日期|"
                     r"制表日期|填报日期|报送日期|合计|总计|小计|备注[:：]|说明[:：]|注[:：])")


@dataclass
class Layout:
    headers: list[str]                       # one per kept column, as written in the file
    columns: list[int]                       # each kept column's index in the sheet
    header_rows: list[int]                   # 1-based sheet rows forming the header
    rows: list[tuple[int, list]]             # (1-based sheet row, cells of the kept columns)
    footer_rows: list[int]


def _filled(cell) -> bool:
    return not (cell is None or (isinstance(cell, str) and not cell.strip()))


def _text(cell) -> str:
    return str(cell).strip() if _filled(cell) else ""


def _score(row: list, register: Register) -> int:
    return sum(1 for c in row if isinstance(c, str) and (field_for(c, register) or is_derived_header(c, register)))


def is_footer(row: list) -> bool:
    first = next((c for c in row if _filled(c)), None)
    if not isinstance(first, str) or not _FOOTER.match(first.strip()):
        return False
    cells = [c for c in row if _filled(c)]
    return bool(cells) and len(cells) <= 4 and isinstance(cells[0], str) and bool(_FOOTER.match(cells[0].strip()))


def find_layout(grid: list[list], register: Register) -> Layout:
    width = max((len(r) for r in grid), default=0)
    grid = [r if len(r) == width else list(r) + [""] * (width - len(r)) for r in grid]
    scores = [_score(r, register) for r in grid[:HEADER_SEARCH_ROWS]]
    if not scores or max(scores) < 2:
        return Layout([], [], [], [], [])
    best = scores.index(max(scores))
    header_rows = [best]
    labels = [_text(c) for c in grid[best]]
    # A second header row: the row above (group titles over merged cells) or below (sub-columns)
    # supplies the labels this row leaves empty or cannot match.
    for other in (best - 1, best + 1):
        if 0 <= other < len(grid) and _score(grid[other], register) >= 1 \
                and not _data_like(grid[other]):
            used = False
            for i, cell in enumerate(grid[other]):
                here_ok = field_for(labels[i], register) or is_derived_header(labels[i], register)
                if _filled(cell) and not here_ok and (field_for(_text(cell), register) or not labels[i]):
                    labels[i], used = _text(cell), True
            if used:
                header_rows.append(other)
    start = max(header_rows) + 1
    body, footer = [], []
    for r in range(start, len(grid)):
        row = grid[r]
        filled = width - row.count("")          # C speed; whitespace-only cells checked below
        if filled == 0 or (filled < 3 and not any(_filled(c) for c in row)):
            continue
        if is_footer(row):
            footer.append(r + 1)
            continue
        body.append((r + 1, row))
    keep = [i for i in range(width) if labels[i] or any(row[i] != "" and _filled(row[i]) for _, row in body)]
    headers = [labels[i] or f"第{i + 1}列" for i in keep]
    rows = body if len(keep) == width else [(n, [row[i] for i in keep]) for n, row in body]
    return Layout(headers, keep, sorted(h + 1 for h in header_rows), rows, footer)


def _data_like(row: list) -> bool:
    """A row holding numbers or dates is data, not a header."""
    return any(not isinstance(c, str) and _filled(c) for c in row)
