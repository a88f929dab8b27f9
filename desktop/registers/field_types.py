"""Every kind of register field the plan may declare, each defined once: how typed text or an
Excel cell becomes the stored value, how it reads back, shows, edits, is stored in SQLite, is
written to a register workbook and to the signed submission (its canonical form), and which
form editor it gets. Everything else looks a field's kind up here (``of(field)``) and asks it;
no other module switches on a type name (tests/test_field_types.py holds it to that).

Adding a type: one subclass of ``FieldType`` below with its ``name`` and what differs from the
defaults, added to ``TYPES``; the plan then accepts it. If its editor is none of "line", "pick"
or "ticks", add a builder for its ``widget`` to ``EDITORS`` in ui/registers/record_form.py.
Its ``column_type`` is part of what signed workbooks say: never change it for an existing type.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from datetime import date
from decimal import Decimal

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.plan.model import Field

from . import cn_id
from .phone import PhoneProblem, parse_phone
if TYPE_CHECKING:
    from desktop.exchange.workbook.sheets import Column

from .value_text import (MULTI_SEPARATOR, MULTI_SPLIT, NO, NOT_A_CHOICE, YES, ValueProblem, number,
                         parse_date, plain_text, short_text)


class FieldType:
    """Plain text; each subclass says what differs."""
    name = "text"
    sql_type = "text"              # the column in reg_<id>: "text" or "integer"
    column_type = "text"           # the submission workbook's column type (desktop/exchange/workbook/cells.py)
    sheet_width: int | None = None  # its width there (print layout, not signed)
    text_cell = False              # exported as a text cell formatted '@': digits Excel would mangle
    numeric = False                # a figure: right-aligned in tables
    repeats = False                # values repeat down a column: an import parses each distinct one once
    widget = "line"                # form editor: "line" (text box), "pick" (drop-down), "ticks" (check boxes)
    placeholder = ""               # the hint in an empty text box (marked in the form's FieldEditor context)
    table_em = 6                   # register table column width, in Chinese characters
    header_names: tuple[str, ...] = ()   # the column headers offices use for it
    prefix_search = False          # digits typed in the search box find it by prefix
    filter_kind: str | None = None  # the register page's filter: "place", "one" (equality) or "tags" (within)
    multiple = False               # several labels in one value: filtered by containment, never sorted
    identity = False               # the resident ID: checked with its derivations, masked, matched on
    names_record = False           # a required one is what the person or site is called
    plan_choices = False           # the plan gives it a choice list
    plan_places = False            # the plan gives its decimal places

    def parse(self, field: Field, raw, communities: tuple[str, ...] = ()):
        """The stored form of a non-empty ``raw``; ``ValueProblem`` when it is not one."""
        return short_text(field, plain_text(raw))

    def typed(self, field: Field, stored):
        """The stored value as Python (``stored`` is not empty)."""
        return stored

    def display(self, field: Field, stored) -> str:
        """As a district office writes it (``stored`` is not empty)."""
        return str(stored)

    def edit_text(self, field: Field, stored) -> str:
        """What a form's text box shows for editing (``stored`` is not None)."""
        return str(stored)

    def options(self, field: Field, communities: tuple[str, ...]) -> tuple[str, ...]:
        """What a "pick" or "ticks" editor, or a filter, offers."""
        return ()

    def table_width(self, field: Field) -> int:
        return self.table_em

    def column(self, field: Field) -> Column:
        """The field's column in the signed submission workbook."""
        return _column(field.label, self.column_type, width=self.sheet_width)

    def sheet_value(self, value):
        """A typed value as a register workbook cell holds it."""
        return value

    def cell(self, ws, field: Field, value):
        """A typed value as a register workbook cell; text a spreadsheet would run stays text."""
        from desktop.exchange import xlsx_cells     # openpyxl: only when a workbook is written
        if value is None:
            return xlsx_cells.value_cell(ws, None)
        value = self.sheet_value(value)
        if self.text_cell or (isinstance(value, str) and value.startswith(xlsx_cells.FORMULA_START)):
            return xlsx_cells.text_cell(ws, value)
        return xlsx_cells.value_cell(ws, value, field.places)


def _column(*args, **kwargs) -> "Column":
    # the workbook layer is imported when a workbook is made, not when the window starts
    from desktop.exchange.workbook.sheets import Column
    return Column(*args, **kwargs)


class Text(FieldType):
    name = "text"
    table_em = 8
    names_record = True


class Integer(FieldType):
    name = "integer"
    sql_type = column_type = "integer"
    numeric = repeats = True
    placeholder = QT_TRANSLATE_NOOP("FieldEditor", "整数")

    def parse(self, field, raw, communities=()):
        value = number(field, raw)
        if value != value.to_integral_value():
            raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」应为整数"), plain_text(raw))
        return int(value)


class DecimalType(FieldType):
    name = "decimal"
    column_type = "decimal"
    numeric = repeats = plan_places = True
    placeholder = QT_TRANSLATE_NOOP("FieldEditor", "数字")

    def parse(self, field, raw, communities=()):
        value = number(field, raw)
        places = field.places if field.places is not None else 2
        if value != round(value, places):
            raise ValueProblem(QT_TRANSLATE_NOOP("core", "最多保留 {0} 位小数"), places)
        return str(value.quantize(Decimal(1).scaleb(-places)))     # exact text, never a float

    def typed(self, field, stored):
        return Decimal(stored)

    def column(self, field):
        return _column(field.label, self.column_type, places=field.places or 0, width=self.sheet_width)


