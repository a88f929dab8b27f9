"""The 说明 / 原因 dialog: names what is being changed (indicator, month, old → new), accepts
only words that explain (desktop/entry/explanations.py), and ignores keys typed before it opened.

Typing at speed, "72⏎1…" keeps going after Enter; without care those keys land in the dialog
and become the note ("m8"). Keys are let in only once an event posted when the dialog was shown
comes back and the input still pending then has been delivered (and dropped): whatever was
typed before the dialog was on screen never reaches it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from desktop.entry.explanations import explanation_problem
from ui.core_text import say

_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
         QEvent.Type.InputMethod)
_OPEN_KEYS = QEvent.Type(QEvent.registerEventType())


class ExplainDialog(QDialog):
    def __init__(self, parent, title: str, subject: str, prompt: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.keys_open = False
        layout = QVBoxLayout(self)
        self.subject = QLabel(subject)
        self.subject.setStyleSheet("font-weight: bold;")
        self.subject.setWordWrap(True)
        layout.addWidget(self.subject)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(title)
        layout.addWidget(self.edit)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for widget in (self, self.edit, *self.findChildren(QLabel), *buttons.buttons()):
            widget.installEventFilter(self)
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.edit.setFocus()
        QCoreApplication.postEvent(self, QEvent(_OPEN_KEYS), Qt.EventPriority.LowEventPriority.value)

    def event(self, event) -> bool:
        if event.type() == _OPEN_KEYS:
            # flush the input still waiting (typed before the dialog showed); the filter drops it
            QCoreApplication.processEvents()
            self.keys_open = True
            return True
        return super().event(event)

    def eventFilter(self, watched, event) -> bool:
        if not self.keys_open and event.type() in _KEYS:
            return True      # typed before the dialog was there: meant for the grid, not the note
        return super().eventFilter(watched, event)

    def text(self) -> str:
        return self.edit.text().strip()

    def accept(self) -> None:
        problem = explanation_problem(self.text())
        if problem:
            self.problem.setText(say(problem))
            self.edit.setFocus()
            return
        super().accept()


def ask_explanation(parent, title: str, subject: str, prompt: str) -> str | None:
    dialog = ExplainDialog(parent, title, subject, prompt)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
