"""Start the window: translations, one instance per database, wizard or login, main window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from db.schema import open_database
from desktop import APP_ID, __version__
from desktop.auth import login
from desktop.cli.common import db_path
from desktop.demo import DEMO_ADMIN, DEMO_PASSWORD, ensure_demo
from desktop.errors import StorageError, UserError
from desktop.paths import default_plan_path, resources_dir
from desktop.plan.loader import load_plan_file
from desktop.provision import is_initialised, unit_of
from desktop.session import Session
from desktop.users import active_user_names
from ui import excepthook
from ui.i18n import install_translators
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.settings import app_settings
from ui.wizard import SetupWizard


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "street_ledger.png")))
    install_translators(app, str(app_settings().value("ui/language", "zh_CN")))
    return app


def acquire_instance_lock(path: Path) -> QLockFile | None:
    """One window per database: a second start gets None (and the caller says so)."""
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)   # a lock is stale only when its process is gone
    return lock if lock.tryLock(200) else None


def start_session(path: Path, *, demo: bool = False, parent=None) -> Session | None:
    """Wizard on first start, login afterwards; None when the user cancels."""
    first_login = None
    if not path.exists() or not _initialised(path):
        wizard = SetupWizard(path, load_plan_file(default_plan_path()), parent)
        wizard.exec()
        if wizard.result is None:      # cancelled before anything was created
            return None
        # the administrator just chose the password: no second prompt for it
        first_login = (wizard.admin_page.name.text().strip(), wizard.admin_page.password.text())
    db = open_database(path)
    try:
        if demo:
            user = login(db, DEMO_ADMIN, DEMO_PASSWORD)
        elif first_login:
            user = login(db, *first_login)
        else:
            dialog = LoginDialog(db, unit_of(db).name, active_user_names(db), parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                db.close()
                return None
            user = dialog.user
        return Session.start(path, db, user)
    except BaseException:
        db.close()
        raise


def _initialised(path: Path) -> bool:
    db = open_database(path)
    try:
        return is_initialised(db)
    finally:
        db.close()


def run_gui(args) -> int:
    excepthook.install()
    app = make_app()
    try:
        path = ensure_demo() if args.demo else db_path(args)
    except UserError as exc:
        QMessageBox.critical(None, app.translate("app", "无法打开"), exc.message)
        return 1
    lock = acquire_instance_lock(path)
    if lock is None:
        QMessageBox.information(None, app.translate("app", "已在运行"), app.translate(
            "app", "该数据库已在另一个窗口中打开：\n{0}\n\n请切换到那个窗口继续工作。").format(path))
        return 1
    try:
        session = start_session(path, demo=args.demo)
    except (UserError, StorageError) as exc:
        QMessageBox.critical(None, app.translate("app", "无法打开数据库"), exc.message)
        lock.unlock()
        return 1
    if session is None:
        lock.unlock()
        return 0
    window = MainWindow(session, demo=args.demo)
    window.show()
    code = app.exec()
    session.close()
    lock.unlock()
    return code
