"""纸质版: a PDF of the exported workbook's cover and indicator sheet, with signature blocks,
for the paper sign-off under the office seal. Made from the signed file itself, so the paper
says exactly what was sent."""
from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.errors import UserError
from desktop.submission_format import COVER_SHEET, INDICATOR_SHEET
from desktop.workbook.reader import read_signed

_SHOWN = ("领域", "指标", "单位", "年度目标", "本月", "累计", "完成率", "序时进度", "状态", "说明")


def paper_html(workbook: Path) -> str:
    reading = read_signed(workbook)
    if reading.status != "intact":
        raise UserError(QCoreApplication.translate("paper_copy", "报送表校验未通过（{0}），不能打印纸质版").format(reading.reason))
    cover = reading.sheets[COVER_SHEET]
    table = reading.sheets[INDICATOR_SHEET]
    header, rows = table[0], table[1:]
    cols = [header.index(h) for h in _SHOWN if h in header]
    esc = html.escape
    parts = [f"<h2 align='center'>{esc(reading.meta.get('unit_name', ''))} {QCoreApplication.translate('paper_copy', '为民工程进度报送表')}</h2>",
             "<table width='100%' cellspacing='0' cellpadding='3' border='1'>"]
    for row in cover:
        if len(row) >= 2:
            parts.append(f"<tr><td width='25%'>{esc(row[0])}</td><td>{esc(row[1])}</td></tr>")
    parts.append("</table><br/><table width='100%' cellspacing='0' cellpadding='2' border='1' style='font-size:8pt'><tr>")
    parts += [f"<th>{esc(header[i])}</th>" for i in cols]
    parts.append("</tr>")
    for row in rows:
        cells = [(row[i] if i < len(row) else "") for i in cols]
        parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table><br/><br/><table width='100%' cellpadding='10'><tr>")
    for label in (QCoreApplication.translate("paper_copy", "填报人："), QCoreApplication.translate("paper_copy", "审核人："), QCoreApplication.translate("paper_copy", "单位负责人："), QCoreApplication.translate("paper_copy", "（单位盖章）"), QCoreApplication.translate("paper_copy", "日期：")):
        parts.append(f"<td>{esc(label)}<br/><br/>______________</td>")
    parts.append("</tr></table>")
    parts.append(f"<p style='font-size:7pt'>{QCoreApplication.translate('paper_copy', '电子报送表 SHA-256：')}{esc(reading.meta.get('digest', ''))}</p>")
    return "".join(parts)


def write_paper_copy(workbook: Path, pdf: Path) -> Path:
    """Render to ``pdf`` (temporary name, then rename: no half-written file is left)."""
    document = QTextDocument()
    document.setHtml(paper_html(workbook))
    temp = pdf.with_name(pdf.name + ".partial")
    writer = QPdfWriter(str(temp))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    del writer                       # flushes and closes the file
    try:
        os.replace(temp, pdf)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(QCoreApplication.translate("paper_copy", "无法写入 {0}：{1}").format(pdf, exc.strerror or exc)) from exc
    return pdf
