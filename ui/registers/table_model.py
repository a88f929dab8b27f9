"""The register table's model: it holds the ids matching the current search and builds a row
the first time it is shown, a page at a time, keeping it in a cache (as Anki's browser does).
Sorting and searching are SQL through desktop/registers/query.py; column headers in one place."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.security.auth import User
from desktop.feedback.answers import for_records
from desktop.plan.model import Register
from desktop.registers import query
from desktop.registers.field_types import of
from desktop.registers.privacy import hides, shown_value
from desktop.registers.values import REGISTRATION_FIELD, age_on, display, registration_day
from ui.models.entry_model import ANSWERED_BACKGROUND, FEEDBACK_BACKGROUND
from ui.status_text import verdict_label

PAGE = 100
CACHE_LIMIT = 5000


class RegisterTableModel(QAbstractTableModel):
    def __init__(self, db, register: Register, office: str, user: User, parent=None):
        super().__init__(parent)
        self.db, self.register, self.office, self.user, self.role = db, register, office, user, user.role
        self.fields = [f for f in register.fields]
        self.columns = [f.id for f in self.fields]
        birth = [i for i, f in enumerate(self.fields) if f.derived == "birth_date_from_id"]
        self.birth_column = birth[0] if birth else None
        self.registration_column = self.columns.index(REGISTRATION_FIELD) if REGISTRATION_FIELD in self.columns else None
        self.ids: list[int] = []
        self._cache: dict[int, tuple] = {}
        self.text, self.filters = "", ()
        self.sort_field, self.descending = "id", False
        self.total: int | None = None
        self.feedback: dict[int, list] = {}     # record id → the district's comments on it (退回意见)
        self._feedback_state = None
        self.searched = False
        self._last = None            # (data state, descending, ids) of the last query

    # -- querying --------------------------------------------------------------------------
    def search(self, text: str = "", filters: tuple = ()) -> None:
        self.text, self.filters = text, tuple(filters)
        self.searched = True
        self.refresh(recount=False)

    def refresh(self, recount: bool = True, changed: int | None = None) -> None:
        """Run the query again; ``recount`` after a write (the office's total only changes then).
        The view is told only what moved: the ``changed`` record's row (changed in place or
        moved to its new place in the sort order), one row added or removed; a reset only when
        the matching rows are otherwise different (an import, a new search)."""
        spec = query.search_spec(self.register, self.office, self.text, self.filters,
                                 self.sort_field, self.descending, user=self.user)
        new = self._ordered_ids(spec)
        if not self.text and not self.filters:
            self.total = len(new)            # every live record matches: no second count
        elif recount or self.total is None:
            self.total = query.total(self.db, self.register, self.office)
        if self._feedback_state != self._last[0][0]:     # comments change only with the data
            self.feedback = for_records(self.db, self.register.id)
            self._feedback_state = self._last[0][0]
        self._apply(new, changed)

    def _ordered_ids(self, spec) -> list[int]:
        """The matching ids; the other way round on the same column is the same list reversed
        (ORDER BY f DESC, id DESC), so a second click on a header runs no query."""
        state = (query.data_state(self.db), self.text, self.filters, self.sort_field)
        if self._last is not None and self._last[0] == state and self._last[1] != self.descending:
            ids = self._last[2][::-1]
        else:
            ids = query.matching_ids(self.db, spec)
        self._last = (state, self.descending, ids)
        return ids

    def _apply(self, new: list[int], changed: int | None) -> None:
        old = self.ids
        if new == old:
            if changed is not None:
                self._cache.pop(changed, None)
                if (row := self.row_of(changed)) >= 0:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            elif old:
                self._cache.clear()
                self.dataChanged.emit(self.index(0, 0), self.index(len(old) - 1, len(self.columns) - 1))
            return
        at = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
        if len(new) == len(old) + 1 and new[at + 1:] == old[at:]:
            self._cache.pop(new[at], None)
            self.beginInsertRows(QModelIndex(), at, at)
            self.ids = new
            self.endInsertRows()
        elif len(new) == len(old) - 1 and new[at:] == old[at + 1:]:
            self.beginRemoveRows(QModelIndex(), at, at)
            self.ids = new
            self._cache.pop(old[at], None)
            self.endRemoveRows()
        elif changed is not None and self._moved(old, new, changed):
            # an edit that changes the record's place in the sort order: move that one row
            src, dst = old.index(changed), new.index(changed)
            self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dst + 1 if dst > src else dst)
            self.ids = new
            self.endMoveRows()
            self._cache.pop(changed, None)
            self.dataChanged.emit(self.index(dst, 0), self.index(dst, len(self.columns) - 1))
            return
        else:
            self.beginResetModel()
            self.ids = new
            self._cache.clear()
            self.endResetModel()
            return
        if changed is not None:
            self._cache.pop(changed, None)

    @staticmethod
    def _moved(old: list[int], new: list[int], record_id: int) -> bool:
        """The same rows, only ``record_id`` in another place."""
        return (len(old) == len(new) and record_id in old and record_id in new
                and [i for i in old if i != record_id] == [i for i in new if i != record_id])

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        field_id = self.columns[column] if 0 <= column < len(self.columns) else "id"
        if field_id not in query.sortable(self.register, self.role):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (field_id, descending) == (self.sort_field, self.descending):
            return
        self.sort_field, self.descending = field_id, descending
        if self.searched:          # before the first search (the view being set up) nothing is read
            self.refresh(recount=False)

    def record_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, record_id: int) -> int:
        try:
            return self.ids.index(record_id)
        except ValueError:
            return -1

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.fields[section].label
        return str(section + 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = of(self.fields[index.column()]).numeric
            return int((Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        said = self.feedback.get(self.record_id(index.row()))
        if said and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ANSWERED_BACKGROUND if all(c.answered for c in said) else FEEDBACK_BACKGROUND)
        if said and role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return "\n".join(QCoreApplication.translate("EntryModel", "区里意见（{0}）：{1}").format(verdict_label(c.state), c.text)
                             + (QCoreApplication.translate("EntryModel", "　已答复：{0}").format(c.answer) if c.answered else "")
                             for c in said)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = self._row(index.row())
        if values is None:
            return None
        f, stored = self.fields[index.column()], values[index.column()]
        if f.derived == "age_from_id" and self.birth_column is not None:
            # the age at registration (as today when the record has no registration date)
            registered = values[self.registration_column] if self.registration_column is not None else None
            stored = age_on(values[self.birth_column], registration_day({REGISTRATION_FIELD: registered}))
        if hides(f, self.role):
            return shown_value(f, stored, self.role)     # masked ID, no birth date, age band
        return display(f, stored)

    def _row(self, row: int) -> tuple | None:
        record_id = self.record_id(row)
        if record_id is None:
            return None
        if record_id not in self._cache:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            start = max(0, row - PAGE // 4)
            page = [i for i in self.ids[start:start + PAGE] if i not in self._cache]
            self._cache.update(query.rows_for(self.db, self.register, self.columns, page))
        return self._cache.get(record_id)
