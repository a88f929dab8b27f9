"""The Qt binding must not leak or over-release references on everyday calls.

PySide6 6.12.0 releases one reference to None on every call of a method returning void
(widget.show(), setWindowTitle, processEvents…); on Python 3.11, where None is not immortal, a
window that has run a few thousand such calls aborts with "none_dealloc". pyproject excludes
that release; this test fails on any binding that does it again."""
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(100):              # few enough not to abort a faulty binding before the assert
        widget.setWindowTitle("街道民生台账")
        widget.show()
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50     # a few may be released by Qt's own bookkeeping
