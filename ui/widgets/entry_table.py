"""The entry grid's view, with the keyboard habits of Excel users.

Type to start editing (the typed key replaces the cell), Enter saves and moves down, Tab
saves and moves right, Esc cancels, F2 edits, Del clears; Ctrl+Z / Ctrl+Y undo and redo;
Ctrl+PgUp / Ctrl+PgDn go to the previous / next month; Ctrl+C copies the selected block as
tab-separated text and Ctrl+V pastes one (the page checks and saves it).
Header rows (area, measure) are not enabled, so moving up and down skips over them.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView

from ui.widgets.table_copy import copy_selection


class EntryTableView(QTableView):
    clear_requested = Signal(QModelIndex)
    undo_requested = Signal()
    redo_requested = Signal()
    month_step_requested = Signal(int)     # -1 previous month, +1 next month
    paste_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        # Compact rows that still follow the font (and so the display scaling).
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def keyPressEvent(self, event) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing:
            if event.matches(QKeySequence.StandardKey.Copy):
                copy_selection(self)
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_requested.emit()
                return
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_requested.emit()
                return
            if event.matches(QKeySequence.StandardKey.Redo) or (
                    event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
                self.redo_requested.emit()
                return
            if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (
                    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.month_step_requested.emit(-1 if event.key() == Qt.Key.Key_PageUp else 1)
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentIndex().isValid():
                self.clear_requested.emit(self.currentIndex())
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_down()
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:
        # Enter in an editor asks to submit; in this grid it also moves down, as in Excel.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            refused = getattr(self.model(), "row_has_error", lambda row: False)(self.currentIndex().row())
            if not refused:   # a refused value keeps the cell, with its reason beside it
                self.move_down()
            return
        super().closeEditor(editor, hint)

    def move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        model = self.model()
        # From a cell one can type in, go to the next one can type in (past register figures).
        wanted = Qt.ItemFlag.ItemIsEditable if current.flags() & Qt.ItemFlag.ItemIsEditable \
            else Qt.ItemFlag.ItemIsEnabled
        for row in range(current.row() + 1, model.rowCount()):
            index = model.index(row, current.column())
            if index.flags() & wanted:
                self.setCurrentIndex(index)
                return
