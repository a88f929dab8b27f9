"""A block pasted into the month's grid: every value checked as if typed, in one transaction.

Each indicator's cells are saved through ``EntryService.set_text`` / ``set_note`` (so a pasted
value is refused for the same reasons as a typed one), each inside its own savepoint: a refused
cell leaves nothing behind, the accepted ones are committed together, and the refused ones are
returned with their reasons for the clerk to see. ``restore`` puts a list of changes back (the
undo of a paste), all or nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from db.connection import write
from desktop.entry.service import Change, EntryService
from desktop.errors import UserError


@dataclass(frozen=True)
class PastedRow:
    indicator_id: str
    value: str | None = None     # text for the month's figure; None: not in the block
    note: str | None = None      # text for the 说明; None: not in the block


@dataclass(frozen=True)
class Refusal:
    indicator_id: str
    name: str
    text: str
    reason: str


@dataclass
class PasteResult:
    changes: list[Change] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


def paste(service: EntryService, period: str, rows: list[PastedRow], *,
          reason: str | None = None) -> PasteResult:
    """Save what can be saved; empty pasted cells leave the grid's cell as it is."""
    result = PasteResult()
    names = {i.id: i.name for i in service.indicators()}
    with write(service.db):
        for row in rows:
            value = row.value.strip() if row.value is not None else ""
            note = row.note.strip() if row.note is not None else ""
            if not value and not note:
                continue
            try:
                with write(service.db):   # a savepoint: a refused cell is rolled back alone
                    if value:
                        change = service.set_text(row.indicator_id, period, value,
                                                  note=note or None, reason=reason)
                    else:
                        change = service.set_note(row.indicator_id, period, note, reason=reason)
            except UserError as exc:
                shown = value + (f"（说明：{note}）" if note and value else note if note else "")
                result.refused.append(Refusal(row.indicator_id, names.get(row.indicator_id, row.indicator_id),
                                              shown, exc.message))
                continue
            if change.old is not change.new:
                result.changes.append(change)
    return result


def restore(service: EntryService, changes: list[Change], *, to_old: bool, reason: str | None = None) -> None:
    """Put every change back to its old (undo) or new (redo) value in one transaction."""
    ordered = reversed(changes) if to_old else changes
    with write(service.db):
        for change in ordered:
            service.set_entry(change.indicator_id, change.period, change.old if to_old else change.new,
                              reason=reason)
