"""The 通报 as a Word draft (.docx, python-docx), laid out as district offices publish one:
A4, a centred title, 仿宋 body with two-character indents, 黑体 section headings, the issuer and
date at the right, then the attachment tables on a new page. Written to a temporary name and
renamed into place, so a failure leaves no half-written document."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from desktop.district.bulletin import Bulletin
from desktop.errors import UserError
from desktop.messages import QT_TRANSLATE_NOOP

BODY_FONT, HEADING_FONT, TITLE_FONT = "仿宋", "黑体", "宋体"


def _font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)   # CJK text uses eastAsia


def _paragraph(doc, text: str, *, font=BODY_FONT, size=16, bold=False, align=None, indent=True, after=0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    fmt = p.paragraph_format
    fmt.first_line_indent = Pt(size * 2) if indent else None
    fmt.space_after = Pt(after)
    fmt.line_spacing = Pt(28)
    _font(p.add_run(text), font, size, bold)
    return p


# Column widths (cm) over the 15.6 cm of text width: names and offices get the room.
WIDTHS = {8: (1.0, 3.0, 1.2, 1.8, 1.8, 1.8, 1.8, 3.2), 5: (1.2, 5.0, 2.4, 3.0, 4.0)}


def _table(doc, title: str, header: list[str], rows: list[list[str]]) -> None:
    _paragraph(doc, title, font=HEADING_FONT, size=14, indent=False, after=6)
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = WIDTHS.get(len(header))
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = ""
        _font(cell.paragraphs[0].add_run(text), HEADING_FONT, 10.5)
    for values in rows or [["（无）"] + [""] * (len(header) - 1)]:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            cell.text = ""
            _font(cell.paragraphs[0].add_run(text), BODY_FONT, 10.5)
    if widths:                    # the grid (read by LibreOffice) and each cell (read by Word)
        for column, width in zip(table.columns, widths):
            column.width = Cm(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = Cm(width)


def _document(b: Bulletin) -> Document:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    _paragraph(doc, b.title, font=TITLE_FONT, size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
               indent=False, after=12)
    _paragraph(doc, b.recipients, indent=False)
    _paragraph(doc, b.opening)
    for heading, paragraphs in b.sections:
        _paragraph(doc, heading, font=HEADING_FONT)
        for text in paragraphs:
            _paragraph(doc, text)
    _paragraph(doc, "", indent=False)
    _paragraph(doc, b.issuer, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    _paragraph(doc, b.day, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    if b.closing:
        _paragraph(doc, b.closing, size=12, indent=False)
    for n, (title, header, rows) in enumerate(b.tables):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _table(doc, title, header, rows)
    return doc


def write_bulletin(b: Bulletin, out: Path, *, overwrite: bool = False) -> Path:
    out = Path(out)
    if out.exists() and not overwrite:
        raise UserError(QT_TRANSLATE_NOOP("core", "文件 {0} 已存在，未覆盖。请换一个文件名，或先移走原文件"), out)
    temp = out.with_name(f"~{out.stem}.{secrets.token_hex(4)}.partial.docx")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        _document(b).save(str(temp))
        os.replace(temp, out)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("core", "无法写入 {0}：{1}。请检查磁盘空间和文件夹写入权限"), out, exc.strerror or exc) from exc
    finally:
        temp.unlink(missing_ok=True)
    return out
