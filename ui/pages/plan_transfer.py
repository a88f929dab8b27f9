"""导出计划… / 导入计划… on the plan page: the plan workbook, off the UI thread.

The core (desktop/plan/workbook_export.py, workbook_import.py) does the work; here the user picks
files, types the district passphrase, and confirms the district key's fingerprint at an office's
first plan import."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QMessageBox, QPushButton, QWidget

from desktop.errors import PlanError
from desktop.plan.workbook_export import export_plan
from desktop.plan.workbook_import import UntrustedDistrictKey, import_plan
from desktop.security.roles import can
from ui.core_text import say
from ui.tasks import run_task
from ui import file_dialogs


class PlanTransfer(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.export_button = QPushButton(self.tr("导出计划…"))
        self.export_button.setToolTip(self.tr("把现行计划导出为 Excel 工作簿（区里导出时用区里的密钥签名）"))
        self.export_button.clicked.connect(self.choose_export)
        self.import_button = QPushButton(self.tr("导入计划…"))
        self.import_button.setToolTip(self.tr("校验计划工作簿并安装为新版本计划"))
        self.import_button.clicked.connect(self.choose_import)
        may = can(session.user, "manage_plan" if session.unit.is_district else "install_plan")
        self.import_button.setVisible(may)
        self.export_button.setVisible(may)   # the core refuses both without the permission
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)

    def _warn(self, title: str, exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, say(exc), parent=self)
        if isinstance(exc, PlanError):   # every problem, not just the first twenty of the message
            box.setText(self.tr("计划工作簿有 {0} 处错误，未导入。请按“显示详细信息”逐项修改后重新导入。")
                        .format(len(exc.problems)))
            box.setDetailedText("\n".join(exc.problems))
        box.exec()

    def choose_export(self) -> None:
        s = self.session
        target = file_dialogs.save_file(self, self.tr("导出计划"), self.tr("{0}_第{1}版.xlsx").format(s.plan.title, s.plan.version),
                                        self.tr("Excel 工作簿 (*.xlsx)"))
        if not target:
            return
        passphrase = None
        if s.unit.is_district:
            passphrase, ok = QInputDialog.getText(self, self.tr("签名"), self.tr("区里签名密钥口令："),
                                                  QLineEdit.EchoMode.Password)
            if not ok:
                return

        def work(progress):
            with s.connection() as db:          # this thread's own connection
                return export_plan(db, s.plan, Path(target), user=s.user, passphrase=passphrase, overwrite=True)

        run_task(self, work, label=self.tr("正在导出计划…"), on_done=self._exported,
                 on_error=lambda exc: self._warn(self.tr("导出失败"), exc))

    def _exported(self, result) -> None:
        how = (self.tr("已用区里密钥签名，指纹 {0}").format(result.fingerprint) if result.signed
               else self.tr("未签名，仅供查看"))
        QMessageBox.information(self, self.tr("导出完成"), self.tr("已导出计划工作簿 {0}（{1}）").format(result.path, how))

    def choose_import(self) -> None:
        path = file_dialogs.open_file(self, self.tr("选择计划工作簿"), "", self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.start_import(path)

    def start_import(self, path: str, trust_fingerprint: str | None = None) -> None:
        s = self.session

        def work(progress):
            with s.connection() as db:          # this thread's own connection
                return import_plan(db, Path(path), user=s.user, trust_fingerprint=trust_fingerprint)

        run_task(self, work, label=self.tr("正在校验并安装计划…"), on_done=self._imported,
                 on_error=lambda exc: self._import_failed(path, exc))

    def _import_failed(self, path: str, exc: BaseException) -> None:
        if isinstance(exc, UntrustedDistrictKey):
            answer = QMessageBox.question(
                self, self.tr("核对区里密钥"),
                self.tr("这是本街道第一次导入区里的计划。\n\n签名密钥指纹：{0}\n\n请打电话请区里逐组念出其密钥指纹。"
                        "完全一致时选“是”，信任该密钥并安装计划；不一致请选“否”。").format(exc.fingerprint))
            if answer == QMessageBox.StandardButton.Yes:
                self.start_import(path, exc.fingerprint)
            return
        self._warn(self.tr("未导入"), exc)

    def _imported(self, result) -> None:
        text = self.tr("已安装计划第{0}版（原第{1}版）。重新登录后，各页面按新版计划显示。").format(
            result.plan.version, result.previous_version)
        if result.changes:
            text += "\n" + self.tr("台账新增列：{0}").format("；".join(result.changes))
        QMessageBox.information(self, self.tr("导入完成"), text)
