"""退回意见 at the office: import the district's feedback file, see each comment of the month
and answer it (a note, or a corrected value; a month already exported needs the reason, as
every change to it). Import reads the file off the UI thread; answers are saved at once
through desktop.feedback, like an entry."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout)

from desktop.errors import UserError
from desktop.feedback.answers import answer, received
from desktop.feedback.inbox import import_feedback
from desktop.entry.stale import ReasonRequired
from ui.status_text import verdict_label
from ui.tasks import run_task
from ui import file_dialogs


class FeedbackInboxDialog(QDialog):
    def __init__(self, session, period: str, parent=None):
        super().__init__(parent)
        self.session, self.period, self.running = session, period, False
        self.setWindowTitle(self.tr("退回意见：{0}").format(period))
        self.import_button = QPushButton(self.tr("导入区里的退回意见…"))
        self.import_button.clicked.connect(self.choose_and_import)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("收到的意见"))
        self.list.currentRowChanged.connect(lambda _: self.message.clear())
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("答复"))
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("更正值"))
        self.value.setPlaceholderText(self.tr("指标的更正值（不改数值则留空）"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("修改原因"))
        self.reason.setPlaceholderText(self.tr("该月已导出时须填写"))
        self.answer_button = QPushButton(self.tr("保存答复"))
        self.answer_button.clicked.connect(self.save_answer)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("答复："), self.note)
        form.addRow(self.tr("更正值："), self.value)
        form.addRow(self.tr("修改原因："), self.reason)
        form.addRow("", self.answer_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.import_button)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("答复后请导出本月的下一版报送表，答复随表报送区里。")))
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.items = received(self.session.db, self.period)
        self.list.clear()
        for r in self.items:
            answered = self.tr("已答复：{0}").format(r.answer) if r.answered else self.tr("未答复")
            where = self.tr("第{0}号第{1}条").format(r.number, r.seq)
            item = QListWidgetItem(f"{where}　{r.target}　{verdict_label(r.state)}：{r.text}　— {answered}")
            self.list.addItem(item)
        if self.items:
            self.list.setCurrentRow(0)

    def choose_and_import(self) -> None:
        path = file_dialogs.open_file(self, self.tr("导入退回意见"), str(Path.home()), self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        if self.running:
            return
        s, user = self.session, self.session.user

        def work(progress):
            with s.connection() as db:          # this thread's own connection
                return import_feedback(db, path, user=user)

        self.running = True
        run_task(self, work, on_done=self._imported, on_error=self._failed, label=self.tr("正在校验并导入退回意见…"))

    def _imported(self, result) -> None:
        self.running = False
        if result.already:
            self.message.setText(self.tr("该文件已导入过（{0} 第{1}号），未作改动").format(result.period, result.number))
        else:
            self.message.setText(self.tr("已导入{0}的退回意见：{1} 第{2}号，{3} 条").format(
                result.district_name, result.period, result.number, len(result.comments)))
        self.refresh()

    def _failed(self, exc) -> None:
        self.running = False
        self.message.setText(exc.message if isinstance(exc, UserError) else str(exc))

    def save_answer(self) -> bool:
        row = self.list.currentRow()
        if row < 0:
            self.message.setText(self.tr("请先选中一条意见"))
            return False
        s = self.session
        try:
            answer(s.db, s.plan, s.unit, self.items[row].id, user=s.user, note=self.note.text(),
                   corrected=self.value.text() or None, reason=self.reason.text() or None)
        except ReasonRequired as exc:
            self.message.setText(exc.message)
            self.reason.setFocus()
            return False
        except UserError as exc:
            self.message.setText(exc.message)
            return False
        for field in (self.note, self.value, self.reason):
            field.clear()
        self.refresh()
        self.list.setCurrentRow(row)
        self.message.setText(self.tr("已保存答复"))
        return True
