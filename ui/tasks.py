"""The one way long work leaves the UI thread.

``run_task(parent, work, on_done=...)`` runs ``work(progress)`` on the thread pool; progress,
the result and any failure come back as queued signals, so slots run on the main thread and
no widget is ever touched from a worker. ``work`` takes its own database connection from
the session (``with session.connection() as db:``), never the window's.
A progress dialog appears only if the work lasts (as Anki does, after ~0.6 s).
Tests set ``SYNCHRONOUS = True`` to run work at once, deterministically (as Picard does).
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
SYNCHRONOUS = False
SHOW_AFTER_MS = 600


class Progress:
    """Handed to the work function: report how far it is, and ask whether to stop."""

    def __init__(self, relay: "_Relay | None" = None):
        self._relay = relay
        self._cancel = threading.Event()

    def update(self, done: int, total: int, text: str = "") -> None:
        if self._relay is not None:
            self._relay.progress.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, relay: _Relay):
        super().__init__()
        self.work, self.progress, self.relay = work, progress, relay

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # every failure reaches the caller's on_error
            log.exception("background task failed")
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


class TaskHandle:
    def __init__(self, progress: Progress, relay: _Relay, dialog: QProgressDialog | None):
        self.progress, self.relay, self.dialog = progress, relay, dialog

    def cancel(self) -> None:
        self.progress.cancel()


_running: set[TaskHandle] = set()   # keeps relays alive until their task reports back


def run_task(parent: QWidget | None, work: Callable[[Progress], Any], *,
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
             label: str = "", cancellable: bool = False,
             on_progress: Callable[[int, int, str], None] | None = None) -> TaskHandle:
    relay = _Relay()
    progress = Progress(relay)
    dialog = None
    if parent is not None and label:
        dialog = QProgressDialog(label, QCoreApplication.translate("tasks", "取消"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(progress.cancel)
    handle = TaskHandle(progress, relay, dialog)

    def show_progress(done: int, total: int, text: str) -> None:
        if dialog is not None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

    def finish(callback, value) -> None:
        _running.discard(handle)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        if callback is not None:
            callback(value)

    relay.progress.connect(show_progress)
    if on_progress is not None:         # connected before the work starts, so no report is missed
        relay.progress.connect(on_progress)
    relay.finished.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    _running.add(handle)
    runnable = _Runnable(work, progress, relay)
    if SYNCHRONOUS:
        runnable.run()
    else:
        QThreadPool.globalInstance().start(runnable)
    return handle
