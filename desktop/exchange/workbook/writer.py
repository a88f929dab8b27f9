"""Write a signed workbook with openpyxl's write-only mode, atomically.

The file is written under a temporary name in the target folder, read back and verified, and
only then renamed into place: a failure at any point leaves no partial file and any earlier
export untouched. Text that a spreadsheet would take for a formula (= + - @, tab, CR) is
written as a string cell with a quote prefix; ID and phone numbers are always text cells."""
from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Callable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.errors import UserError
from desktop.exchange.xlsx_cells import FORMULA_START, text_cell

from .cells import MULTI_SEPARATOR
from .digest import ContentDigest, signed_message
from .print_layout import PAGE_FOOTER, column_width, number_format, row_height, set_page  # noqa: F401 - PAGE_FOOTER is read here
from .written_check import problem_in_written
from .sheets import FORMAT, SIGNATURE_SHEET, Sheet
from desktop.messages import QT_TRANSLATE_NOOP

_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top", horizontal="left")
_HEADER = Alignment(wrap_text=True, vertical="center")
PERCENT_FORMAT = "0.0%"


def _print_setup(ws, sheet: Sheet, widths: list[float]) -> None:
    """Printed as the paper copy is read (print_layout.set_page). Page setup is not content: the
    signature does not cover it, and a re-saved file verifies."""
    set_page(ws, [w for w, c in zip(widths, sheet.columns) if not c.hidden], title=sheet.print_title,
             header=sheet.header)


@dataclass(frozen=True)
class WriteResult:
    path: Path
    digest: str
    row_counts: dict[str, int]


def _cell_value(value, ctype: str):
    """The value as it goes into the cell: never a float, never a formula."""
    if value is None:
        return None
    if ctype == "multi" and isinstance(value, (list, tuple)):
        return MULTI_SEPARATOR.join(value)
    if ctype == "yes_no" and isinstance(value, bool):
        return "是" if value else "否"
    if ctype in ("integer", "decimal") and isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return value
    if ctype in ("date", "auto") and isinstance(value, (date, datetime, int, Decimal)):
        return value
    return str(value)


def _write_sheet(wb: Workbook, sheet: Sheet, digest: ContentDigest, progress, decorate=None) -> int:
    ws = wb.create_sheet(sheet.name)
    cols = sheet.columns
    widths = [column_width(col) for col in cols]
    for i, col in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = widths[i - 1]
        if col.hidden:
            ws.column_dimensions[get_column_letter(i)].hidden = True
    if sheet.header:
        ws.freeze_panes = "A2"
    _print_setup(ws, sheet, widths)
    styled = [(i, c) for i, c in enumerate(cols) if c.thousands or c.align or c.percent]
    formats = sheet.cell_formats or (lambda row: {})
    digest.start_sheet(sheet.name, cols)
    rows_written = 0
    if sheet.header:
        header = []
        for col in cols:
            cell = text_cell(ws, col.header)
            cell.font = _BOLD
            cell.alignment = _HEADER
            header.append(cell)
        if height := row_height([c.header for c in cols], widths):
            ws.row_dimensions[1].height = height
        ws.append(header)
        digest.add_row([c.header for c in cols], as_text=True)
    for values in sheet.rows:
        out = []
        for i, value in enumerate(values):
            v = _cell_value(value, cols[i].type if i < len(cols) else "text")
            if isinstance(v, str) and v.startswith(FORMULA_START):
                v = text_cell(ws, v)
                if sheet.wrap:
                    v.alignment = _WRAP          # "+1.2个百分点" wraps and sits on top like its row
            elif sheet.wrap and v is not None:
                cell = WriteOnlyCell(ws, value=v)
                cell.alignment = _WRAP
                v = cell
            out.append(v)
        own = formats(values)
        for i, col in styled:
            v = out[i] if i < len(out) else None
            if v is None:
                continue
            cell = v if isinstance(v, Cell) else WriteOnlyCell(ws, value=v)   # a wrapped cell keeps its wrap
            fmt = own.get(i) or (PERCENT_FORMAT if col.percent else number_format(cell.value) if col.thousands else None)
            if fmt:
                cell.number_format = fmt
            if col.align == "right" or fmt:
                cell.alignment = Alignment(horizontal="right", vertical="top", wrap_text=sheet.wrap)
            out[i] = cell
        if sheet.wrap and (height := row_height(values, widths)):
            ws.row_dimensions[rows_written + 1 + sheet.header].height = height
        ws.append(out)
        digest.add_row(values)
        rows_written += 1
        if progress and rows_written % 5000 == 0:
            progress(sheet.name, rows_written)
    if sheet.header and cols:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{rows_written + 1}"
    if decorate is not None:
        decorate(ws, rows_written)
    return rows_written


