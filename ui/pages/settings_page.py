"""设置: language, the backup folder, backups and restore, and (administrators) users."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from desktop.system import backups
from desktop.security.auth import ROLE_LABELS
from desktop.errors import UserError
from desktop.exchange.export import review_required, set_review_required
from desktop.security.roles import can
from desktop.security.users import add_user, list_users, reset_password
from ui.core_text import moment_label, say
from ui.models.row_list import RowListModel
from ui.settings import app_settings
from ui.tasks import run_task
from ui import file_dialogs

LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


def quit_app() -> None:
    """After a restore the open pages hold a replaced database: start afresh."""
    QApplication.instance().quit()


class RowsModel(RowListModel):
    """A short list shown as a table (backups, users): small and rebuilt on refresh. The
    headers come already translated by the page."""

    def __init__(self, headers: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.HEADERS = headers

    def header(self, section: int) -> str:
        return self.HEADERS[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class SettingsPage(QWidget):
    def __init__(self, session, window=None):
        super().__init__()
        self.session, self.window = session, window
        user = session.user
        layout = QVBoxLayout(self)

        lang_box = QGroupBox(self.tr("界面语言"))
        lang_form = QFormLayout(lang_box)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("界面语言"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(app_settings().value("ui/language", "zh_CN"))))
        self.language.currentIndexChanged.connect(self._language_changed)
        lang_form.addRow(self.tr("语言："), self.language)
        lang_form.addRow(QLabel(self.tr("更改后重新打开程序生效。")))
        layout.addWidget(lang_box)

        review_box = QGroupBox(self.tr("报送"))
        review_layout = QVBoxLayout(review_box)
        self.review = QCheckBox(self.tr("导出报送表须审核人用自己的密码确认"))
        self.review.setChecked(review_required(session.db))
        self.review.setEnabled(can(user, "settings"))
        self.review.toggled.connect(self._review_changed)
        review_layout.addWidget(self.review)
        layout.addWidget(review_box)

        account_box = QGroupBox(self.tr("我的账户"))
        account_row = QHBoxLayout(account_box)
        account_row.addWidget(QLabel(self.tr("当前用户：{0}（{1}）").format(
            user.name, QApplication.translate("roles", ROLE_LABELS.get(user.role, user.role)))))
        self.change_password_button = QPushButton(self.tr("修改我的密码…"))
        self.change_password_button.clicked.connect(self.change_own_password)
        account_row.addWidget(self.change_password_button)
        account_row.addStretch(1)
        layout.addWidget(account_box)

        backup_box = QGroupBox(self.tr("备份（每天第一次打开时自动备份，保留最近 14 天和 12 个月）"))
        inner = QVBoxLayout(backup_box)
        self.folder = QLineEdit(str(backups.folder_for(session.db, session.path)))
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("备份文件夹"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("备份文件夹：")))
        row.addWidget(self.folder)
        change = QPushButton(self.tr("更改…"))
        change.clicked.connect(self.choose_folder)
        change.setVisible(can(user, "settings"))
        row.addWidget(change)
        inner.addLayout(row)
        self.backups = RowsModel((self.tr("时间"), self.tr("类型"), self.tr("大小"), self.tr("文件")), self)
        self.backup_view = _table(self.backups)
        inner.addWidget(self.backup_view)
        buttons = QHBoxLayout()
        backup_now = QPushButton(self.tr("立即备份"))
        backup_now.clicked.connect(self.backup_now)
        backup_now.setVisible(can(user, "backup") and can(user, "export_personal_data"))
        self.restore_button = QPushButton(self.tr("恢复此备份"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setVisible(can(user, "restore"))
        buttons.addWidget(backup_now)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout.addWidget(backup_box, 1)

        self.users_box = QGroupBox(self.tr("用户"))
        users_layout = QVBoxLayout(self.users_box)
        self.users = RowsModel((self.tr("用户名"), self.tr("角色"), self.tr("状态")), self)
        self.user_view = _table(self.users)
        users_layout.addWidget(self.user_view)
        ub = QHBoxLayout()
        add = QPushButton(self.tr("添加用户…"))
        add.clicked.connect(self.add_user)
        reset = QPushButton(self.tr("重置密码…"))
        reset.clicked.connect(self.reset_password)
        ub.addWidget(add)
        ub.addWidget(reset)
        ub.addStretch(1)
        users_layout.addLayout(ub)
        self.users_box.setVisible(can(user, "manage_users"))
        layout.addWidget(self.users_box, 1)
        self.refresh()

    _LABELS = {"daily": QT_TRANSLATE_NOOP("SettingsPage", "每日自动"), "manual": QT_TRANSLATE_NOOP("SettingsPage", "手动"),
               "before-restore": QT_TRANSLATE_NOOP("SettingsPage", "恢复前"),
               "before-m": QT_TRANSLATE_NOOP("SettingsPage", "升级前")}

    def refresh(self) -> None:
        s = self.session
        found = backups.list_backups(backups.folder_for(s.db, s.path), s.path.stem)
        self.backup_list = found
        self.backups.reset([(moment_label(b.taken_at),
                             self.tr(self._LABELS.get("before-m" if b.label.startswith("before-m") else b.label, b.label)),
                             f"{b.size / 1024:,.0f} KB", b.path.name) for b in found])
        if can(s.user, "manage_users"):
            self.users.reset([(u["name"], ROLE_LABELS.get(u["role"], u["role"]),
                               self.tr("正常") if u["active"] else self.tr("停用")) for u in list_users(s.db)])

    def _language_changed(self) -> None:
        app_settings().setValue("ui/language", self.language.currentData())
        QMessageBox.information(self, self.tr("界面语言"), self.tr("已保存，重新打开程序后生效。"))

    def _review_changed(self, on: bool) -> None:
        try:
            set_review_required(self.session.db, on, user=self.session.user)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("报送"), say(exc))

    def choose_folder(self) -> None:
        chosen = file_dialogs.existing_folder(self, self.tr("选择备份文件夹"), self.folder.text())
        if not chosen:
            return
        try:
            backups.set_folder(self.session.db, Path(chosen), user=self.session.user)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("备份文件夹"), say(exc))
            return
        self.folder.setText(chosen)
        self.refresh()

    def backup_now(self) -> None:
        try:
            target = backups.take_manual(self.session.db, self.session.path, user=self.session.user)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("备份"), say(exc))
            return
        self.refresh()
        if self.window is not None:
            self.window.statusBar().showMessage(self.tr("已备份到 {0}").format(target), 8000)

    def restore_selected(self) -> None:
        rows = self.backup_view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("恢复备份"), self.tr("请先在列表中选择一个备份"))
            return
        chosen = self.backup_list[rows[0].row()]
        if QMessageBox.question(self, self.tr("恢复备份"), self.tr(
                "用 {0} 的备份替换当前数据库？\n该备份之后录入的数据将不在恢复后的数据库中；"
                "当前数据库会先另存一份。恢复后程序将关闭，请重新打开。").format(
                moment_label(chosen.taken_at))) != QMessageBox.StandardButton.Yes:
            return
        s = self.session
        user, unit, path = s.user, s.unit.code, s.path
        s.db.close()                            # the restore swaps the file: let go of it first

        def work(progress):
            return backups.restore(path, chosen.path, user=user, expected_unit=unit)

        run_task(self, work, on_done=self._restored, on_error=self._restore_failed, label=self.tr("正在恢复备份……"))

    def _restored(self, safety) -> None:
        QMessageBox.information(self, self.tr("恢复备份"), self.tr(
            "已恢复。恢复前的数据库已另存为：\n{0}\n\n程序将关闭，请重新打开。").format(safety))
        quit_app()

    def _restore_failed(self, exc) -> None:
        QMessageBox.critical(self, self.tr("恢复失败"), say(exc) + "\n\n" +
                             self.tr("程序将关闭，请重新打开。"))
        quit_app()

    def add_user(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("添加用户"), self.tr("用户名："))
        if not ok or not name.strip():
            return
        roles = [f"{label}（{code}）" for code, label in ROLE_LABELS.items()]
        role, ok = QInputDialog.getItem(self, self.tr("添加用户"), self.tr("角色："), roles, 1, False)
        if not ok:
            return
        password, ok = QInputDialog.getText(self, self.tr("添加用户"), self.tr("初始密码（至少 8 位，含字母和数字）："),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        code = list(ROLE_LABELS)[roles.index(role)]
        try:
            add_user(self.session.db, self.session.user, name, code, password)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("添加用户"), say(exc))
            return
        self.refresh()

    def change_own_password(self) -> bool:
        from ui.password_dialog import ChangePasswordDialog
        dialog = ChangePasswordDialog(self.session, self)
        if not dialog.exec():
            return False
        QMessageBox.information(self, self.tr("修改我的密码"), self.tr("密码已修改，下次登录请用新密码"))
        return True

    def reset_password(self) -> None:
        rows = self.user_view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("重置密码"), self.tr("请先在列表中选择用户"))
            return
        name = self.users.rows[rows[0].row()][0]
        password, ok = QInputDialog.getText(self, self.tr("重置密码"), self.tr("{0} 的新密码：").format(name),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            reset_password(self.session.db, self.session.user, name, password)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("重置密码"), say(exc))
            return
        QMessageBox.information(self, self.tr("重置密码"), self.tr("已重置 {0} 的密码").format(name))
