"""The month chooser of the entry page and the dashboards: the plan's periods, by label."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.periods import parse, plan_periods


def month_label(period: str) -> str:
    """2023年3月 in Chinese; the translation decides how another language writes a month."""
    year, month = parse(period)
    return QCoreApplication.translate("PeriodBox", "{0}年{1}月").format(year, month)


class PeriodBox(QComboBox):
    def __init__(self, plan, on_chosen: Callable[[str], None], accessible_name: str = ""):
        super().__init__()
        if accessible_name:
            self.setAccessibleName(accessible_name)
        for period in plan_periods(plan):
            self.addItem(month_label(period), period)
        self.currentIndexChanged.connect(lambda _: on_chosen(self.currentData()))

    def show_period(self, period: str) -> None:
        """Show ``period`` without telling on_chosen (the page is setting it itself)."""
        index = self.findData(period)
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
