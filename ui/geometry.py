"""Windows and dialogs fit the screen they open on and reopen where the clerk left them.

A fixed 1200×760 window does not fit 1280×720 logical pixels (a 1920×1080 screen at 150%): the
status bar and the dialogs' buttons fell off the bottom. Each window starts at its preferred
size, shrunk to the available area (taskbar excluded), and is saved on hiding under its own key
in settings.ini (ui/settings.py)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication

from ui.settings import app_settings

# the title bar and borders, which a window's own size leaves out (logical pixels, any scaling)
FRAME = QSize(16, 48)


def available_area(widget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget) -> None:
    """Shrink ``widget`` to the available area and bring it back onto it if it lies off it."""
    area = available_area(widget)
    size = widget.size().boundedTo(area.size() - FRAME)
    widget.resize(size)
    if widget.isWindow() and not area.contains(QRect(widget.pos(), size + FRAME)):
        widget.move(area.left() + max(0, (area.width() - size.width() - FRAME.width()) // 2),
                    area.top() + max(0, (area.height() - size.height() - FRAME.height()) // 2))


def remember_geometry(widget, key: str, preferred: QSize) -> None:
    """Restore the geometry saved under ``key`` (else ``preferred``), fit it, save it on hiding."""
    saved = app_settings().value(key)
    if saved is None or not widget.restoreGeometry(saved):
        widget.resize(preferred)
    fit_to_screen(widget)
    widget.installEventFilter(_SaveOnHide(widget, key))


class _SaveOnHide(QObject):
    def __init__(self, widget, key: str):
        super().__init__(widget)               # lives as long as the window
        self.key = key

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Hide and watched is self.parent():
            settings = app_settings()
            settings.setValue(self.key, watched.saveGeometry())
            settings.sync()
        return False
