"""Start the window on a database with 200,000 register rows through the real start path
(``desktop.main`` → ``ui.app``, login stubbed to accept the demo user), against a bare PySide6
QMainWindow process. Both are whole processes, interpreter start included, timed until the
window is shown and painted: that is what a clerk waits for. Twice: a later start of the day
(no backup due) and the first start of the day (the daily backup is due)."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from harness import child_or_parent, interleaved, report, since_spawn

REPEAT = 5
ROWS = 200_000


def bare() -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    w = QMainWindow()
    w.show()
    app.processEvents()
    return {"": since_spawn()}


def ours(db_path: str) -> dict:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication, QDialog

    import desktop.main
    from desktop.security.auth import login
    from ui.login import LoginDialog

    def accept(dialog):              # the clerk types the demo password at once
        dialog.user = login(dialog.db, "demo", "demo2023")
        return QDialog.DialogCode.Accepted

    shown = {}

    def exec_(app=None):             # the window is up: take the figure, let background work end
        app = QApplication.instance()
        app.processEvents()
        shown[""] = since_spawn()
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
        return 0

    LoginDialog.exec = accept
    QApplication.exec = exec_
    assert desktop.main.main(["--db", db_path]) == 0
    assert shown, "the window never started its event loop"
    return shown


def _take_todays_backup(path: Path) -> None:
    from db.schema import open_database
    from desktop.system.backups import daily_backup_if_due

    db = open_database(path)
    try:
        daily_backup_if_due(db, path)
    finally:
        db.close()


def main() -> bool:
    from desktop.demo.databases import make_demo, make_large_register

    folder = Path(tempfile.mkdtemp(prefix="bench-start-"))
    try:
        env = dict(os.environ, STREET_LEDGER_HOME=str(folder / "home"))
        path = folder / "big.sqlite"
        make_demo(path)
        make_large_register(path, ROWS - 320)
        met = True
        for label, first_of_day in (("later start of the day", False), ("first start of the day", True)):
            def before(k, which, first_of_day=first_of_day):
                if which == "ours":
                    shutil.rmtree(folder / "backups", ignore_errors=True)   # today's backup not yet taken

            if not first_of_day:      # today's backup already taken: a later start finds it
                _take_todays_backup(path)
            figs = interleaved(__file__, ("bare",), ("ours", str(path)), REPEAT, before=before if first_of_day else None,
                               env=env)
            met &= report(f"start window, {ROWS:,} rows, {label}", figs[""], 3.0)
        return met
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    child_or_parent({"bare": bare, "ours": ours}, main)
