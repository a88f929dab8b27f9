"""Undo and redo of saved entry edits: each step is saved to the database at once, like an edit."""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from desktop.entry.service import Change, EntryService
from desktop.entry.paste import restore
from desktop.errors import UserError   # busy and full databases included (StorageError)
from ui.core_text import say


class EntryEdit(QUndoCommand):
    """One accepted edit. The edit is already saved when pushed, so the first redo does nothing."""

    def __init__(self, service: EntryService, change: Change, reason: str, text: str,
                 after: Callable[[str, str], None], failed: Callable[[str], None]):
        super().__init__(text)
        self.service, self.change, self.reason = service, change, reason
        self.after, self.failed = after, failed
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._apply(self.change.new)

    def undo(self) -> None:
        self._apply(self.change.old)

    def _apply(self, value) -> None:
        # A step that cannot be saved (the month was closed since, say) is reported, not raised:
        # an exception must not escape into Qt's undo stack.
        try:
            self.service.set_entry(self.change.indicator_id, self.change.period, value,
                                   reason=self.reason or None)
        except UserError as exc:
            self.failed(say(exc))
            return
        self.after(self.change.indicator_id, self.change.period)


class EntryBlockEdit(QUndoCommand):
    """A pasted block: one undo step for all its accepted cells, saved back in one transaction."""

    def __init__(self, service: EntryService, changes: list[Change], reason: str, text: str,
                 after: Callable[[list[Change]], None], failed: Callable[[str], None]):
        super().__init__(text)
        self.service, self.changes, self.reason = service, changes, reason
        self.after, self.failed = after, failed
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._apply(to_old=False)

    def undo(self) -> None:
        self._apply(to_old=True)

    def _apply(self, *, to_old: bool) -> None:
        try:
            restore(self.service, self.changes, to_old=to_old, reason=self.reason or None)
        except UserError as exc:
            self.failed(say(exc))
            return
        self.after(self.changes)
