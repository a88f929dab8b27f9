"""A small monthly bar chart drawn with QPainter (QtCharts is not shipped with the app).

Bars for months with a number; 不适用 months show a dash and empty months a hollow mark,
so the three value states read differently here too."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.plan.formatting import number

BAR = QColor("#1e88e5")
AXIS = QColor("#9e9e9e")
EMPTY = QColor("#ef6c00")


class MonthBarChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[tuple[str, str, Decimal | None]] = []   # (label, state, value)
        self.unit = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, points: list[tuple[str, str, Decimal | None]], unit: str) -> None:
        """``state`` is "value", "na" or "empty" for each month."""
        self.points, self.unit = points, unit
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 140)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        line = fm.height()
        area = QRectF(self.rect()).adjusted(8, line + 6, -8, -(line + 6))
        painter.setPen(AXIS)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if not self.points:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("请选择一个指标"))
            return
        top = max([v for _, s, v in self.points if s == "value" and v is not None] or [Decimal(0)])
        slot = area.width() / len(self.points)
        for n, (label, state, value) in enumerate(self.points):
            x = area.left() + n * slot
            bar_w = slot * 0.6
            left = x + (slot - bar_w) / 2
            painter.setPen(AXIS)
            painter.drawText(QRectF(x, area.bottom() + 3, slot, line), Qt.AlignmentFlag.AlignHCenter, label)
            if state == "value" and value is not None:
                h = float(value / top) * area.height() if top else 0.0
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BAR)
                painter.drawRect(QRectF(left, area.bottom() - h, bar_w, h))
                painter.setPen(QColor("#37474f"))
                painter.drawText(QRectF(x - slot, area.bottom() - h - line - 2, slot * 3, line),
                                 Qt.AlignmentFlag.AlignHCenter, number(value))
            elif state == "na":
                painter.setPen(AXIS)
                painter.drawText(QRectF(x, area.bottom() - line - 2, slot, line),
                                 Qt.AlignmentFlag.AlignHCenter, self.tr("不适用"))
            else:
                painter.setPen(QPen(EMPTY, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(left, area.bottom() - 8, bar_w, 8))
