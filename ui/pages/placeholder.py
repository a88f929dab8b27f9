"""A page whose feature is not built yet says so plainly; it does not pretend."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, what: str):
        super().__init__()
        self.what = what
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("本页面尚未建成。\n\n{0}\n\n该功能将在后续版本中提供。").format(what))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)
