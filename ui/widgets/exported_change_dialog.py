"""Asked before a change that alters figures of exported months is saved: which months, which
figures, old → new, and the reason (real words; the core refuses 1–2 characters too).
Cancel saves nothing; the caller keeps what was typed in its form."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from desktop.entry.stale import ExportedMonthChanged, reason_problem
from ui.core_text import say


class ExportedChangeDialog(QDialog):
    def __init__(self, exc: ExportedMonthChanged, parent=None, reason: str = ""):
        super().__init__(parent)
        impact = exc.impact
        self.setWindowTitle(self.tr("修改已报送月份"))
        intro = QLabel(self.tr("{0}已导出报送。保存这项修改后，下列数字将改变，该月须重新导出：").format(
            say(impact.months_text())))
        intro.setWordWrap(True)
        self.figures = QLabel("\n".join(say(line) for line in impact.month_lines()))
        self.figures.setObjectName("changedFigures")
        self.figures.setWordWrap(True)
        self.figures.setStyleSheet("font-weight: bold;")
        self.reason = QLineEdit(reason)
        self.reason.setAccessibleName(self.tr("修改原因"))
        self.reason.setPlaceholderText(self.tr("例如：社区纸质登记表晚到，补录11月登记的1人"))
        self.hint = QLabel()
        self.hint.setObjectName("reasonHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b42318;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("填写原因并保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消（不保存）"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.figures)
        layout.addWidget(QLabel(self.tr("修改原因（记入审计日志）：")))
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.reason.setFocus()

    def _check(self) -> None:
        problem = reason_problem(self.reason.text())
        self.ok.setEnabled(problem is None)
        self.hint.setText(self.tr("请用至少 3 个字写明为什么修改已报送的数字") if problem and self.reason.text().strip() else "")

    def accept(self) -> None:
        if reason_problem(self.reason.text()) is None:
            super().accept()

    def chosen_reason(self) -> str:
        return self.reason.text().strip()


def ask_exported_reason(parent, exc: ExportedMonthChanged, reason: str = "") -> str | None:
    """The reason the user gave, or None when they cancelled."""
    dialog = ExportedChangeDialog(exc, parent, reason)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.chosen_reason()
    return None
