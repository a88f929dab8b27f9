"""Every cell position of one sheet part, as python-calamine places it.

A row without ``r`` follows the previous row; a cell without ``r`` takes the next column of
its row. Cells are recognised by local name whatever their prefix or nesting, as calamine does;
a cell reference is parsed whatever its case. The sheet is refused when any position, the
declared <dimension>, a merged or hyperlinked range, or the text its shared-string cells draw
exceeds the limits; any formula element is refused, named by its cell. Names are read without
namespace processing: calamine matches local names whatever the prefix, and so do we."""
from __future__ import annotations

from .limits import Limits
from .xml_parts import Parts

DIGITS = "0123456789"
_CELL, _ROW, _FORMULA, _RANGE, _VALUE, _COUNTED = 1, 2, 3, 4, 5, 6
_KINDS = {"c": _CELL, "row": _ROW, "f": _FORMULA, "dimension": _RANGE, "mergeCell": _RANGE,
          "hyperlink": _RANGE, "v": _VALUE, "mergeCells": _COUNTED, "hyperlinks": _COUNTED}


def column_letters(n: int) -> str:
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


class SheetTotals:
    """What every sheet of one workbook has used together."""

    def __init__(self):
        self.cells = self.area = self.bytes = self.referenced = 0


def scan_sheet(parts: Parts, part: str, shared: list[int], totals: SheetTotals) -> None:
    limits: Limits = parts.limits
    columns: dict[str, int] = {}
    kinds: dict[str, int] = {}
    text: list[str] = []
    p = parts.parser(part, namespaces=False)

    def bad(what: str):
        return parts.refuse(f"的工作表 {part} 中{what}，无法识别，可能已损坏或被恶意构造", "malformed")

    def too_far(row: int, col: int):
        return parts.refuse(f"有单元格位于 {column_letters(col)}{row}，超出本程序接受的范围"
                            f"（{limits.max_rows:,} 行、{limits.max_columns} 列），已拒绝")

    def column_of(ref: str, letters: str) -> int:
        if not (0 < len(letters) <= 3 and letters.isascii() and letters.isalpha()):
            raise bad(f"有单元格位置「{ref[:20]}」")
        number = 0
        for ch in letters.upper():
            number = number * 26 + ord(ch) - 64
        columns[letters] = number
        return number

    def position(ref: str) -> tuple[int, int]:
        letters = ref.rstrip(DIGITS)
        number = columns.get(letters) or column_of(ref, letters)
        digits = ref[len(letters):]
        if not digits or len(digits) > 7:
            raise bad(f"有单元格位置「{ref[:20]}」")
        return int(digits), number

    def too_wide(rows: int, cols: int):
        return parts.refuse(f"的工作表 {part} 用到 {rows:,} 行 × {cols} 列（{rows * cols:,} 个单元格），超出本程序"
                            f"接受的 {limits.max_cells:,} 个单元格，请拆分后再导入")

    def check_range(ref: str) -> None:
        corners = [position(end) for end in ref.split(":", 1)]
        rows = max(r for r, _ in corners)
        cols = max(c for _, c in corners)
        if rows > limits.max_rows or cols > limits.max_columns:
            raise too_far(rows, cols)
        if rows * cols > limits.max_cells:
            raise too_wide(rows, cols)
        if len(corners) == 2:        # openpyxl makes a cell object for each position of a range
            totals.cells += (abs(corners[1][0] - corners[0][0]) + 1) * (abs(corners[1][1] - corners[0][1]) + 1)

    def end_value(name):
        p.CharacterDataHandler = p.EndElementHandler = None
        if name.rpartition(":")[2] != "v":
            raise bad("共享字符串单元格的值中嵌有其他元素")
        index = "".join(text).strip()
        text.clear()
        if index.isascii() and index.isdigit() and int(index) < len(shared):
            totals.referenced += shared[int(index)]
            if totals.referenced > limits.max_referenced_chars:
                raise parts.refuse(f"的单元格引用共享字符串共超过 {limits.max_referenced_chars:,} 个字符，"
                                   "疑似“共享字符串炸弹”，已拒绝")

    row = col = max_row = max_col = cells = 0
    shared_cell = False
    last_digits = ""
    max_rows, max_columns = limits.max_rows, limits.max_columns
    room = limits.max_total_cells - totals.cells

    def start(name, attrs):
        nonlocal row, col, max_row, max_col, cells, shared_cell, last_digits
        kind = kinds.get(name)
        if kind is None:
            kind = kinds[name] = _KINDS.get(name.rpartition(":")[2], 0)
        if kind == _CELL:            # the hot path: one call per cell, kept flat
            ref = attrs.get("r")
            if ref is None:
                col += 1
                if row > max_row or not row:
                    max_row = row = row or 1
            else:
                letters = ref.rstrip(DIGITS)
                col = columns.get(letters) or column_of(ref, letters)
                digits = ref[len(letters):]
                if digits != last_digits:    # the cells of one row share it: parse once per row
                    if not digits or len(digits) > 7:
                        raise bad(f"有单元格位置「{ref[:20]}」")
                    last_digits, here = digits, int(digits)
                    if here > max_row:
                        max_row = here
                        if here > max_rows:
                            raise too_far(here, col)
            if col > max_col:
                max_col = col
                if col > max_columns:
                    raise too_far(row, col)
            cells += 1
            if cells > room:
                raise parts.refuse(f"的单元格超过 {limits.max_total_cells:,} 个，超出本程序接受的范围，请拆分后再导入")
            shared_cell = attrs.get("t") == "s"
        elif not kind:
            return
        elif kind == _VALUE:
            if shared_cell:
                shared_cell = False
                p.CharacterDataHandler, p.EndElementHandler = text.append, end_value
        elif kind == _ROW:
            ref = attrs.get("r")
            if ref is None:
                row += 1
            elif ref.isascii() and ref.isdigit() and 0 < len(ref) <= 7:
                row = int(ref)
            else:
                raise bad(f"有行号「{ref[:20]}」")
            col = 0
            if row > max_rows:
                raise too_far(row, 1)
            if row > max_row:
                max_row = row
        elif kind == _FORMULA:
            where = f"{column_letters(col)}{row}" if col else "（位置未知）"
            raise parts.refuse(f"的数据表中有公式（单元格 {where}）。报送表和台账只接受数值，"
                               "请在 Excel 中复制后“选择性粘贴为数值”再使用")
        elif kind == _RANGE:
            if "ref" in attrs:
                check_range(attrs["ref"])
        else:
            parts.check_count(part, attrs)

    p.StartElementHandler = start
    totals.bytes += parts.feed(part, p, limits.max_sheet_bytes - totals.bytes)
    area = max_row * max_col
    if area > limits.max_cells:
        raise too_wide(max_row, max_col)
    totals.cells += cells
    totals.area += area
    if totals.area > limits.max_total_area:
        raise parts.refuse(f"各工作表的范围合计超过 {limits.max_total_area:,} 个单元格，超出本程序接受的范围，请拆分后再导入")
