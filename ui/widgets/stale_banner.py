"""The stale mark: exported months whose figures changed since, 「报送后有变动，需重新导出」.

Shown on the dashboard, the entry page and the export page until the month's next revision is
exported; ``refresh`` re-reads the marks (each page calls it when it reloads)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.period_box import month_label as label
from desktop.entry.stale import stale_months


class StaleBanner(QLabel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("staleBanner")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff4e5; color: #8a4b00; border: 1px solid #f0b45a;"
                           " border-radius: 4px; padding: 6px; font-weight: bold;")
        self.periods: list[str] = []
        self.hide()

    def refresh(self) -> None:
        months = stale_months(self.session.db, self.session.unit.code)
        self.periods = [m.period for m in months]
        lines = [self.tr("{0}报送后有变动，需重新导出（原因：{1}）").format(label(m.period), m.reason)
                 for m in months]
        self.setText("\n".join(lines))
        self.setToolTip("\n\n".join(m.changes for m in months))
        self.setVisible(bool(months))

    def is_stale(self, period: str) -> bool:
        return period in self.periods
