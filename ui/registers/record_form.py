"""The one form generator for every register and child log: an editor per field from its
definition, the reason beside each field, derived fields filled while the ID is typed, and a
warning with a link when the ID is already in the register. Which editor a field gets is its
kind's ``widget`` (desktop/registers/field_types.py), built by ``EDITORS`` here."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from desktop.registers import cn_id
from desktop.plan.model import Field
from desktop.registers.field_types import of
from desktop.registers.privacy import AGE_DERIVED, BIRTH_DERIVED, age_band
from desktop.registers.validation import Checked, check
from desktop.registers.values import REGISTRATION_FIELD, edit_text, registration_day
from ui.core_text import say

CHECKS_PER_ROW = 3


class FieldEditor(QWidget):
    """One field: its editor and, below it, the reason when the value is not right."""

    changed = Signal()

    def __init__(self, field: Field, communities: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.checks: list[QCheckBox] = []
        kind = of(field)
        self.editor = EDITORS[kind.widget](self, kind, communities)
        self.editor.setAccessibleName(field.label)
        self.hidden: str | None = None   # the whole ID number behind a masked one
        self.reason = QLabel()
        self.reason.setObjectName("fieldReason")
        self.reason.setWordWrap(True)
        self.reason.setOpenExternalLinks(False)
        self.reason.hide()
        layout.addWidget(self.editor)
        layout.addWidget(self.reason)

    def _pick(self, kind, communities) -> QComboBox:
        editor = QComboBox()
        editor.addItems([""] + list(kind.options(self.field, communities)))
        editor.currentIndexChanged.connect(self.changed)
        return editor

    def _ticks(self, kind, communities) -> QWidget:
        editor = QWidget()
        grid = QGridLayout(editor)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, label in enumerate(kind.options(self.field, communities)):
            box = QCheckBox(label)
            box.toggled.connect(self.changed)
            self.checks.append(box)
            grid.addWidget(box, i // CHECKS_PER_ROW, i % CHECKS_PER_ROW)
        return editor

    def _line(self, kind, communities) -> QLineEdit:
        editor = QLineEdit()
        editor.setPlaceholderText(self.tr(kind.placeholder))     # marked in the FieldEditor context
        editor.setReadOnly(bool(self.field.derived))
        if self.field.derived:
            editor.setEnabled(False)   # looks filled-in-for-you, and Tab skips it
            editor.setPlaceholderText(self.tr("由身份证号自动计算"))
        editor.textEdited.connect(self.changed)
        return editor

    def text(self) -> str:
        if self.hidden is not None:
            return self.hidden
        if self.checks:
            return "、".join(b.text() for b in self.checks if b.isChecked())
        if isinstance(self.editor, QComboBox):
            return self.editor.currentText()
        return self.editor.text()

    def set_text(self, text: str) -> None:
        text = text or ""
        if self.checks:
            chosen = set(text.split("、"))
            for b in self.checks:
                b.setChecked(b.text() in chosen)
        elif isinstance(self.editor, QComboBox):
            self.editor.setCurrentIndex(max(0, self.editor.findText(text)))
        else:
            self.editor.setText(text)

    def set_masked(self, number: str) -> None:
        """Show 110105********002X to a role that may not see whole numbers; the number is
        kept for saving but cannot be read or changed here."""
        self.hidden = number
        self.editor.setText(cn_id.mask(number))
        self.editor.setReadOnly(True)
        self.editor.setToolTip(self.tr("您的角色不能查看完整身份证号；如需更正，请联系管理员"))

    def show_reason(self, text: str, *, warning: bool = False) -> None:
        self.reason.setText(say(text))
        self.reason.setStyleSheet("color: #9a6700;" if warning else "color: #b42318;")
        self.reason.setVisible(bool(text))


# The editor for each kind's ``widget`` hint; a new kind of editor is one more builder here.
EDITORS = {"pick": FieldEditor._pick, "ticks": FieldEditor._ticks, "line": FieldEditor._line}


class RecordForm(QWidget):
    """Editors for ``fields`` in plan order; ``duplicate_check(value) -> (id, text) | None``
    warns when a unique ID is already registered (the link emits ``open_record``)."""

    changed = Signal()
    open_record = Signal(int)

    def __init__(self, fields, communities: tuple[str, ...] = (), duplicate_check=None, parent=None,
                 mask_ids: bool = False):
        super().__init__(parent)
        self.fields = tuple(fields)
        self.mask_ids = mask_ids
        self.communities = communities
        self.duplicate_check = duplicate_check
        self.dirty = False
        self.editors: dict[str, FieldEditor] = {}
        layout = QFormLayout(self)
        for f in self.fields:
            editor = FieldEditor(f, communities, self)
            label = f.label + (" *" if f.required else "")
            layout.addRow(label, editor)
            editor.changed.connect(lambda f=f: self._edited(f))
            editor.reason.linkActivated.connect(lambda href: self.open_record.emit(int(href.lstrip("#"))))
            self.editors[f.id] = editor

    def set_values(self, stored: dict) -> None:
        for f in self.fields:
            self.editors[f.id].set_text(edit_text(f, stored.get(f.id)))
        for f in self.fields:
            if f.default and not stored.get(f.id) and not stored.get("id"):
                self.editors[f.id].set_text(f.default)
            if of(f).identity and self.mask_ids and stored.get(f.id):
                self.editors[f.id].set_masked(stored[f.id])
        if self.mask_ids and stored.get("id"):
            self._hide_birth(stored)
        self.dirty = False

    def _hide_birth(self, stored: dict) -> None:
        """The birth date and exact age are the masked digits: no date, the age as a band."""
        for f in self.fields:
            if f.derived == BIRTH_DERIVED:
                self.editors[f.id].set_text("")
                self.editors[f.id].editor.setPlaceholderText(self.tr("您的角色不能查看出生日期"))
            elif f.derived == AGE_DERIVED:
                self.editors[f.id].set_text(age_band(stored.get(f.id)))

    def raw(self) -> dict:
        return {f.id: self.editors[f.id].text() for f in self.fields if not f.derived}

    def validate(self, *, all_fields: bool = True) -> Checked:
        checked = check(self.fields, self.raw(), communities=self.communities)
        for f in self.fields:
            if f.derived:
                continue
            editor = self.editors[f.id]
            if f.id in checked.errors and (all_fields or editor.text()):
                editor.show_reason(checked.errors[f.id])
            elif f.id in checked.warnings:
                editor.show_reason(checked.warnings[f.id], warning=True)
            else:
                editor.show_reason("")
        return checked

    def show_errors(self, errors: dict) -> None:
        for fid, text in errors.items():
            if fid in self.editors:
                self.editors[fid].show_reason(text)

    def focus_first_error(self, errors: dict) -> bool:
        """Put the cursor in the first field (in form order) that failed; False when none did."""
        failed = next((f for f in self.fields if f.id in errors and f.id in self.editors), None)
        if failed is None:
            return False
        widget = self.editors[failed.id].editor
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:      # the ticks of a multi-choice
            widget = next((w for w in widget.findChildren(QWidget)
                           if w.focusPolicy() != Qt.FocusPolicy.NoFocus), widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def first_editor(self) -> QWidget:
        first = next(f for f in self.fields if not f.derived)
        return self.editors[first.id].editor

    def _edited(self, field: Field) -> None:
        self.dirty = True
        identity = of(field).identity
        if identity:
            self._id_typed(field)
        self.validate(all_fields=False)
        if identity:
            self._warn_duplicate(field)
        self.changed.emit()

    def _id_typed(self, field: Field) -> None:
        """Fill sex, birth date and age as soon as the number is whole and valid."""
        try:
            info = cn_id.parse(self.editors[field.id].text())
        except cn_id.IdError:
            info = None
        registered = self.editors.get(REGISTRATION_FIELD)
        day = registration_day({REGISTRATION_FIELD: registered.text()}) if registered is not None else None
        derived = {"sex_from_id": lambda i: i.sex, "birth_date_from_id": lambda i: i.birth_date.isoformat(),
                   "age_from_id": lambda i: str(i.age_on(day or date.today()))}   # age at registration
        for f in self.fields:
            if f.derived in derived:
                self.editors[f.id].set_text(derived[f.derived](info) if info else "")

    def _warn_duplicate(self, field: Field) -> None:
        if self.duplicate_check is None:
            return
        found = self.duplicate_check(self.editors[field.id].text())
        if found:
            record_id, who = found
            editor = self.editors[field.id]
            editor.show_reason(self.tr("台账中已有此身份证号（{0}）。<a href=\"#{1}\">打开该记录</a>").format(
                who, record_id), warning=True)
