"""汇总合并: drop or choose the offices' workbooks, verify (or verify and merge) them in the
background, see one status per file, and trust an unknown key after checking its fingerprint."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QProgressBar, QPushButton, QRadioButton, QTableView, QVBoxLayout, QWidget)

from desktop.security import trust
from desktop.errors import UserError
from desktop.exchange.merge import collect_files, merge_files, verify_files
from desktop.exchange.statuses import CONFLICT, DUPLICATE, MERGED, UNKNOWN_KEY, VERIFIED
from desktop.security.roles import can
from ui.core_text import say
from ui.models.merge_results import MergeResultsModel
from ui.pages.key_confirm_dialog import KeyConfirmDialog
from ui.settings import app_settings
from ui.tasks import run_task
from ui import file_dialogs


class MergePage(QWidget):
    def __init__(self, session, window=None):
        super().__init__()
        self.session, self.window = session, window
        self.running = False
        self._files: list[Path] = []
        self._replace_row: int | None = None
        self.setAcceptDrops(True)

        intro = QLabel(self.tr("把各街道的报送表（.xlsx）或存放它们的文件夹拖到本页，或点下面的按钮选择。"
                               "每份文件给出一个结论；只有校验通过的文件才会合并，每份单独合并，要么全部写入，要么不写。"))
        intro.setWordWrap(True)
        self.verify_only = QRadioButton(self.tr("仅校验"))
        self.verify_and_merge = QRadioButton(self.tr("校验并合并"))
        mode = QButtonGroup(self)
        mode.addButton(self.verify_only)
        mode.addButton(self.verify_and_merge)
        may_merge = can(session.user, "merge")
        self.verify_and_merge.setEnabled(may_merge)
        (self.verify_and_merge if may_merge else self.verify_only).setChecked(True)
        self.choose_files = QPushButton(self.tr("选择文件…"))
        self.choose_files.clicked.connect(self._choose_files)
        self.choose_folder = QPushButton(self.tr("选择文件夹…"))
        self.choose_folder.clicked.connect(self._choose_folder)
        top = QHBoxLayout()
        for w in (self.verify_only, self.verify_and_merge):
            top.addWidget(w)
        top.addSpacing(16)
        top.addWidget(self.choose_files)
        top.addWidget(self.choose_folder)
        top.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("进度"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_text = QLabel()

        self.model = MergeResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("校验结果"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # a reason is a sentence or two: wrapped, so nothing a supervisor needs is cut off
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)       # the reason takes what is left; its tooltip has all of it
        self.table.doubleClicked.connect(lambda index: self.trust_key_of_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_trust_button)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("合并小结"))
        self.trust_button = QPushButton(self.tr("信任此密钥并重新处理…"))
        self.trust_button.setToolTip(self.tr("选中一行「未知密钥」：核对指纹后信任该街道的密钥，再处理这份文件（也可双击该行）"))
        self.trust_button.clicked.connect(lambda: self.trust_key_of_row(self._selected_row()))
        self.trust_button.setVisible(can(session.user, "trust_keys"))
        self.trust_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.trust_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # --- choosing files -------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if not self.running and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.run(paths)

    def _last_folder(self) -> str:
        return str(app_settings().value("merge/folder", ""))

    def _choose_files(self) -> None:
        chosen = file_dialogs.open_files(self, self.tr("选择报送表"), self._last_folder(),
                                         self.tr("报送表 (*.xlsx)"))
        if chosen:
            app_settings().setValue("merge/folder", str(Path(chosen[0]).parent))
            self.run([Path(c) for c in chosen])

    def _choose_folder(self) -> None:
        chosen = file_dialogs.existing_folder(self, self.tr("选择存放报送表的文件夹"), self._last_folder())
        if chosen:
            app_settings().setValue("merge/folder", chosen)
            self.run([Path(chosen)])

    # --- the run --------------------------------------------------------------------------
    def merging(self) -> bool:
        return self.verify_and_merge.isChecked()

    def run(self, inputs: list[Path], *, replace_row: int | None = None) -> None:
        """Verify (or verify and merge) ``inputs`` in the background; a folder means its .xlsx files."""
        if self.running:
            return
        try:
            files = collect_files(inputs)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法读取"), self.tr("无法读取 {0}：{1}").format(
                exc.filename, exc.strerror or exc))
            return
        except UserError as exc:             # a folder without any workbook
            QMessageBox.information(self, self.tr("汇总合并"), exc.message)
            return
        if not files:
            QMessageBox.information(self, self.tr("汇总合并"), self.tr("所选文件夹中没有 .xlsx 文件"))
            return
        s, merging, self._files, self._replace_row = self.session, self.merging(), files, replace_row

        def work(progress):
            with s.connection() as db:          # this thread's own connection
                report = lambda done, total, _text: progress.update(done, total, "")  # noqa: E731
                if merging:
                    return merge_files(db, files, user=s.user, progress=report)
                return verify_files(db, files, progress=report)

        self._set_running(True)
        self._show_progress(0, len(files), "")
        run_task(self, work, on_done=self._finished, on_error=self._failed, on_progress=self._show_progress)

    def _set_running(self, running: bool) -> None:
        self.running = running
        for w in (self.choose_files, self.choose_folder, self.verify_only):
            w.setEnabled(not running)
        self.verify_and_merge.setEnabled(not running and can(self.session.user, "merge"))
        self._update_trust_button()

    def _show_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        if done < total:
            self.progress_text.setText(self.tr("正在处理第 {0}/{1} 份：{2}").format(
                done + 1, total, self._files[done].name))
        else:
            self.progress_text.setText(self.tr("已处理 {0} 份文件").format(total))

    def _finished(self, results) -> None:
        self._set_running(False)
        if self._replace_row is not None and len(results) == 1:
            self.model.replace(self._replace_row, results[0])
        else:       # problems first: the supervisor acts on those, the merged ones need nothing
            self.model.reset(sorted(results, key=lambda r: r.status in (MERGED, VERIFIED, DUPLICATE)))
        self._update_summary()
        conflicts = [r for r in results if r.status == CONFLICT]
        if conflicts:
            lines = "\n".join(f"{Path(r.file).name}：{r.unit_name or r.office} {r.period} " + self.tr("第{0}版").format(r.revision)
                              for r in conflicts)
            QMessageBox.warning(self, self.tr("同版本内容冲突"), self.tr(
                "以下 {0} 份报送表与已合并的同一版本内容不同，均未合并：\n\n{1}\n\n"
                "请与该街道电话核实，由其导出新的版本后再合并。").format(len(conflicts), lines))

    def _failed(self, exc) -> None:
        self._set_running(False)
        self.progress_text.setText("")
        text = say(exc) if isinstance(exc, UserError) else self.tr("处理中断：{0}。已合并的文件不受影响。").format(exc)
        QMessageBox.warning(self, self.tr("未能完成"), text)

    def _update_summary(self) -> None:
        rows = self.model.rows
        accepted = sum(r.status in (MERGED, VERIFIED) for r in rows)
        duplicate = sum(r.status == DUPLICATE for r in rows)
        refused = len(rows) - accepted - duplicate
        template = (self.tr("合并 {0}，重复 {1}，拒收 {2}") if any(r.status == MERGED for r in rows)
                    or self.merging() else self.tr("可合并 {0}，重复 {1}，不能合并 {2}"))
        self.summary.setText(template.format(accepted, duplicate, refused))
        if self.window is not None:
            self.window.statusBar().showMessage(self.summary.text(), 8000)

    # --- trusting an unknown key ----------------------------------------------------------
    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_trust_button(self, *_args) -> None:
        row = self._selected_row()
        self.trust_button.setEnabled(not self.running and 0 <= row < len(self.model.rows)
                                     and self.model.rows[row].status == UNKNOWN_KEY)

    def trust_key_of_row(self, row: int) -> bool:
        """Offer to trust the key a workbook was signed with, for the office it claims; True if trusted."""
        if self.running or not 0 <= row < len(self.model.rows) or self.model.rows[row].status != UNKNOWN_KEY:
            return False
        if not can(self.session.user, "trust_keys"):
            QMessageBox.information(self, self.tr("信任密钥"), self.tr("只有区汇总可以信任新的密钥"))
            return False
        outcome = self.model.rows[row]
        name = outcome.unit_name or outcome.office
        known = [k.fingerprint for k in trust.list_keys(self.session.db) if k.unit_code == outcome.office and not k.revoked]
        note = self.tr("{0}已有信任的密钥（{1}）。若该街道更换了密钥，请其导出带更换声明的新公钥文件，"
                       "在「信任密钥」页导入更稳妥。").format(name, "；".join(known)) if known else ""
        dialog = KeyConfirmDialog(self, offices=[(outcome.office, name)], office=outcome.office,
                                  fingerprint=outcome.fingerprint, note=note, choose_office=False)
        if not dialog.ask():
            return False
        try:
            trust.confirm_key(self.session.db, outcome.public_raw, outcome.office, name, user=self.session.user)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能信任该密钥"), say(exc))
            return False
        self.run([Path(outcome.file)], replace_row=row)
        return True
