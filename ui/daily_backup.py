"""The first start of each day keeps a backup, taken after the window is shown, on a worker
with its own connection (ui/tasks.py), its progress in the status bar. A failure (USB drive
unplugged) is logged and said in the status bar; it never stops the clerk from working."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.system.backups import daily_backup_if_due
from desktop.errors import StorageError, UserError
from ui.tasks import run_task
from ui.core_text import say

log = logging.getLogger(__name__)
SHOWN_MS = 15000


def start_daily_backup(window, session):
    """Run today's backup if it is due; returns the task handle."""
    bar = window.statusBar()
    translate = QCoreApplication.translate    # lupdate reads translate(context, text); a bare tr() it misreads

    def work(progress):
        with session.connection() as db:    # the file was checked when the session started
            return daily_backup_if_due(db, session.path, progress=lambda done, total: progress.update(
                done, total, translate("app", "正在进行今日自动备份…{0}%").format(done * 100 // max(total, 1))))

    def done(target) -> None:
        if target is not None:
            bar.showMessage(translate("app", "今日自动备份已完成：{0}").format(target.name), SHOWN_MS)

    def failed(exc) -> None:
        if not isinstance(exc, (UserError, StorageError, OSError)):
            raise exc
        log.warning("daily backup failed: %s", exc)
        bar.showMessage(translate("app", "今日自动备份未完成：{0}").format(say(exc)), SHOWN_MS)

    return run_task(None, work, on_done=done, on_error=failed,
                    on_progress=lambda d, t, text: bar.showMessage(text))
