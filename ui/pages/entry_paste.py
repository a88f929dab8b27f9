"""Ctrl+V in the entry grid: a block copied from Excel or WPS lands from the current cell
downwards, one pasted row per indicator row (area and measure header rows are passed over).

Only the 本月 and 说明 columns take values; the core checks every value as if typed and saves
the accepted ones in one transaction (desktop/entry/paste.py). The whole paste is one undo step,
and what was refused is listed under the grid and marked on its cells.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from desktop.exchange import sheet_text
from desktop.entry.paste import PastedRow, Refusal, paste
from ui.core_text import say
from ui.models.entry_model import COL_MONTH, COL_NOTE
from ui.pages.entry_undo import EntryBlockEdit

SHOWN_REFUSALS = 8



def pasted_rows(model, start_row: int, start_column: int, block: list[list[str]]):
    """(rows for the core, refusals of cells that fall outside what can be typed in)."""
    targets = [n for n in range(start_row, model.rowCount()) if model.progress_row(n) is not None]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows, refused = [], []
    for i, cells in enumerate(block):
        if i >= len(targets):
            if any(c.strip() for c in cells):
                refused.append(Refusal("", "", "\t".join(cells),
                                       QCoreApplication.translate("EntryPaste", "粘贴内容的第 {0} 行超出了表格最后一项指标，未粘贴").format(i + 1)))
            continue
        r = model.progress_row(targets[i])
        value = note = None
        for j, text in enumerate(cells):
            column = start_column + j
            if column == COL_MONTH:
                value = text
            elif column == COL_NOTE:
                note = text
            elif text.strip():
                where = headers[column] if column < len(headers) else QCoreApplication.translate("EntryPaste", "表格右侧")
                refused.append(Refusal(r.indicator.id, r.indicator.name, text,
                                       QCoreApplication.translate("EntryPaste", "「{0}」列不能填写，只有“本月”和“说明”两列可以粘贴").format(where)))
        rows.append(PastedRow(r.indicator.id, value, note))
    return rows, refused


def paste_into(page, text: str) -> None:
    """Paste ``text`` (tab-separated) at the grid's current cell and report the outcome."""
    block = sheet_text.parse(text)
    start = page.view.currentIndex()
    if not block or not start.isValid():
        return
    rows, refused = pasted_rows(page.model, start.row(), start.column(), block)
    reason = None
    if page.service.is_closed(page.period) and any(r.value or r.note for r in rows):
        reason = page._ask(QCoreApplication.translate("EntryPaste", "修改已报送月份"), QCoreApplication.translate("EntryPaste", "本月已导出报送，粘贴修改需填写原因（将记入审计日志）："))
        if reason is None:
            page.message.setText(QCoreApplication.translate("EntryPaste", "未粘贴：修改已报送的月份需要填写原因"))
            return
    result = paste(page.service, page.period, rows, reason=reason)
    refused = result.refused + refused
    if result.changes:
        what = QCoreApplication.translate("EntryPaste", "粘贴 {0} 项").format(len(result.changes))
        page.undo_stack.push(EntryBlockEdit(page.service, result.changes, reason or "", what,
                                            page._after_block, page._step_failed))
    page.reload()
    for refusal in refused:
        if refusal.indicator_id:
            page.model.set_error(refusal.indicator_id, say(refusal.reason))
    page.message.setText(report(len(result.changes), refused))
    page._say(QCoreApplication.translate("EntryPaste", "已粘贴并保存 {0} 项").format(len(result.changes)))


def report(saved: int, refused: list[Refusal]) -> str:
    if not refused:
        return ""
    lines = [QCoreApplication.translate("EntryPaste", "已保存 {0} 项；以下 {1} 项未保存：").format(saved, len(refused))]
    for r in refused[:SHOWN_REFUSALS]:
        lines.append(QCoreApplication.translate("EntryPaste", "　「{0}」{1}：{2}").format(r.name, r.text, say(r.reason)) if r.name else f"　{say(r.reason)}")
    if len(refused) > SHOWN_REFUSALS:
        lines.append(QCoreApplication.translate("EntryPaste", "　……另有 {0} 项").format(len(refused) - SHOWN_REFUSALS))
    return "\n".join(lines)
