"""生成全区汇总表: the district's month end from the window — the period, the signers
(remembered), a preview of the report's sheets, then the signed workbook; the 通报 and the
催报清单 of the same period to copy or save. Every piece of work runs off the UI thread
(ui.tasks) with its own database connection; the core functions are desktop.district's."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout)

from desktop.plan import periods
from desktop.district.bulletin import draft
from desktop.district.bulletin_docx import write_bulletin
from desktop.district.chase import chase_list, chase_text, write_chase_workbook
from desktop.district.level_words import words_for
from desktop.district.report import make_report, preview
from desktop.district.statuses import AHEAD, DONE_PACE, ON_PACE, SLOW
from desktop.errors import UserError
from desktop.exchange.export import SignOff
from ui.core_text import say
from ui import file_dialogs
from ui.tasks import run_task
from ui.widgets.sign_off_rows import SignOffRows
from ui.period_box import month_label
from ui.status_text import pace_label

class MonthEndDialog(QDialog):
    def __init__(self, session, parent=None, *, today=None):
        super().__init__(parent)
        self.session, self.today = session, today
        self.running = False
        self.last_result = None
        self.setWindowTitle(self.tr("生成全区汇总表"))
        plan = session.plan
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("报告期"))
        for p in periods.plan_periods(plan):
            if p.startswith(str(plan.year)):
                self.period.addItem(month_label(p), p)
        self.period.setCurrentIndex(max(0, self.period.findData(periods.default_period(plan))))
        self.period.currentIndexChanged.connect(lambda _: self.preview_model.clear())
        form = QFormLayout()
        form.addRow(self.tr("报告期："), self.period)
        self.signers = SignOffRows(self, form, "district_report")
        self.fields, self.folder, self.passphrase = self.signers.fields, self.signers.folder, self.signers.passphrase

        self.preview_model = QStandardItemModel(self)
        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setAccessibleName(self.tr("汇总表预览"))
        self.preview_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview_button = QPushButton(self.tr("预览工作表"))
        self.preview_button.clicked.connect(self.start_preview)
        self.make_button = QPushButton(self.tr("生成并签名"))
        self.make_button.clicked.connect(self.start_report)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        report_box = QGroupBox(self.tr("全区汇总表（内容未变时不生成新版本）"))
        inner = QVBoxLayout(report_box)
        inner.addLayout(form)
        inner.addWidget(self.preview_table, 1)
        inner.addLayout(buttons)
        inner.addWidget(self.message)

        docs_box = QGroupBox(self.tr("通报与催报"))
        docs = QHBoxLayout(docs_box)
        for text, slot in ((self.tr("复制通报文字"), self.copy_bulletin), (self.tr("保存通报（Word）…"), self.save_bulletin),
                           (self.tr("复制催报清单"), self.copy_chase), (self.tr("保存催报清单…"), self.save_chase)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            docs.addWidget(button)
        docs.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(report_box, 1)
        layout.addWidget(docs_box)
        layout.addWidget(close)
        self.resize(640, 620)

    # ------------------------------------------------------------------ helpers
    def chosen_period(self) -> str:
        return self.period.currentData()

    def sign_off(self) -> SignOff:
        return self.signers.sign_off()

    def _run(self, work, on_done, label: str) -> None:
        s = self.session

        def in_thread(progress):
            with s.connection() as db:          # this thread's own connection
                return work(db, progress)

        self.running = True
        self.preview_button.setEnabled(False)
        self.make_button.setEnabled(False)
        run_task(self, in_thread, on_done=lambda r: self._finished(on_done, r), on_error=self._failed, label=label)

    def _finished(self, on_done, result) -> None:
        self.running = False
        self.preview_button.setEnabled(True)
        self.make_button.setEnabled(True)
        on_done(result)

    def _failed(self, exc) -> None:
        self.running = False
        self.preview_button.setEnabled(True)
        self.make_button.setEnabled(True)
        text = say(exc) if isinstance(exc, UserError) else self.tr("操作失败：{0}。已有文件未受影响。").format(exc)
        self.message.setText(text)
        QMessageBox.warning(self, self.tr("未能完成"), text)

    # ------------------------------------------------------------------ report
    def start_preview(self) -> None:
        period, user, today = self.chosen_period(), self.session.user, self.today
        self.message.setText(self.tr("正在统计……"))
        self._run(lambda db, progress: preview(db, period, user=user, today=today), self._show_preview,
                  self.tr("正在统计汇总表……"))

    def _show_preview(self, plan) -> None:
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels([self.tr("工作表"), self.tr("行数")])
        for name, rows in plan.sheet_rows:
            self.preview_model.appendRow([QStandardItem(name), QStandardItem(f"{rows:,}")])
        counts = "，".join(self.tr("{0} {1} 项").format(pace_label(p), plan.view.count(p))
                          for p in (DONE_PACE, AHEAD, ON_PACE, SLOW) if plan.view.count(p))
        self.message.setText(self.tr("计划全部 {0} 项指标：{1}；本月报送街道 {2}/{3} 个").format(
            len(plan.view.rows), counts, len(plan.view.reported), len(plan.view.units)))

    def start_report(self) -> None:
        self.signers.remember()
        period, user, sign_off, passphrase = self.chosen_period(), self.session.user, self.sign_off(), self.passphrase.text()
        out = Path(self.folder.text()) / f"{self.session.unit.name}_{period}_全区汇总表.xlsx"
        today = self.today
        if out.exists():
            out = out.with_name(f"{out.stem}_{len(list(out.parent.glob(out.stem + '*'))) + 1}.xlsx")

        def work(db, progress):
            return make_report(db, out, period, user=user, passphrase=passphrase, sign_off=sign_off, today=today,
                               progress=lambda sheet, n: progress.update(n, 0, self.tr("正在写入「{0}」：{1} 行").format(sheet, n)))

        self.message.setText(self.tr("正在生成……"))
        self._run(work, self._made, self.tr("正在生成全区汇总表……"))

    def _made(self, result) -> None:
        self.last_result = result
        self.passphrase.clear()
        if result.unchanged:
            self.message.setText(self.tr("内容与第{0}版相同，未生成新版本；第{0}版仍然有效：{1}").format(
                result.revision, result.path))
        else:
            self.message.setText(self.tr("已生成并校验：{0}（第{1}版）").format(result.path, result.revision))

    # ------------------------------------------------------------------ 通报 and 催报
    def _bulletin(self):
        return draft(self.session.db, self.chosen_period(), user=self.session.user, today=self.today)

    def _chase(self):
        return chase_list(self.session.db, self.session.plan, self.chosen_period(), user=self.session.user,
                          today=self.today)

    def _guarded(self, action) -> None:
        try:
            action()
        except UserError as exc:
            self.message.setText(say(exc))
            QMessageBox.warning(self, self.tr("未能完成"), say(exc))

    def copy_bulletin(self) -> None:
        def act():
            QGuiApplication.clipboard().setText(self._bulletin().text())
            self.message.setText(self.tr("通报全文已复制，可粘贴到公文或消息中"))
        self._guarded(act)

    def copy_chase(self) -> None:
        def act():
            items = self._chase()
            QGuiApplication.clipboard().setText(chase_text(items, self.chosen_period(), words_for(self.session.unit)))
            self.message.setText(self.tr("催报清单已复制（{0} 个街道）").format(len(items)))
        self._guarded(act)

    def save_bulletin(self) -> None:
        target = file_dialogs.save_file(self, self.tr("保存通报"), str(
            Path(self.folder.text()) / f"{self.chosen_period()}_为民工程推进情况通报.docx"), "Word (*.docx)")
        if target:
            self._guarded(lambda: self.message.setText(self.tr("已保存通报草稿：{0}").format(
                write_bulletin(self._bulletin(), Path(target), overwrite=True))))

    def save_chase(self) -> None:
        target = file_dialogs.save_file(self, self.tr("保存催报清单"), str(
            Path(self.folder.text()) / f"{self.chosen_period()}_催报清单.xlsx"), "Excel (*.xlsx)")
        if target:
            def act():
                Path(target).unlink(missing_ok=True)      # the save dialog already asked about replacing it
                write_chase_workbook(Path(target), self._chase(), self.chosen_period(), self.session.unit.name)
                self.message.setText(self.tr("已保存催报清单：{0}").format(target))
            self._guarded(act)
