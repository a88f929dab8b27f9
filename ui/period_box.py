"""The month chooser of the entry page and the dashboards: the plan's periods, by label.

Arrow keys and the wheel change the month only once the chooser was chosen on purpose (Alt+M,
its label's shortcut, or a click): focus that merely lands on it (a page coming back, Tab)
must not let ↓↓ move 2023年11月 to 2024年1月. Alt+↓ / F4 still open the list.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from desktop.plan.periods import parse, plan_periods


def month_label(period: str) -> str:
    """2023年3月 in Chinese; the translation decides how another language writes a month."""
    year, month = parse(period)
    return QCoreApplication.translate("PeriodBox", "{0}年{1}月").format(year, month)


_STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home,
              Qt.Key.Key_End, Qt.Key.Key_Left, Qt.Key.Key_Right)


class PeriodBox(QComboBox):
    def __init__(self, plan, on_chosen: Callable[[str], None], accessible_name: str = ""):
        super().__init__()
        if accessible_name:
            self.setAccessibleName(accessible_name)
        for period in plan_periods(plan):
            self.addItem(month_label(period), period)
        self.currentIndexChanged.connect(lambda _: on_chosen(self.currentData()))
        self.armed = False

    def focusInEvent(self, event) -> None:
        self.armed = event.reason() in (Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.MouseFocusReason)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.armed = False
        super().focusOutEvent(event)

    def mousePressEvent(self, event) -> None:
        self.armed = True
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        stepping = event.key() in _STEP_KEYS and not event.modifiers() & Qt.KeyboardModifier.AltModifier
        if stepping and not self.armed:
            event.ignore()      # not chosen on purpose: the keys are not for the month
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        if not self.armed:
            event.ignore()
            return
        super().wheelEvent(event)

    def show_period(self, period: str) -> None:
        """Show ``period`` without telling on_chosen (the page is setting it itself)."""
        index = self.findData(period)
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
