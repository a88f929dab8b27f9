"""信任密钥: the offices' public keys the district accepts — import a key file after checking its
fingerprint, revoke a key from a cut-off date, see how often each key was used."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from desktop.security import keys, trust
from desktop.errors import UserError
from ui.core_text import say
from ui.models.trusted_keys import TrustedKeysModel
from ui.pages.key_confirm_dialog import KeyConfirmDialog
from ui.pages.revoke_dialog import RevokeDialog
from ui.settings import app_settings
from ui import file_dialogs


class TrustPage(QWidget):
    def __init__(self, session, window=None):
        super().__init__()
        self.session, self.window = session, window
        intro = QLabel(self.tr("只有信任库中的密钥签名的报送表才会合并。每把密钥只代表一个街道；"
                               "导入前请与该街道电话核对指纹。"))
        intro.setWordWrap(True)
        self.model = TrustedKeysModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("信任的密钥"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.import_button = QPushButton(self.tr("导入公钥文件…"))
        self.import_button.clicked.connect(lambda: self.import_key_file())
        self.revoke_button = QPushButton(self.tr("吊销…"))
        self.revoke_button.clicked.connect(lambda: self.revoke_selected())
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for b in (self.import_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.model.reset(trust.list_keys(self.session.db))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()          # keys trusted from the merge page meanwhile, use counts

    def _warn(self, title: str, exc: UserError) -> None:
        QMessageBox.warning(self, title, say(exc))

    # --- import -------------------------------------------------------------------------
    def import_key_file(self, path: Path | None = None) -> bool:
        """Read a public key file, show its office and fingerprint, store it only once confirmed."""
        if path is None:
            chosen = file_dialogs.open_file(self, self.tr("选择街道公钥文件"),
                                            str(app_settings().value("trust/folder", "")),
                                            self.tr("公钥文件 (*.pub);;所有文件 (*)"))
            if not chosen:
                return False
            path = Path(chosen)
            app_settings().setValue("trust/folder", str(path.parent))
        title = self.tr("导入公钥文件")
        try:
            parsed = trust.read_key_file(path)
        except UserError as exc:
            self._warn(title, exc)
            return False
        fp = keys.fingerprint(parsed.public_raw)
        known = trust.lookup(self.session.db, fp)
        if known is not None:
            QMessageBox.information(self, title, self.tr("该密钥已在信任库中，属于 {0}（{1}）").format(
                known["unit_name"], known["unit_code"]))
            return False
        if self._valid_rotation(parsed):
            return self._import_rotation(path, parsed, fp)
        offices = [(o.code, o.name) for o in self.session.plan.offices]
        if parsed.office_code not in {code for code, _ in offices}:
            offices.append((parsed.office_code, parsed.office_name))    # a unit outside the plan (a district, for a city)
        note = self.tr("文件中写明的单位：{0}（{1}）。公钥只能绑定到文件中写明的单位。").format(
            parsed.office_name, parsed.office_code)
        dialog = KeyConfirmDialog(self, offices=offices, office=parsed.office_code, fingerprint=fp, note=note)
        if not dialog.ask():
            return False
        return self._store(path, dialog.chosen_office(), title)

    def _valid_rotation(self, parsed) -> bool:
        """A new key announced by a trusted, unrevoked key of the same office: trusted without a call."""
        if parsed.rotation is None:
            return False
        old = trust.lookup(self.session.db, keys.fingerprint(parsed.rotation.old_public_raw))
        return old is not None and not old["revoked_at"] and old["unit_code"] == parsed.office_code

    def _import_rotation(self, path: Path, parsed, fp: str) -> bool:
        answer = QMessageBox.question(self, self.tr("导入公钥文件"), self.tr(
            "这是 {0}（{1}）更换后的新密钥，附有由已信任的旧密钥签名的更换声明，可直接信任。\n\n新指纹：{2}\n\n是否导入？").format(
            parsed.office_name, parsed.office_code, fp))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._store(path, None, self.tr("导入公钥文件"))

    def _store(self, path: Path, office: str | None, title: str) -> bool:
        try:
            key = trust.add_key_file(self.session.db, path, office, user=self.session.user)
        except UserError as exc:
            self._warn(title, exc)
            return False
        self.refresh()
        if self.window is not None:
            self.window.statusBar().showMessage(self.tr("已信任 {0} 的密钥").format(key.unit_name), 8000)
        return True

    # --- revoke -------------------------------------------------------------------------
    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def revoke_selected(self) -> bool:
        key = self._selected()
        if key is None:
            QMessageBox.information(self, self.tr("吊销密钥"), self.tr("请先在表中选中要吊销的密钥"))
            return False
        dialog = RevokeDialog(self, office=f"{key.unit_name}（{key.unit_code}）", fingerprint=key.fingerprint)
        if not dialog.ask():
            return False
        try:
            trust.revoke(self.session.db, key.fingerprint, dialog.chosen_cutoff(), user=self.session.user,
                         reason=dialog.reason.text())
        except UserError as exc:
            self._warn(self.tr("吊销密钥"), exc)
            return False
        self.refresh()
        return True
