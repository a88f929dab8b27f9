"""Ctrl+C in any table copies the selected cells as tab-separated text, as Excel and WPS do,
so a block pastes into a sheet cell for cell (Qt alone copies only the current cell)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

from desktop.exchange.sheet_text import format_rows


def selected_rows(view: QAbstractItemView) -> list[list[str]]:
    """The selection's bounding block, shown text only; cells inside it not selected are empty."""
    model, selection = view.model(), view.selectionModel()
    indexes = selection.selectedIndexes() if selection is not None else []
    if not indexes and view.currentIndex().isValid():
        indexes = [view.currentIndex()]
    hidden = getattr(view, "isColumnHidden", lambda c: False)
    indexes = [i for i in indexes if not hidden(i.column())]
    if not indexes:
        return []
    chosen = {(i.row(), i.column()) for i in indexes}
    rows = range(min(r for r, _ in chosen), max(r for r, _ in chosen) + 1)
    columns = [c for c in range(min(c for _, c in chosen), max(c for _, c in chosen) + 1) if not hidden(c)]
    block = []
    for r in rows:
        cells = []
        for c in columns:
            value = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) if (r, c) in chosen else None
            cells.append("" if value is None else str(value))
        block.append(cells)
    return block


def copy_selection(view: QAbstractItemView) -> str:
    text = format_rows(selected_rows(view))
    if text:
        QGuiApplication.clipboard().setText(text)
    return text


class _CopyFilter(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Copy):
            event.accept()   # the table takes Ctrl+C, not a window-wide shortcut
            return True
        if event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Copy):
            copy_selection(watched)
            return True
        return False


def enable_copy(view: QAbstractItemView) -> None:
    view._copy_filter = _CopyFilter(view)
    view.installEventFilter(view._copy_filter)
