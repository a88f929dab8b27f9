"""No traceback ever reaches a user: log it, then show a plain message."""
from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.errors import UserError, storage_error
from desktop.system.logs import setup_logging
from ui.core_text import say

log = logging.getLogger("ui")


def install() -> None:
    log_path = setup_logging()

    def hook(exc_type, exc, tb):
        log.error("unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if QApplication.instance() is None:
            return
        plain = storage_error(exc) or (exc if isinstance(exc, UserError) else None)
        if plain is not None:   # busy, disk full, …: what happened and what to do, no "程序出错"
            QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("excepthook", "操作未完成"),
                        say(plain)).exec()
            return
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QApplication.translate("excepthook", "程序出错"),
                          QApplication.translate("excepthook", "程序遇到意外错误，刚才的操作可能没有完成；"
                                                 "已保存的数据不受影响。\n\n错误：{0}\n详细信息已写入日志：{1}")
                          .format(exc, log_path))
        box.exec()

    sys.excepthook = hook
