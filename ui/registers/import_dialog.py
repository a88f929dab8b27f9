"""Excel import, step by step: which column is which field (the user can change every match),
a preview, then the import in the background with progress and cancel, and a summary that
offers the workbook of rows left out. Ctrl+V replaces the file by a table copied from Excel or
WPS, which then goes through the same matching, checks and import."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QMessageBox, QRadioButton, QScrollArea, QTableView,
                               QVBoxLayout, QWidget)

from desktop.errors import UserError
from desktop.registers.column_match import importable, is_derived_header
from desktop.registers.error_book import write_error_workbook
from desktop.registers.importer import ImportCancelled, ImportSource, preview, run_import
from desktop.registers.pasted_source import PASTED_NAME, source_from_text
from desktop.registers.schema import unique_fields
from desktop.entry.stale import ExportedMonthChanged
from ui.core_text import say
from ui.geometry import remember_geometry
from ui.tasks import run_task
from ui.widgets.exported_change_dialog import ask_exported_reason
from ui import file_dialogs

PREVIEW_ROWS = 50
VERDICT_COLOURS = {"insert": "#067647", "update": "#175cd3", "confirm": "#b54708", "duplicate": "#b54708",
                   "refuse": "#b42318"}


def _shown(cell) -> str:
    if cell is None or cell == "":
        return ""
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        return str(int(cell))
    return str(cell)


class ImportDialog(QDialog):
    def __init__(self, session, register, source: ImportSource, parent=None):
        super().__init__(parent)
        self.session, self.register, self.source = session, register, source
        self.result = None
        self.confirmed: set[int] = set()     # sheet rows whose change of name the clerk ticked
        self.setWindowTitle(self.tr("从 Excel 导入 — {0}").format(register.name))
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.mapping_box = self._mapping_box()
        layout.addWidget(self.mapping_box)
        self._say_source()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self, activated=self.paste_table)
        self.preview_model = QStandardItemModel(self)
        self.preview_model.itemChanged.connect(self._ticked)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        box = QGroupBox(self.tr("预览（前 {0} 行，按上面的对应关系）").format(PREVIEW_ROWS))
        QVBoxLayout(box).addWidget(self.preview)
        layout.addWidget(box, 1)
        keys = "、".join(f.label for f in unique_fields(register)) or self.tr("关键字段")
        dup = QGroupBox(self.tr("与台账中已有记录重复（{0}相同）时").format(keys))
        row = QHBoxLayout(dup)
        self.skip = QRadioButton(self.tr("跳过，保留台账中的记录"))
        self.skip.setChecked(True)
        self.update_existing = QRadioButton(self.tr("用文件中的值更新已有记录"))
        row.addWidget(self.skip)
        row.addWidget(self.update_existing)
        self.update_existing.toggled.connect(self._fill_preview)
        row.addStretch()
        layout.addWidget(dup)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start.setText(self.tr("开始导入"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.begin_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_preview()
        remember_geometry(self, "geometry/import_dialog", QSize(1100, 720))

    def _say_source(self) -> None:
        lay = self.source.layout
        if self.source.path.name == PASTED_NAME:
            where = self.tr("表头在第 {0} 行").format("、".join(str(r) for r in lay.header_rows)) \
                if lay.header_rows else self.tr("没有表头，按台账字段顺序对应，请核对")
            info = self.tr("粘贴的表格：{0}，共 {1} 行数据").format(where, len(lay.rows))
        else:
            info = self.tr("文件：{0}。表头在第 {1} 行，共 {2} 行数据").format(
                self.source.path.name, "、".join(str(r) for r in lay.header_rows), len(lay.rows))
        if lay.footer_rows:
            info += self.tr("；已略过表尾 {0} 行（填表人、联系电话等）").format(len(lay.footer_rows))
        self.info.setText(info + self.tr("。") + self.tr("（Ctrl+V 可改为粘贴从 Excel / WPS 复制的表格）"))

    def paste_table(self, text: str | None = None) -> bool:
        """Use a table copied from Excel or WPS instead of the file (same checks and import)."""
        text = QGuiApplication.clipboard().text() if text is None else text
        try:
            source = source_from_text(text, self.register)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法粘贴"), say(exc))
            return False
        self.source = source
        old, self.mapping_box = self.mapping_box, self._mapping_box()
        self.layout().replaceWidget(old, self.mapping_box)
        old.deleteLater()
        self._say_source()
        self._fill_preview()
        return True

    def _mapping_box(self) -> QWidget:
        box = QGroupBox(self.tr("列对应：文件中的列 → 台账字段（可修改）"))
        grid = QGridLayout()
        inner = QWidget()
        inner.setLayout(grid)
        self.combos: list[QComboBox] = []
        fields = importable(self.register)
        samples = self.source.layout.rows[:3]
        for i, header in enumerate(self.source.layout.headers):
            combo = QComboBox()
            derived = is_derived_header(header, self.register)
            combo.addItem(self.tr("（自动计算）") if derived else self.tr("（不导入）"), None)
            if derived:
                combo.setToolTip(self.tr("性别、出生日期、年龄由身份证号自动计算，不从文件导入"))
            for f in fields:
                combo.addItem(f.label, f.id)
            combo.setCurrentIndex(max(0, combo.findData(self.source.mapping[i])))
            combo.currentIndexChanged.connect(self._fill_preview)
            combo.setAccessibleName(header)
            example = "，".join(_shown(r[1][i]) for r in samples if _shown(r[1][i]))
            r, c = divmod(i, 2)
            grid.addWidget(QLabel(f"{header}"), r, c * 3)
            grid.addWidget(combo, r, c * 3 + 1)
            hint = QLabel(example[:30])
            hint.setStyleSheet("color: #667085;")
            grid.addWidget(hint, r, c * 3 + 2)
            self.combos.append(combo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMaximumHeight(220)
        QVBoxLayout(box).addWidget(scroll)
        return box

    def mapping(self) -> list[str | None]:
        return [c.currentData() for c in self.combos]

    def _fill_preview(self) -> None:
        mapping = self.mapping()
        fields = {f.id: f for f in self.register.fields}
        cols = [i for i, fid in enumerate(mapping) if fid]
        self.preview_model.clear()
        headers = self.source.layout.headers
        self.preview_model.setHorizontalHeaderLabels(
            [self.tr("原行号"), self.tr("检查结果")]
            + [fields[mapping[i]].label + ("" if headers[i] == fields[mapping[i]].label else f"\n（{headers[i]}）")
               for i in cols])
        try:
            # the import's own decisions for these rows: what it refuses, skips, updates
            verdicts = preview(self.session.db, self.session.plan, self.register, self.session.unit.code,
                               self.source, mapping, on_duplicate=self.on_duplicate(), limit=PREVIEW_ROWS)
        except UserError as exc:
            self.preview_model.appendRow([QStandardItem(""), QStandardItem(say(exc))])
            self.start.setEnabled(False)
            return
        self.start.setEnabled(True)
        self.confirmed &= {v.row_number for v in verdicts if v.action == "confirm"}
        for v in verdicts:
            verdict = QStandardItem(self._verdict_text(v))
            verdict.setForeground(QColor(VERDICT_COLOURS[v.action]))
            verdict.setToolTip(verdict.text())
            if v.action == "confirm":
                verdict.setCheckable(True)
                verdict.setCheckState(Qt.CheckState.Checked if v.row_number in self.confirmed
                                      else Qt.CheckState.Unchecked)
                verdict.setData(v.row_number, Qt.ItemDataRole.UserRole)
            items = [QStandardItem(str(v.row_number)), verdict] + [QStandardItem(_shown(v.cells[i])) for i in cols]
            for item in items:
                item.setEditable(False)
            self.preview_model.appendRow(items)
        self.preview.resizeColumnsToContents()
        self.preview.setColumnWidth(1, min(self.preview.columnWidth(1), self.fontMetrics().horizontalAdvance("中") * 22))

    def on_duplicate(self) -> str:
        return "update" if self.update_existing.isChecked() else "skip"

    def _verdict_text(self, v) -> str:
        if v.action == "insert":
            return self.tr("可导入")
        if v.action == "update":
            return self.tr("将更新台账第 {0} 号记录").format(v.existing_id)
        if v.action == "confirm":
            return self.tr("勾选确认后更新：{0}").format(say(v.reason))
        return say(v.reason)

    def _ticked(self, item) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if item.isCheckable() and number is not None:
            if item.checkState() == Qt.CheckState.Checked:
                self.confirmed.add(number)
            else:
                self.confirmed.discard(number)

    def begin_import(self, exported_reason: str | None = None) -> None:
        mapping, session, plan = self.mapping(), self.session, self.session.plan
        register, office, user = self.register, self.session.unit.code, self.session.user
        self.used_mapping = mapping
        on_duplicate, confirmed = self.on_duplicate(), set(self.confirmed)
        source = self.source

        def work(progress):
            with session.connection() as db:          # this thread's own connection
                return run_import(db, plan, register, office, source, mapping, user=user,
                                  on_duplicate=on_duplicate, progress=progress, exported_reason=exported_reason,
                                  confirmed=confirmed)

        self.start.setEnabled(False)
        self.task = run_task(self, work, on_done=self._done, on_error=self._failed,
                             label=self.tr("正在导入{0}…").format(register.name), cancellable=True)

    def _done(self, result) -> None:
        self.result = result
        text = result.summary() + self.tr("。")
        if result.problems:
            answer = QMessageBox.question(
                self, self.tr("导入完成"), text + self.tr("\n\n要把未导入的 {0} 行及原因保存为 Excel 文件吗？").format(
                    len(result.problems)))
            if answer == QMessageBox.StandardButton.Yes:
                self.save_errors(self.ask_error_path())
        else:
            QMessageBox.information(self, self.tr("导入完成"), text)
        self.accept()

    def ask_error_path(self) -> str:
        base = self.source.path if self.source.path.is_absolute() else Path.home() / self.source.path
        suggested = str(base.with_name(base.stem + "_未导入.xlsx"))
        path = file_dialogs.save_file(self, self.tr("保存未导入的行"), suggested, self.tr("Excel 工作簿 (*.xlsx)"))
        return path

    def save_errors(self, path: str) -> Path | None:
        if not path:
            return None
        try:
            return write_error_workbook(self.session.db, path, self.source, self.result, user=self.session.user,
                                        register=self.register, mapping=getattr(self, "used_mapping", None))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未保存"), say(exc))
            return None

    def _failed(self, exc) -> None:
        self.start.setEnabled(True)
        if isinstance(exc, ImportCancelled):
            QMessageBox.information(self, self.tr("已取消"), say(exc))
            return
        if isinstance(exc, ExportedMonthChanged):
            # nothing was written; with a reason the same import runs again, cancelled the dialog stays
            reason = ask_exported_reason(self, exc, getattr(self, "_exported_reason", "") or "")
            if reason is not None:
                self._exported_reason = reason
                self.begin_import(reason)
            return
        QMessageBox.warning(self, self.tr("导入失败"), say(exc))


