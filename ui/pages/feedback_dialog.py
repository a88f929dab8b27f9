"""写退回意见: the district comments on one office's month (indicators and register records,
确认 / 请核实 / 退回重报) and saves the feedback workbook signed with the district key. The
comments are checked by desktop.feedback.comments as they are added; writing and signing run
off the UI thread (ui.tasks) on their own connection."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout)

from desktop.errors import UserError
from desktop.feedback.comments import indicator_comment, record_comment
from desktop.feedback.layout import STATES
from desktop.feedback.statuses import CHECK
from desktop.feedback.write import write_feedback
from ui.status_text import verdict_label
from ui.tasks import run_task
from ui import file_dialogs


class FeedbackDialog(QDialog):
    def __init__(self, session, office: str, office_name: str, period: str, parent=None):
        super().__init__(parent)
        self.session, self.office, self.period = session, office, period
        self.comments, self.result, self.running = [], None, False
        self.setWindowTitle(self.tr("写退回意见：{0} {1}").format(office_name, period))
        plan = session.plan
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("意见对象"))
        self.kind.addItem(self.tr("指标"), "indicator")
        self.kind.addItem(self.tr("台账记录"), "record")
        self.indicator = QComboBox()
        self.indicator.setAccessibleName(self.tr("指标"))
        for ind in plan.indicators:
            self.indicator.addItem(ind.name, ind.id)
        self.register = QComboBox()
        self.register.setAccessibleName(self.tr("台账"))
        for reg in plan.registers:
            self.register.addItem(reg.name, reg.id)
        self.record_no = QLineEdit()
        self.record_no.setAccessibleName(self.tr("记录编号"))
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("状态"))
        for code in STATES:                      # the label shown, the verdict's code kept
            self.state.addItem(verdict_label(code), code)
        self.state.setCurrentIndex(STATES.index(CHECK))
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("意见"))
        self.add_button = QPushButton(self.tr("添加意见"))
        self.add_button.clicked.connect(self.add_comment)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("已添加的意见"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("签名密钥口令"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.kind.currentIndexChanged.connect(self._enable)

        form = QFormLayout()
        form.addRow(self.tr("对象："), self.kind)
        form.addRow(self.tr("指标："), self.indicator)
        row = QHBoxLayout()
        row.addWidget(self.register, 1)
        row.addWidget(QLabel(self.tr("记录编号：")))
        row.addWidget(self.record_no)
        form.addRow(self.tr("台账："), row)
        form.addRow(self.tr("状态："), self.state)
        form.addRow(self.tr("意见："), self.text)
        form.addRow("", self.add_button)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("签名并保存…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.choose_and_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        sign = QFormLayout()
        sign.addRow(self.tr("签名密钥口令："), self.passphrase)
        layout.addLayout(sign)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._enable()

    def _enable(self, *_) -> None:
        on_record = self.kind.currentData() == "record"
        self.indicator.setEnabled(not on_record)
        self.register.setEnabled(on_record)
        self.record_no.setEnabled(on_record)

    def add_comment(self) -> bool:
        s = self.session
        try:
            if self.kind.currentData() == "record":
                c = record_comment(s.db, s.plan, self.office, self.register.currentData(), self.record_no.text(),
                                   self.state.currentData(), self.text.text())
            else:
                c = indicator_comment(s.plan, self.indicator.currentData(), self.state.currentData(), self.text.text())
        except UserError as exc:
            self.message.setText(exc.message)
            return False
        self.comments.append(c)
        what = self.indicator.currentText() if c.kind == "indicator" else f"{self.register.currentText()} #{c.record_no}"
        self.list.addItem(f"{len(self.comments)}. {what}　{verdict_label(c.state)}：{c.text}")
        self.text.clear()
        self.message.clear()
        return True

    def choose_and_save(self) -> None:
        default = Path.home() / f"退回意见_{self.office}_{self.period}.xlsx"
        path = file_dialogs.save_file(self, self.tr("保存退回意见"), str(default), self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.save(Path(path))

    def save(self, out: Path) -> None:
        if self.running:
            return
        s, office, period, comments = self.session, self.office, self.period, list(self.comments)
        user, passphrase = s.user, self.passphrase.text()

        def work(progress):
            with s.connection() as db:          # this thread's own connection
                return write_feedback(db, out, office, period, comments, user=user, passphrase=passphrase)

        self.running = True
        self.save_button.setEnabled(False)
        run_task(self, work, on_done=self._saved, on_error=self._failed, label=self.tr("正在签名并保存退回意见…"))

    def _saved(self, result) -> None:
        self.running, self.result = False, result
        self.save_button.setEnabled(True)
        self.passphrase.clear()
        self.message.setText(self.tr("已保存 {0}（第{1}号，{2} 条意见）。请把文件交给该街道导入。").format(
            result.path, result.number, result.comments))

    def _failed(self, exc) -> None:
        self.running = False
        self.save_button.setEnabled(True)
        self.message.setText(exc.message if isinstance(exc, UserError) else str(exc))
