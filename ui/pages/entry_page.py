"""指标填报: the month's indicators in a grid; every accepted edit is saved at once.

No save button: an edit is saved in its own transaction the moment it is accepted, the status
bar says 已保存, and Ctrl+Z / Ctrl+Y step back and forth (each step saved too). A refused
value is not saved; the reason shows under the grid and on the cell.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton,
                               QToolButton, QVBoxLayout, QWidget)

from desktop.entry.service import EntryService, NoteRequired, ReasonRequired
from desktop.entry.rows import missing_count
from desktop.entry.rule_check import check_rules
from desktop.entry.values import display
from desktop.errors import StorageError, UserError
from desktop.feedback.answers import for_indicators
from desktop.plan.periods import default_period
from desktop.entry.stale import ExportedMonthChanged
from ui.core_text import say
from ui.period_box import PeriodBox, month_label as label
from ui.widgets.explain_dialog import ask_explanation
from ui.models.entry_model import COL_MONTH, COL_NAME, COL_NOTE, EntryModel
from ui.pages.entry_paste import paste_into
from ui.pages.entry_undo import EntryEdit
from ui.widgets.entry_table import EntryTableView
from ui.widgets.exported_change_dialog import ask_exported_reason
from ui.widgets.rule_panel import RulePanel
from ui.widgets.stale_banner import StaleBanner


class EntryPage(QWidget):
    def __init__(self, session, window=None):
        super().__init__()
        self.session, self.window_ = session, window
        self.service = EntryService(session.db, session.plan, session.unit, session.user)
        self.undo_stack = QUndoStack(self)
        self.model = EntryModel(self._edit, self)
        self._build()
        self.set_period(default_period(session.plan))

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("指标填报"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addSpacing(16)
        period_label = QLabel(self.tr("月份(&M)："))
        top.addWidget(period_label)
        self.period_box = PeriodBox(self.session.plan, self.set_period, self.tr("填报月份"))
        period_label.setBuddy(self.period_box)
        top.addWidget(self.period_box)
        top.addSpacing(16)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingBar")
        top.addWidget(self.missing_label, 1)
        for text, tip, slot in ((self.tr("撤销"), self.tr("撤销上一次修改（Ctrl+Z）"), self.undo),
                                (self.tr("重做"), self.tr("重做（Ctrl+Y）"), self.redo)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            top.addWidget(button)
        self.feedback_button = QToolButton()
        self.feedback_button.setText(self.tr("退回意见…"))
        self.feedback_button.setToolTip(self.tr("导入区里的退回意见，逐条答复（有意见的指标名称标黄）"))
        self.feedback_button.clicked.connect(self.open_feedback)
        top.addWidget(self.feedback_button)
        layout.addLayout(top)
        self.stale_banner = StaleBanner(self.session)
        layout.addWidget(self.stale_banner)

        self.view = EntryTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("指标填报表"))
        self.view.clear_requested.connect(lambda index: self._clear(index))
        self.view.undo_requested.connect(self.undo)
        self.view.redo_requested.connect(self.redo)
        self.view.month_step_requested.connect(self.step_month)
        self.view.paste_requested.connect(lambda: self.paste(QGuiApplication.clipboard().text()))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MONTH, QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.view, 1)

        self.message = QLabel()
        self.message.setObjectName("entryMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        # Shown when a busy or full database refused an edit: the typed text waits in the cell.
        self.retry_button = QPushButton(self.tr("重新保存(&R)"))
        self.retry_button.clicked.connect(self.retry_unsaved)
        self.retry_button.hide()
        self._retry = None
        message_row.addWidget(self.retry_button)
        layout.addLayout(message_row)
        self.rule_panel = RulePanel()
        layout.addWidget(self.rule_panel)
        hint = QLabel(self.tr("直接输入数字即可填写，Enter 保存并下移，Tab 右移，Esc 取消；"
                              "输入“-”或“不适用”表示本月不适用，Del 清空；Ctrl+Z 撤销，Ctrl+Y 重做；"
                              "Ctrl+PgUp / Ctrl+PgDn 切换上月 / 下月，Alt+M 选择月份；Ctrl+C 复制、Ctrl+V 粘贴（可从 Excel / WPS 粘贴一整列）。"
                              "每次修改即时保存。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #616161;")
        layout.addWidget(hint)

    # ---------------------------------------------------------------- periods and rows
    @property
    def period(self) -> str:
        return self._period

    def set_period(self, period: str) -> None:
        changed = period != getattr(self, "_period", None)
        self._period = period
        self.period_box.show_period(period)
        self.reload()
        if changed:
            self._focus_first()

    def step_month(self, step: int) -> None:
        index = self.period_box.currentIndex() + step
        if 0 <= index < self.period_box.count():
            self.set_period(self.period_box.itemData(index))
            self.view.setFocus()

    def reload(self) -> None:
        current = self.view.currentIndex()
        self.model.load(self.service.rows(self._period))
        self.model.set_feedback(for_indicators(self.session.db, self._period))
        self.view.clearSpans()
        for row in self.model.header_rows():
            self.view.setSpan(row, 0, 1, self.model.columnCount())
        self.view.setColumnWidth(COL_NAME, max(self.view.sizeHintForColumn(COL_NAME), 240))
        # room to type a figure like 12,345.67 without the editor scrolling
        roomy = self.view.fontMetrics().horizontalAdvance("0") * 12
        self.view.setColumnWidth(COL_MONTH, max(self.view.sizeHintForColumn(COL_MONTH), roomy))
        self._update_missing()
        self.message.clear()
        self._forget_unsaved()
        if current.isValid() and current.row() < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        else:
            self._focus_first()

    def _focus_first(self) -> None:
        """The first month still to fill (or the first one can type in, when all are filled)."""
        rows = [(n, self.model.progress_row(n)) for n in range(self.model.rowCount())]
        editable = [(n, r) for n, r in rows if r is not None and r.editable]
        empty = [(n, r) for n, r in editable if r.month is None]
        for n, _ in (empty or editable)[:1]:
            self.view.setCurrentIndex(self.model.index(n, COL_MONTH))
            self.view.scrollTo(self.model.index(n, COL_MONTH))

    def focus_first(self) -> None:
        """Entering the page: the cursor goes to the first empty cell, ready for digits."""
        self._focus_first()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_indicator(self, indicator_id: str, period: str | None = None) -> bool:
        """Show one indicator's row (the dashboard opens items this way)."""
        if period and period != self._period:
            self.set_period(period)
        row = self.model.row_of(indicator_id)
        if row is None:
            return False
        index = self.model.index(row, COL_MONTH)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        return True

    def _update_missing(self) -> None:
        count = missing_count(self.model.indicator_rows())
        if count:
            self.missing_label.setText(self.tr("{0}还有 {1} 项指标未填").format(label(self._period), count))
            self.missing_label.setStyleSheet("color: #ef6c00; font-weight: bold;")
        else:
            self.missing_label.setText(self.tr("{0}各项指标均已填写").format(label(self._period)))
            self.missing_label.setStyleSheet("color: #2e7d32;")
        self.stale_banner.refresh()
        # after every save: a figure may have made a rule pass or fail
        self.rule_panel.show_results(check_rules(self.session.db, self.session.plan, self.session.unit, self._period))
        if self.stale_banner.is_stale(self._period):
            self.missing_label.setText(self.missing_label.text() + self.tr("（报送后有变动，需重新导出）"))
        elif self.service.is_closed(self._period):
            self.missing_label.setText(self.missing_label.text() + self.tr("（本月已导出报送，修改须填写原因）"))

    def refresh_indicator(self, indicator_id: str, period: str) -> None:
        if period == self._period and self.model.row_of(indicator_id) is not None:
            self.model.replace_row(self.service.row(indicator_id, period))
            self._update_missing()

    # ---------------------------------------------------------------- editing
    def _edit(self, row, column: int, text: str) -> bool:
        """Save one edit (called by the model); False when refused, with the reason shown."""
        return self._save(row.indicator, self._period, column, text, None, None, ask_later=True)

    def _save(self, ind, period: str, column: int, text: str, note, reason, *, ask_later: bool) -> bool:
        while True:
            try:
                if column == COL_MONTH:
                    change = self.service.set_text(ind.id, period, text, note=note, reason=reason)
                else:
                    change = self.service.set_note(ind.id, period, text, reason=reason)
                break
            except (NoteRequired, ReasonRequired) as exc:
                if ask_later:
                    # Asked once the cell editor has closed: a dialog opened while it commits
                    # would take its focus and make it commit again.
                    self.message.setText(say(exc))
                    QTimer.singleShot(0, lambda: self._save(ind, period, column, text, note, reason,
                                                            ask_later=False))
                    return False
                title = self.tr("需要说明") if isinstance(exc, NoteRequired) else self.tr("修改已报送月份")
                if isinstance(exc, ExportedMonthChanged):     # names the months and figures, old → new
                    answer = ask_exported_reason(self, exc, reason or "")
                else:
                    answer = self._ask(title, say(exc), self._subject(ind, period, column, text))
                if answer is None:
                    return self._refuse(ind.id, say(exc))
                if isinstance(exc, NoteRequired):
                    note = answer
                else:
                    reason = answer
            except StorageError as exc:     # busy or full: nothing saved, the typed text kept
                return self._unsaved(ind, period, column, text, note, reason, say(exc))
            except UserError as exc:
                return self._refuse(ind.id, say(exc))
        self.model.set_error(ind.id, None)
        self.model.set_typed(ind.id, column, None)
        self._forget_unsaved()
        self.message.clear()
        if change.old is change.new:
            return True
        what = self.tr("{0}：{1} → {2}").format(ind.name, display(change.old) or self.tr("空"),
                                                display(change.new) or self.tr("空"))
        self.undo_stack.push(EntryEdit(self.service, change, reason or "", what,
                                       self._after_step, self._step_failed))
        self.refresh_indicator(ind.id, period)
        self._say(self.tr("已保存　{0}").format(what))
        return True

    def _refuse(self, indicator_id: str, message: str) -> bool:
        self.model.set_error(indicator_id, message)
        self.message.setText(self.tr("未保存：{0}").format(message))
        return False

    def _unsaved(self, ind, period, column, text, note, reason, message: str) -> bool:
        self.model.set_typed(ind.id, column, text)
        self.model.set_error(ind.id, message)
        self.message.setText(self.tr("未保存：{0}输入的内容仍保留在格中，可点“重新保存”。").format(message))
        self._retry = lambda: self._save(ind, period, column, text, note, reason, ask_later=False)
        self.retry_button.show()
        return False

    def retry_unsaved(self) -> None:
        if self._retry is not None:
            self._retry()

    def _forget_unsaved(self) -> None:
        self._retry = None
        self.retry_button.hide()

    def _ask(self, title: str, prompt: str, subject: str = "") -> str | None:
        return ask_explanation(self, title, subject, prompt)

    def _subject(self, ind, period: str, column: int, text: str) -> str:
        """What the note or reason is for: 「居家安养服务残疾人」2023年3月：12 → 7200."""
        old = self.service.entry(ind.id, period)
        if column == COL_MONTH:
            before, after = display(old) or self.tr("空"), text.strip() or self.tr("空")
        else:
            before, after = (old.note if old else "") or self.tr("空"), text.strip() or self.tr("空")
        what = "" if column == COL_MONTH else self.tr("的说明")
        return self.tr("「{0}」{1}{2}：{3} → {4}").format(ind.name, label(period), what, before, after)

    def _clear(self, index: QModelIndex) -> None:
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.model.setData(index, "", Qt.ItemDataRole.EditRole)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        r = self.model.progress_row(index.row()) if index.isValid() else None
        if r is None or not r.editable:
            return
        month = self.model.index(index.row(), COL_MONTH)
        menu = QMenu(self)
        for text, value in ((self.tr("设为不适用"), "不适用"), (self.tr("清空本月（未填）"), "")):
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, v=value: self.model.setData(month, v))
            menu.addAction(action)
        note = QAction(self.tr("填写说明…"), menu)
        note.triggered.connect(lambda: self.view.edit(self.model.index(index.row(), COL_NOTE)))
        menu.addAction(note)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # ---------------------------------------------------------------- undo
    def undo(self) -> None:
        if self.undo_stack.canUndo():
            text = self.undo_stack.undoText()
            self.undo_stack.undo()
            self._say(self.tr("已撤销并保存　{0}").format(text))

    def redo(self) -> None:
        if self.undo_stack.canRedo():
            text = self.undo_stack.redoText()
            self.undo_stack.redo()
            self._say(self.tr("已重做并保存　{0}").format(text))

    def _after_step(self, indicator_id: str, period: str) -> None:
        if period != self._period:
            self.set_period(period)
        self.refresh_indicator(indicator_id, period)
        self.select_indicator(indicator_id)

    def paste(self, text: str) -> None:
        paste_into(self, text)

    def _after_block(self, changes) -> None:
        if changes and changes[0].period != self._period:
            self.set_period(changes[0].period)
        self.reload()

    def _step_failed(self, message: str) -> None:
        self.message.setText(self.tr("未保存：{0}").format(message))

    def _say(self, text: str) -> None:
        bar = self.window_.statusBar() if self.window_ is not None and hasattr(self.window_, "statusBar") else None
        if bar is not None:
            bar.showMessage(text, 5000)
        self.last_status = text

    def open_feedback(self) -> None:
        from ui.pages.feedback_inbox_dialog import FeedbackInboxDialog      # loaded when first used
        self.feedback_dialog = FeedbackInboxDialog(self.session, self._period, self)
        self.feedback_dialog.finished.connect(lambda _: self.reload())
        self.feedback_dialog.open()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_shown_once", False):
            self.reload()     # figures may have changed elsewhere (registers, the CLI)
        self._shown_once = True