def _follow(digest: ContentDigest, content: ContentDigest | None, stand_in: Sheet | None) -> None:
    """Before a sheet is written: ``content`` follows what the digest hashes, or takes a stand-in."""
    if content is None:
        return
    digest.mirror(None if stand_in is not None else content)
    if stand_in is not None:
        content.add_sheet(stand_in)


def _discard(wb: Workbook) -> None:
    """Finish the half-written sheets' temporary streams so nothing is left open behind us."""
    for ws in wb.worksheets:
        try:
            ws.close()
        except Exception:  # already closed, or its stream already failed: nothing more to do
            pass


def _verify_written(temp: Path, fingerprint: str) -> None:
    """What another program will read: the file as saved, read back a row at a time."""
    problem = problem_in_written(temp, fingerprint)
    if problem is not None:
        raise UserError(QT_TRANSLATE_NOOP("core", "写出后回读校验失败（{0}），未保存文件，请重试或联系技术支持"), problem)


def written_meta(meta: dict[str, str], sheets: list[Sheet], fingerprint: str = "",
                 public_raw: bytes = b"") -> dict[str, str]:
    """``meta`` with what the writer adds under the digest: format, sheet names, column schema, key."""
    schema = {s.name: {"columns": [c.spec() for c in s.columns], "header": s.header} for s in sheets}
    return dict(meta, format=FORMAT, sheets=json.dumps([s.name for s in sheets], ensure_ascii=False),
                schema=json.dumps(schema, ensure_ascii=False, sort_keys=True),
                fingerprint=fingerprint, public_key=base64.b64encode(public_raw).decode())


def write_signed(path: Path, meta: dict[str, str], sheets: list[Sheet], *,
                 sign: Callable[[bytes], bytes] | None, public_raw: bytes = b"", fingerprint: str = "",
                 overwrite: bool = False, progress: Callable[[str, int], None] | None = None,
                 decorations: dict[str, Callable] | None = None, content: ContentDigest | None = None,
                 content_sheets: dict[str, Sheet] | None = None) -> WriteResult:
    """Write ``sheets`` and a very hidden signature sheet to ``path``.

    ``meta`` holds the submission's facts (unit, period, revision, plan, export time); the column
    schema, key and format are added here and covered by the digest with it. A signed file is
    read back and verified against ``fingerprint`` before it takes its name. ``decorations`` maps a sheet
    name to ``f(worksheet, rows_written)``, called after its rows, to add drawings such as native
    charts: they are not cells, so the signature over the content does not cover them.
    With ``sign=None`` the same sheets are written without a signature sheet (a plan workbook
    from a database that has no district key to sign it with). ``content``: a second digest
    (its own metadata) fed the same canonical rows as they are written, except that a sheet
    named in ``content_sheets`` is fed that stand-in instead (the export's cover, with its time
    and revision held fixed): each row is canonicalised once for both."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise UserError(QT_TRANSLATE_NOOP("core", "文件 {0} 已存在，未覆盖。请换一个文件名，或先移走原文件"), path)
    sheets = list(sheets)
    full_meta = written_meta(meta, sheets, fingerprint, public_raw)
    digest = ContentDigest(full_meta)
    temp = path.with_name(f"~{path.stem}.{secrets.token_hex(4)}.partial.xlsx")
    wb = Workbook(write_only=True)
    try:
        decorations = decorations or {}
        counts = {}
        for s in sheets:
            _follow(digest, content, (content_sheets or {}).get(s.name))
            counts[s.name] = _write_sheet(wb, s, digest, progress, decorations.get(s.name))
        digest.mirror(None)
        digest_hex = digest.hexdigest()
        if sign is not None:
            signature = sign(signed_message(digest_hex))
            sig = wb.create_sheet(SIGNATURE_SHEET)
            sig.sheet_state = "veryHidden"
            rows = dict(full_meta, row_counts=json.dumps(counts, ensure_ascii=False),
                        digest=digest_hex, signature=base64.b64encode(signature).decode())
            for key in sorted(rows):
                sig.append([text_cell(sig, key), text_cell(sig, rows[key])])
        wb.save(temp)
        if sign is not None:
            _verify_written(temp, fingerprint)
        if path.exists() and not overwrite:
            raise UserError(QT_TRANSLATE_NOOP("core", "文件 {0} 已存在，未覆盖。请换一个文件名，或先移走原文件"), path)
        os.replace(temp, path)
    except BaseException as exc:
        _discard(wb)
        if isinstance(exc, OSError):
            raise UserError(QT_TRANSLATE_NOOP("core", "无法写入 {0}：{1}。请检查磁盘空间和文件夹写入权限；原有文件未受影响"),
                            path, exc.strerror or exc) from exc
        raise
    finally:
        temp.unlink(missing_ok=True)
    return WriteResult(path=path, digest=digest_hex, row_counts=counts)
