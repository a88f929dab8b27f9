"""纸质版: a PDF of the exported workbook's cover and indicator sheet, with signature blocks,
for the paper sign-off under the office seal. Made from the signed file itself, so the paper
says exactly what was sent.

Printed to be read: A4 landscape, 10 pt text in a Simplified Chinese font every Chinese Windows
has (宋体, else 微软雅黑; Noto Sans CJK SC elsewhere), numbers right-aligned with thousands
separators, the stage target beside the annual one, ≤ for targets not to exceed, and 第 x 页
at the foot of each page; its text layer gives the printed characters (ui.pdf_text_map). Laid out against the PDF's own resolution, so 10 pt is 10 pt.
"""
from __future__ import annotations

import html
import os
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.errors import UserError
from desktop.exchange.submission_format import COVER_SHEET, INDICATOR_SHEET
from desktop.exchange.workbook.reader import read_signed
from ui.pdf_text_map import fix_text_layer

_SHOWN = ("领域", "指标", "单位", "年度目标", "阶段目标", "本月", "累计", "完成率", "序时进度", "状态", "说明")
_NUMERIC = {"年度目标", "阶段目标", "本月", "累计", "完成率", "序时进度"}
_TARGETS = {"年度目标", "阶段目标"}
_RATIOS = {"完成率", "序时进度"}       # ratios in the workbook (0.312), printed as 31.2%
_WIDTHS = {"领域": "7%", "指标": "17%", "单位": "5%", "状态": "5%", "说明": "28%"}   # the rest share what is left
FONT_FAMILIES = ("SimSun", "宋体", "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", "Noto Serif CJK SC",
                 "Source Han Sans SC", "WenQuanYi Micro Hei")
POINT_SIZE = 10



def chinese_font() -> QFont:
    """The first Simplified Chinese family installed (the JP/KR variants draw other glyphs)."""
    installed = set(QFontDatabase.families())
    family = next((f for f in FONT_FAMILIES if f in installed), None)
    font = QFont(family) if family else QFont()
    font.setPointSize(POINT_SIZE)
    # Chinese and figures need no shaping; shaped Latin runs (the key fingerprint BB67 E973) are
    # drawn with glyphs no code point maps to, and the PDF's text layer then drops their digits
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


def _number_text(value) -> str:
    """12345.5 → 12,345.5; text (不适用, 62.5%) as it is."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    text = f"{number:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _percent_text(value) -> str:
    """0.312 → 31.2%; text (an older file's "31.2%") as it is."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return "" if value is None else str(value)
    return f"{number * 100:.1f}%" if number.is_finite() else str(value)


def _directions(plan) -> dict[str, str]:
    return {i.id: i.direction for i in plan.indicators} if plan is not None else {}


def paper_html(workbook: Path, plan=None) -> str:
    reading = read_signed(workbook)
    if reading.status != "intact":
        raise UserError(QCoreApplication.translate("paper_copy", "报送表校验未通过（{0}），不能打印纸质版").format(reading.reason))
    cover = reading.sheets[COVER_SHEET]
    table = reading.sheets[INDICATOR_SHEET]
    header, rows = table[0], table[1:]
    cols = [header.index(h) for h in _SHOWN if h in header]
    id_col = header.index("编号") if "编号" in header else None
    directions = _directions(plan)
    esc = html.escape
    parts = [f"<h2 align='center'>{esc(reading.meta.get('unit_name', ''))} {QCoreApplication.translate('paper_copy', '为民工程进度报送表')}</h2>",
             "<table width='100%' cellspacing='0' cellpadding='3' border='1'>"]
    for row in cover:
        if len(row) >= 2:
            parts.append(f"<tr><td width='20%'>{esc(str(row[0]))}</td><td>{esc(str(row[1]))}</td></tr>")
    parts.append("</table><br/><table width='100%' cellspacing='0' cellpadding='3' border='1'><thead><tr>")
    parts += [f"<th bgcolor='#eeeeee' width='{_WIDTHS.get(header[i], '')}'>{esc(str(header[i]))}</th>" for i in cols]
    parts.append("</tr></thead>")
    for row in rows:
        at_most = id_col is not None and directions.get(row[id_col]) == "at_most"
        cells = []
        for i in cols:
            name, value = header[i], row[i] if i < len(row) else ""
            if name in _NUMERIC:
                text = _percent_text(value) if name in _RATIOS and value not in (None, "") else _number_text(value)
                if name in _TARGETS and at_most and text:
                    text = "≤ " + text
                cells.append(f"<td align='right'>{esc(text)}</td>")
            else:
                cells.append(f"<td>{esc('' if value is None else str(value))}</td>")
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</table><br/><br/><table width='100%' cellpadding='10'><tr>")
    for label in (QCoreApplication.translate("paper_copy", "填报人："), QCoreApplication.translate("paper_copy", "审核人："), QCoreApplication.translate("paper_copy", "单位负责人："), QCoreApplication.translate("paper_copy", "（单位盖章）"), QCoreApplication.translate("paper_copy", "日期：")):
        parts.append(f"<td>{esc(label)}<br/><br/>______________</td>")
    parts.append("</tr></table>")
    parts.append(f"<p>{QCoreApplication.translate('paper_copy', '电子报送表 SHA-256：')}{esc(reading.meta.get('digest', ''))}</p>")
    return "".join(parts)


def write_paper_copy(workbook: Path, pdf: Path, plan=None) -> Path:
    """Render to ``pdf`` (temporary name, then rename: no half-written file is left).
    ``plan`` (optional) says which targets are upper limits, printed with ≤."""
    document = QTextDocument()
    font = chinese_font()
    document.setDefaultFont(font)
    document.setHtml(paper_html(workbook, plan))
    temp = pdf.with_name(pdf.name + ".partial")
    writer = QPdfWriter(str(temp))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("paper_copy", "{0}（纸质版）").format(workbook.stem))
    # No page size of its own: print_ then lays the document out on the PDF's pages at the PDF's
    # resolution (so points are points) and puts the page number at the foot of each page.
    document.print_(writer)
    del writer                       # flushes and closes the file
    try:
        temp.write_bytes(fix_text_layer(temp.read_bytes(), font))    # 民 read as 民, not the radical ⺠
        os.replace(temp, pdf)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(QCoreApplication.translate("paper_copy", "无法写入 {0}：{1}").format(pdf, exc.strerror or exc)) from exc
    return pdf
