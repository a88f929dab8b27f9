"""The month chooser of the entry page and the dashboards: the plan's periods, by label."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QComboBox

from desktop.periods import label, plan_periods


class PeriodBox(QComboBox):
    def __init__(self, plan, on_chosen: Callable[[str], None], accessible_name: str = ""):
        super().__init__()
        if accessible_name:
            self.setAccessibleName(accessible_name)
        for period in plan_periods(plan):
            self.addItem(label(period), period)
        self.currentIndexChanged.connect(lambda _: on_chosen(self.currentData()))

    def show_period(self, period: str) -> None:
        """Show ``period`` without telling on_chosen (the page is setting it itself)."""
        index = self.findData(period)
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
