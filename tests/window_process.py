"""A window process for tests/test_single_writer.py: what ui.app does at start (instance lock,
database, login, the UI session), then each kind of the program's file dialog opened on the
folder that holds the database and left to list it, then saves driven line by line on stdin.

    python tests/window_process.py DB USER PASSWORD
stdout: "READY <pid>" once the dialogs have been used; then for each stdin line
"set INDICATOR PERIOD VALUE" → "OK" or "ERR message"; "quit" closes the session and exits.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from db.schema import open_database
from desktop.security.auth import login
from desktop.entry.service import EntryService
from ui import file_dialogs
from ui.app import acquire_instance_lock, open_ui_session

MODES = [dict(mode=QFileDialog.FileMode.ExistingFile, name_filter="Excel 工作簿 (*.xlsx)"),
         dict(mode=QFileDialog.FileMode.ExistingFiles, name_filter="所有文件 (*)"),
         dict(mode=QFileDialog.FileMode.AnyFile, save=True, name_filter="所有文件 (*)"),
         dict(mode=QFileDialog.FileMode.Directory)]


def use_dialog(folder: Path, db_name: str, kind: dict) -> None:
    """Open the dialog on the folder, wait until it has listed it, select the database, close."""
    dialog = file_dialogs.make_dialog(None, "test", str(folder), **kind)
    model = dialog.findChild(QFileSystemModel)
    loop = QEventLoop()
    model.directoryLoaded.connect(lambda _path: loop.quit())
    QTimer.singleShot(10000, loop.quit)          # a guard only; directoryLoaded ends the wait
    dialog.show()
    loop.exec()
    if kind["mode"] != QFileDialog.FileMode.Directory:
        dialog.selectFile(db_name)
    settle = QEventLoop()
    QTimer.singleShot(300, settle.quit)          # icons and types are fetched after the listing
    settle.exec()
    dialog.close()
    dialog.deleteLater()


def main(db_path: str, user: str, password: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = Path(db_path)
    lock = acquire_instance_lock(path)
    db = open_database(path)
    session = open_ui_session(path, db, login(db, user, password))
    lock.set_user(session.user.name)
    service = EntryService(session.db, session.plan, session.unit, session.user)
    for kind in MODES:
        use_dialog(path.parent, path.name, kind)
    app.processEvents()
    print(f"READY {__import__('os').getpid()}", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        if words[0] == "set":
            try:
                service.set_text(words[1], words[2], words[3])
            except Exception as exc:       # reported to the test, which fails on it
                print(f"ERR {exc}", flush=True)
            else:
                print("OK", flush=True)
    session.close()
    lock.release()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