class Date(FieldType):
    name = "date"
    column_type = "date"
    sheet_width, table_em = 12, 11
    repeats = True
    placeholder = QT_TRANSLATE_NOOP("FieldEditor", "如 2023-03-05")

    def parse(self, field, raw, communities=()):
        return parse_date(raw).isoformat()

    def typed(self, field, stored):
        return date.fromisoformat(stored)

    def display(self, field, stored):
        d = date.fromisoformat(stored)
        return f"{d.year}年{d.month}月{d.day}日"


class Choice(FieldType):
    name = "choice"
    repeats = plan_choices = True
    widget, filter_kind = "pick", "one"

    def parse(self, field, raw, communities=()):
        text = plain_text(raw)
        if text not in field.choices:
            raise ValueProblem(NOT_A_CHOICE, text, "、".join(field.choices))
        return text

    def options(self, field, communities):
        return field.choices

    def table_width(self, field):
        return max(self.table_em, min(10, max((len(c) for c in field.choices), default=0) + 1))


class MultiChoice(FieldType):
    name = "multi_choice"
    column_type = "multi"
    sheet_width, table_em = 24, 16
    repeats = plan_choices = multiple = True
    widget, filter_kind = "ticks", "tags"

    def parse(self, field, raw, communities=()):
        labels = [p for p in MULTI_SPLIT.split(plain_text(raw)) if p]
        wrong = [p for p in labels if p not in field.choices]
        if wrong:
            raise ValueProblem(NOT_A_CHOICE, "、".join(wrong), "、".join(field.choices))
        return MULTI_SEPARATOR.join(c for c in field.choices if c in labels) or None   # in the plan's order

    def typed(self, field, stored):
        return tuple(stored.split(MULTI_SEPARATOR))

    def options(self, field, communities):
        return field.choices

    def column(self, field):
        return _column(field.label, self.column_type, choices=field.choices, width=self.sheet_width)

    def sheet_value(self, value):
        return MULTI_SEPARATOR.join(value)


class CnId(FieldType):
    """Checked whole by validation (the number gives sex, birth date and age), not here."""
    name = "cn_id"
    sheet_width, table_em = 21, 19
    text_cell = prefix_search = identity = True
    placeholder = QT_TRANSLATE_NOOP("FieldEditor", "18 位身份证号")
    header_names = ("身份证号", "身份证号码", "公民身份号码", "公民身份证号", "公民身份证号码", "证件号码",
                    "证件号", "身份证", "身份证件号码", "居民身份证号码")

    def parse(self, field, raw, communities=()):
        return cn_id.normalize(str(raw))


class Phone(FieldType):
    name = "phone"
    sheet_width, table_em = 14, 12
    text_cell = prefix_search = True
    placeholder = QT_TRANSLATE_NOOP("FieldEditor", "手机号或固定电话")
    header_names = ("电话", "手机", "联系电话", "手机号", "手机号码", "联系方式", "电话号码", "联系手机")

    def parse(self, field, raw, communities=()):
        try:
            return parse_phone(plain_text(raw))
        except PhoneProblem as exc:
            raise ValueProblem(exc.message) from None


class Community(FieldType):
    name = "community"
    table_em = 8
    repeats = True
    widget, filter_kind = "pick", "place"
    header_names = ("社区", "所属社区", "社区名称", "所在社区", "居委会", "社区(居委会)")

    def parse(self, field, raw, communities=()):
        text = plain_text(raw)
        if communities and text not in communities:
            # 宁海路 for 宁海路社区
            alt = next((c for c in communities if c.removesuffix("社区") == text.removesuffix("社区")), None)
            if alt is None:
                raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」不是本街道的社区，可选：{1}"), text, "、".join(communities))
            text = alt
        return text

    def options(self, field, communities):
        return communities


class YesNo(FieldType):
    name = "yes_no"
    sql_type, column_type = "integer", "yes_no"
    repeats = True
    widget = "pick"

    def parse(self, field, raw, communities=()):
        text = plain_text(raw).lower()
        if text in YES:
            return 1
        if text in NO:
            return 0
        raise ValueProblem(QT_TRANSLATE_NOOP("core", "「{0}」应填写“是”或“否”"), plain_text(raw))

    def typed(self, field, stored):
        return bool(stored)

    def display(self, field, stored):
        return "是" if stored else "否"

    edit_text = display

    def options(self, field, communities):
        return ("是", "否")

    def sheet_value(self, value):
        return "是" if value else "否"


TYPES: dict[str, FieldType] = {t.name: t for t in (
    Text(), Integer(), DecimalType(), Date(), Choice(), MultiChoice(), CnId(), Phone(), Community(), YesNo())}
NAMES = tuple(TYPES)


def of(field: Field) -> FieldType:
    """The kind of ``field`` (the plan loader admits only the names in ``TYPES``)."""
    return TYPES[field.type]
