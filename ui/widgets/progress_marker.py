"""A progress bar with a marker line at 序时进度: behind shows at a glance, without numbers."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ON_TRACK = QColor("#43a047")
BEHIND = QColor("#e53935")
TRACK = QColor("#e0e0e0")
MARKER = QColor("#263238")


class ProgressMarkerBar(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.completion = 0.0    # percent, 0–100 drawn (more is drawn full)
        self.elapsed = 0.0
        self.behind = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, completion: float, elapsed: float, behind: bool) -> None:
        self.completion, self.elapsed, self.behind = completion, elapsed, behind
        self.setToolTip(self.tr("完成 {0:.1f}%，序时进度 {1:.1f}%（竖线）").format(completion, elapsed))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, max(14, self.fontMetrics().height()))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 3, -1, -3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(rect, 3, 3)
        done = rect.adjusted(0, 0, -rect.width() * (1 - min(max(self.completion, 0), 100) / 100), 0)
        painter.setBrush(BEHIND if self.behind else ON_TRACK)
        painter.drawRoundedRect(done, 3, 3)
        x = rect.left() + rect.width() * min(max(self.elapsed, 0), 100) / 100
        painter.setPen(QPen(MARKER, 2))
        painter.drawLine(int(x), int(self.rect().top()), int(x), int(self.rect().bottom()))
