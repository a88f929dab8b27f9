"""导出报送: choose the month, fill the sign-off, export the signed workbook in the background,
print the paper copy, see the export history."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from desktop.plan import periods
from desktop.exchange.export import SignOff, export_period, history, review_required
from desktop.errors import UserError
from ui.core_text import say
from ui.models.export_history import ExportHistoryModel
from ui.paper_copy import write_paper_copy
from ui.tasks import run_task
from ui.widgets.sign_off_rows import SignOffRows
from ui.widgets.rule_panel import RulePanel
from ui.widgets.stale_banner import StaleBanner
from desktop.entry.rule_check import check_rules
from ui import file_dialogs
from ui.period_box import month_label

class ExportPage(QWidget):
    def __init__(self, session, window=None):
        super().__init__()
        self.session, self.window = session, window
        self.period = QComboBox()
        for p in periods.plan_periods(session.plan):
            self.period.addItem(month_label(p), p)
        self.period.setCurrentIndex(max(0, self.period.findData(periods.default_period(session.plan))))
        self.period.setAccessibleName(self.tr("报告期"))
        form = QFormLayout()
        form.addRow(self.tr("报告期："), self.period)
        self.signers = SignOffRows(self, form, "export")
        self.fields, self.folder, self.passphrase = self.signers.fields, self.signers.folder, self.signers.passphrase
        self.reviewer_password = QLineEdit()
        self.reviewer_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reviewer_password.setAccessibleName(self.tr("审核人密码"))
        self.reviewer_label = QLabel(self.tr("审核人密码："))
        form.addRow(self.reviewer_label, self.reviewer_password)
        needs_review = review_required(session.db)
        self.reviewer_label.setVisible(needs_review)
        self.reviewer_password.setVisible(needs_review)
        self.export_button = QPushButton(self.tr("导出报送表"))
        self.export_button.clicked.connect(self.start_export)
        # Enter in the passphrase (or the reviewer's password after it) ends the form: export
        self.passphrase.returnPressed.connect(self._enter_pressed)
        self.reviewer_password.returnPressed.connect(self._enter_pressed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.rule_panel = RulePanel(explain=True)
        self.period.currentIndexChanged.connect(lambda _: self.check_rules())
        box = QGroupBox(self.tr("导出本月报送表（导出后该月即关账，再修改需填写原因）"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.rule_panel)
        inner.addWidget(self.export_button)
        inner.addWidget(self.message)

        self.model = ExportHistoryModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        paper = QPushButton(self.tr("打印纸质版（PDF）"))
        paper.clicked.connect(self.make_paper_copy)
        open_folder = QPushButton(self.tr("打开所在文件夹"))
        open_folder.clicked.connect(self._open_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(paper)
        buttons.addWidget(open_folder)
        buttons.addStretch(1)
        hist = QGroupBox(self.tr("导出历史"))
        hist_layout = QVBoxLayout(hist)
        hist_layout.addWidget(self.table)
        hist_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        self.stale_banner = StaleBanner(session)
        layout.addWidget(self.stale_banner)
        layout.addWidget(box)
        layout.addWidget(hist, 1)
        self.refresh()

    def refresh(self) -> None:
        self.model.reset(history(self.session.db, self.session.unit))
        self.stale_banner.refresh()
        self.check_rules()

    def check_rules(self) -> None:
        s = self.session
        self.rule_panel.show_results(check_rules(s.db, s.plan, s.unit, self.period.currentData()))

    def sign_off(self) -> SignOff:
        return self.signers.sign_off()

    def _enter_pressed(self) -> None:
        if self.reviewer_password.isVisible() and not self.reviewer_password.text() \
                and self.focusWidget() is self.passphrase:
            self.reviewer_password.setFocus()
            return
        if self.export_button.isEnabled():
            self.export_button.click()

    def focus_first(self) -> None:
        """Entering the page: the first sign-off field still empty, else the passphrase."""
        empty = [w for w in (*self.fields.values(), self.passphrase) if not w.text()]
        (empty[0] if empty else self.passphrase).setFocus(Qt.FocusReason.OtherFocusReason)

    def start_export(self) -> None:
        self.signers.remember()
        s = self.session
        period, sign_off, passphrase = self.period.currentData(), self.sign_off(), self.passphrase.text()
        reviewer_password = self.reviewer_password.text() or None
        folder = Path(self.folder.text())
        self.check_rules()                 # figures may have changed since the page was shown
        waiting = self.rule_panel.unexplained()
        if waiting:
            self.message.setText(self.tr("审核公式 {0} 未通过且为“必须”：请在“说明”中写明原因后再导出").format(
                "、".join(r.rule.id for r in waiting)))
            self.rule_panel.focus_explanation(waiting[0].rule.id)
            return
        explanations = self.rule_panel.explanations()

        def work(progress):
            with s.connection() as db:          # this thread's own connection
                return export_period(db, s.plan, s.unit, s.user, period, folder=folder, sign_off=sign_off,
                                     passphrase=passphrase, reviewer_password=reviewer_password,
                                     explanations=explanations,
                                     progress=lambda sheet, n: progress.update(n, 0, self.tr("正在写入「{0}」：{1} 行").format(sheet, n)))

        self.export_button.setEnabled(False)
        self.message.setText(self.tr("正在导出……"))
        run_task(self, work, on_done=self._exported, on_error=self._failed, label=self.tr("正在导出报送表……"))

    def _exported(self, result) -> None:
        self.export_button.setEnabled(True)
        self.passphrase.clear()
        self.reviewer_password.clear()
        if result.unchanged:
            text = self.tr("与第{0}版内容相同，未生成新版本").format(result.revision)
            self.message.setText(text + self.tr("（文件仍是 {0}）").format(result.path))
        else:
            text = self.tr("已导出 {0}").format(result.path.name)
            self.message.setText(self.tr("已导出并校验：{0}（第{1}版）").format(result.path, result.revision))
        if self.window is not None:
            self.window.statusBar().showMessage(text, 8000)
        self.refresh()

    def _failed(self, exc) -> None:
        self.export_button.setEnabled(True)
        text = say(exc) if isinstance(exc, UserError) else self.tr("导出失败：{0}。已有文件未受影响。").format(exc)
        self.message.setText(text)
        QMessageBox.warning(self, self.tr("未能导出"), text)

    def _selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.rows[rows[0].row()]
        return self.model.rows[0] if self.model.rows else None

    def make_paper_copy(self) -> None:
        row = self._selected()
        if row is None:
            QMessageBox.information(self, self.tr("打印纸质版"), self.tr("还没有导出过报送表"))
            return
        source = Path(row["file_path"])
        target = file_dialogs.save_file(self, self.tr("保存纸质版"), str(source.with_suffix(".pdf")), "PDF (*.pdf)")
        if not target:
            return
        try:
            write_paper_copy(source, Path(target), self.session.plan)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("未能生成纸质版"), say(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(target))

    def _open_folder(self) -> None:
        row = self._selected()
        folder = Path(row["file_path"]).parent if row else Path(self.folder.text())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.stale_banner.refresh()      # registers or entries may have changed an exported month
