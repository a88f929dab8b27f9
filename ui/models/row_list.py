"""A table model over a Python list of rows, with headers marked for translation in one context.

The subclasses answer data() for their own kind of row; counting rows and columns, the headers
and a reset are the same for all of them."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class RowListModel(QAbstractTableModel):
    CONTEXT = ""                      # the translation context the HEADERS were marked in
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def reset(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header(section)
        return None

    def header(self, section: int) -> str:
        return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
