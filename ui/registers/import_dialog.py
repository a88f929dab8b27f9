"""Excel import, step by step: which column is which field (the user can change every match),
a preview, then the import in the background with progress and cancel, and a summary that
offers the workbook of rows left out."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QMessageBox, QRadioButton, QScrollArea, QTableView,
                               QVBoxLayout, QWidget)

from db.schema import open_database
from desktop.registers.column_match import importable, is_derived_header
from desktop.registers.error_book import write_error_workbook
from desktop.registers import records
from desktop.registers.importer import ImportCancelled, ImportSource, run_import
from desktop.registers.schema import unique_fields
from desktop.registers.validation import check
from desktop.stale import ExportedMonthChanged
from ui.tasks import run_task
from ui.widgets.exported_change_dialog import ask_exported_reason

PREVIEW_ROWS = 50


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
        self.setWindowTitle(self.tr("从 Excel 导入 — {0}").format(register.name))
        layout = QVBoxLayout(self)
        lay = source.layout
        info = self.tr("文件：{0}。表头在第 {1} 行，共 {2} 行数据").format(
            source.path.name, "、".join(str(r) for r in lay.header_rows), len(lay.rows))
        if lay.footer_rows:
            info += self.tr("；已略过表尾 {0} 行（填表人、联系电话等）").format(len(lay.footer_rows))
        layout.addWidget(QLabel(info + self.tr("。")))
        layout.addWidget(self._mapping_box())
        self.preview_model = QStandardItemModel(self)
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
        self.resize(1100, 720)

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
        communities = records.communities(self.session.plan, self.session.unit.code)
        for number, cells in self.source.layout.rows[:PREVIEW_ROWS]:
            checked = check(self.register.fields, {mapping[i]: cells[i] for i in cols}, communities=communities)
            verdict = QStandardItem(self.tr("可导入") if checked.ok else checked.reasons(self.register.fields))
            verdict.setForeground(QColor("#067647" if checked.ok else "#b42318"))
            verdict.setToolTip(verdict.text())
            items = [QStandardItem(str(number)), verdict] + [QStandardItem(_shown(cells[i])) for i in cols]
            for item in items:
                item.setEditable(False)
            self.preview_model.appendRow(items)
        self.preview.resizeColumnsToContents()
        self.preview.setColumnWidth(1, min(self.preview.columnWidth(1), self.fontMetrics().horizontalAdvance("中") * 22))

    def begin_import(self, exported_reason: str | None = None) -> None:
        mapping, path, plan = self.mapping(), self.session.path, self.session.plan
        register, office, user = self.register, self.session.unit.code, self.session.user.name
        on_duplicate = "update" if self.update_existing.isChecked() else "skip"
        source = self.source

        def work(progress):
            db = open_database(path)   # a worker opens its own connection
            try:
                return run_import(db, plan, register, office, source, mapping, user=user,
                                  on_duplicate=on_duplicate, progress=progress, exported_reason=exported_reason)
            finally:
                db.close()

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
        suggested = str(self.source.path.with_name(self.source.path.stem + "_未导入.xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存未导入的行"), suggested, self.tr("Excel 工作簿 (*.xlsx)"))
        return path

    def save_errors(self, path: str) -> Path | None:
        if not path:
            return None
        return write_error_workbook(path, self.source, self.result)

    def _failed(self, exc) -> None:
        self.start.setEnabled(True)
        if isinstance(exc, ImportCancelled):
            QMessageBox.information(self, self.tr("已取消"), exc.message)
            return
        if isinstance(exc, ExportedMonthChanged):
            # nothing was written; with a reason the same import runs again, cancelled the dialog stays
            reason = ask_exported_reason(self, exc, getattr(self, "_exported_reason", "") or "")
            if reason is not None:
                self._exported_reason = reason
                self.begin_import(reason)
            return
        QMessageBox.warning(self, self.tr("导入失败"), getattr(exc, "message", str(exc)))


