"""A table pasted from Excel or WPS (tab-separated text) as an import source, so it goes through
the same layout finder, column matching, checks and write as an imported file.

With a header row the columns are matched by their headers, as for a file; without one they are
taken in the register's field order and the clerk corrects the match in the dialog. Every cell
arrives as text, so an 18-digit ID keeps all its digits.
"""
from __future__ import annotations

from pathlib import Path

from desktop.exchange import sheet_text
from desktop.errors import UserError
from desktop.plan.model import Register

from .column_match import importable, match_columns
from .importer import ImportSource
from .layout import find_layout
from desktop.messages import QT_TRANSLATE_NOOP

PASTED_NAME = "粘贴的表格"


def source_from_text(text: str, register: Register) -> ImportSource:
    grid = sheet_text.parse(text)
    if not any(any(c.strip() for c in row) for row in grid):
        raise UserError(QT_TRANSLATE_NOOP("core", "剪贴板中没有表格内容。请先在 Excel 或 WPS 中选中要导入的行（可含表头）并复制，再粘贴"))
    layout = find_layout(grid, register)
    if not layout.headers:
        # No header row: assume the register's own column order and number rows as pasted.
        labels = [f.label for f in importable(register)]
        width = max(len(r) for r in grid)
        header = (labels + [f"第{i + 1}列" for i in range(len(labels), width)])[:width]
        layout = find_layout([header] + grid, register)
        layout.header_rows = []
        layout.rows = [(n - 1, cells) for n, cells in layout.rows]
    return ImportSource(Path(PASTED_NAME), layout, match_columns(layout.headers, register))
