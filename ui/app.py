"""Start the window: translations, one instance per database, wizard or login, main window."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import APP_ID, __version__
from desktop.security.auth import login
from desktop.system.backups import backups_folder, check_backup, list_backups, restore
from desktop.errors import DatabaseCorrupt, StorageError, UserError
from desktop.system import early_check
from desktop.system.instance_lock import DatabaseInUse, InstanceLock, acquire
from desktop.system.paths import chosen_db_path, resources_dir
from desktop.system.provision import is_initialised
from desktop.unit import unit_of
from desktop.session import WINDOW_BUSY_TIMEOUT_MS, Session, open_file
from desktop.security.users import active_user_names
from ui import excepthook, file_dialogs
from ui.core_text import moment_label, say
from ui.daily_backup import start_daily_backup
from ui.i18n import install_translators
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.settings import app_settings

log = logging.getLogger(__name__)


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "street_ledger.png")))
    install_translators(app, str(app_settings().value("ui/language", "zh_CN")))
    return app


def acquire_instance_lock(path: Path) -> InstanceLock:
    """One writer per database: the window holds the core lock (desktop/system/instance_lock.py) for
    its whole life, so every writing command refuses meanwhile. Raises DatabaseInUse."""
    return acquire(path, kind="window")


def start_session(path: Path, *, demo: bool = False, parent=None) -> Session | None:
    """Wizard on first start, login afterwards; None when the user cancels."""
    first_login = None
    # the one integrity check of the start, begun by desktop.main while the window loaded
    db = open_file(path, checked=early_check.take(path)) if path.exists() else None
    if db is None or not is_initialised(db):
        if db is not None:
            db.close()
        # only the first start needs the wizard and the shipped plan file: not imported otherwise
        from desktop.plan.loader import load_plan_file
        from desktop.system.paths import default_plan_path
        from ui.wizard import SetupWizard
        wizard = SetupWizard(path, load_plan_file(default_plan_path()), parent)
        wizard.exec()
        if wizard.result is None:      # cancelled before anything was created
            return None
        # the administrator just chose the password: no second prompt for it
        first_login = (wizard.admin_page.name.text().strip(), wizard.admin_page.password.text())
        db = open_file(path)
    try:
        if demo:
            from desktop.demo.databases import DEMO_ADMIN, DEMO_PASSWORD
            user = login(db, DEMO_ADMIN, DEMO_PASSWORD)
        elif first_login:
            user = login(db, *first_login)
        else:
            dialog = LoginDialog(db, unit_of(db).name, active_user_names(db), parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                db.close()
                return None
            user = dialog.user
        return open_ui_session(path, db, user)
    except BaseException:
        db.close()
        raise


def open_ui_session(path: Path, db, user) -> Session:
    """The window's session. Its connection (the UI thread's) gives up on another writer quickly
    and says so — the page keeps what was typed and offers to try again — so the window never
    freezes behind a lock; workers open their own connections with the normal wait."""
    file_dialogs.protect(path)             # no dialog lists it or hands it to a reader or writer
    return Session.start(path, db, user, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)


def offer_restore(path: Path, damage: str, parent=None) -> bool:
    """A damaged database at start: say so plainly and offer the newest backup that checks out.
    Nothing is written to the damaged file; it is kept aside before anything replaces it."""
    candidates = list_backups(backups_folder(path), path.stem)
    good = None
    for b in candidates:
        try:
            check_backup(b.path, None)
        except UserError:
            continue
        good = b
        break
    translate = QApplication.translate        # lupdate reads translate(context, text); a bare tr() it misreads
    if good is None:
        QMessageBox.critical(parent, translate("app", "数据库已损坏"), translate(
            "app", "{0}\n\n没有找到可用的备份。请把数据库文件交技术人员检查，不要继续在其中录入。").format(damage))
        return False
    answer = QMessageBox.question(parent, translate("app", "数据库已损坏"), translate(
        "app", "{0}\n\n找到 {1} 的备份（{2:,} 字节），已校验完好。是否用它恢复？\n"
        "损坏的文件会先另存一份，不会丢弃。").format(damage, moment_label(good.taken_at), good.size))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore(path, good.path, user=None, expected_unit=None)
    except UserError as exc:
        QMessageBox.critical(parent, translate("app", "恢复失败"), say(exc))
        return False
    QMessageBox.information(parent, translate("app", "已恢复"), translate(
        "app", "已用 {0} 的备份恢复。该备份之后录入的数据需要重新录入。").format(
        moment_label(good.taken_at)))
    return True


def run_gui(args) -> int:
    excepthook.install()
    app = make_app()
    try:
        if args.demo:                   # the sample data's makers load only for the sample
            from desktop.demo.databases import ensure_demo
            path = ensure_demo()
        else:
            path = chosen_db_path(args.db)
    except UserError as exc:
        QMessageBox.critical(None, app.translate("app", "无法打开"), say(exc))
        return 1
    try:
        lock = acquire_instance_lock(path)
    except DatabaseInUse as exc:
        QMessageBox.information(None, app.translate("app", "已在运行"), say(exc))
        return 1
    try:
        try:
            session = start_session(path, demo=args.demo)
        except DatabaseCorrupt as exc:
            if not offer_restore(path, say(exc)):
                lock.release()
                return 1
            session = start_session(path, demo=args.demo)
    except (UserError, StorageError) as exc:
        QMessageBox.critical(None, app.translate("app", "无法打开数据库"), say(exc))
        lock.release()
        return 1
    if session is None:
        lock.release()
        return 0
    lock.set_user(session.user.name)
    window = MainWindow(session, demo=args.demo)
    window.show()
    start_daily_backup(window, session)      # after the window is up, off the UI thread
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()     # a backup still running finishes first
    session.close()
    lock.release()
    return code
