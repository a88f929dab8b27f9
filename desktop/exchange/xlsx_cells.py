"""Cells for workbooks we write with openpyxl's write-only mode.

Text is always stored as text: a value starting with = + - @ never becomes a formula (openpyxl
would otherwise treat '=…' as one, and Excel re-evaluates '+…', '-…', '@…' on edit). ID and
phone columns are text cells with the '@' format so Excel never turns them into numbers."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from openpyxl.cell import WriteOnlyCell

DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def text_cell(ws, value) -> WriteOnlyCell:
    """A string cell; one a spreadsheet would take for a formula also gets Excel's quote prefix."""
    text = "" if value is None else str(value)
    cell = WriteOnlyCell(ws, value=None)
    cell.value = text          # set, then force the type: openpyxl infers a formula from '='
    cell.data_type = "s"
    cell.number_format = TEXT_FORMAT
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True
    return cell


def value_cell(ws, value, places: int | None = None) -> WriteOnlyCell:
    """Numbers as numbers, dates as dates, every string as text."""
    if value is None or isinstance(value, str):
        cell = WriteOnlyCell(ws, value=value)
        if isinstance(value, str):
            cell.data_type = "s"
        return cell
    if isinstance(value, Decimal):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "0." + "0" * places if places else "0"
        return cell
    if isinstance(value, (date, datetime)):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return WriteOnlyCell(ws, value=value)
