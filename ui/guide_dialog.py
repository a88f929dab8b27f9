"""帮助 → 用户指南: the shipped guide (Markdown with its screenshots), read inside the program."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ui.geometry import remember_geometry


class GuideDialog(QDialog):
    def __init__(self, guide: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("用户指南"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(guide.parent)])       # images/… resolve beside the guide
        self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        remember_geometry(self, "geometry/guide", QSize(900, 700))
