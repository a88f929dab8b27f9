"""One definition per register field type (desktop/registers/field_types.py): the plan accepts
exactly the registered types, every type does its whole job (parse, read back, show, store,
column, cell, editor), and no module outside the registry switches on a type name."""
from __future__ import annotations

import ast
import copy
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from db.register_tables import SQL_TYPES
from desktop.errors import PlanError
from desktop.exchange.workbook.cells import TYPES as COLUMN_TYPES, canonicaliser
from desktop.plan.loader import plan_from_dict
from desktop.plan.model import Field
from desktop.registers.export import cell_for
from desktop.registers.field_types import TYPES, of
from desktop.registers.values import display, edit_text, parse_value, typed
from desktop.system.paths import default_plan_path

ROOT = Path(__file__).resolve().parents[1]
CHOICES = ("甲类", "乙类")
# One value a clerk might type for each type, and what it is stored as. A new type needs a line here.
SAMPLES = {
    "text": (" 张三 ", "张三"), "integer": ("１２", 12), "decimal": ("1,234.5", "1234.50"),
    "date": ("2023年3月5日", "2023-03-05"), "choice": ("乙类", "乙类"), "multi_choice": ("乙类，甲类", "甲类、乙类"),
    "cn_id": ("11010519491231002x", "11010519491231002X"), "phone": ("139 1234 5678", "13912345678"),
    "community": ("宁海路", "宁海路社区"), "yes_no": ("有", 1),
}


def _field(name: str) -> Field:
    return Field("f", "字段", name, choices=CHOICES, places=2)


def _plan_with(types: list[str]) -> dict:
    raw = tomllib.loads(default_plan_path().read_text(encoding="utf-8"))
    raw = copy.deepcopy(raw)
    raw["choices"]["test_kinds"] = list(CHOICES)
    fields = raw["registers"][0]["fields"]
    for n, name in enumerate(types):
        fields.append({"id": f"extra_{n}", "label": f"附加{n}", "type": name, "choices": "test_kinds", "places": 2})
    return raw


def test_the_plan_accepts_every_registered_type_and_no_other():
    plan = plan_from_dict(_plan_with(list(TYPES)), "测试计划")
    declared = {f.type for r in plan.registers for f in r.fields + tuple(g for lg in r.logs for g in lg.fields)}
    assert set(TYPES) <= declared
    extra = [f for f in plan.registers[0].fields if f.id.startswith("extra_")]
    assert [f.choices for f in extra if of(f).plan_choices] == [CHOICES, CHOICES]
    with pytest.raises(PlanError) as refused:
        plan_from_dict(_plan_with(["colour"]), "测试计划")
    assert "colour" in str(refused.value)


def test_every_type_does_its_whole_job():
    from ui.registers.record_form import EDITORS
    assert set(SAMPLES) == set(TYPES)
    ws = Workbook(write_only=True).create_sheet("台账")
    for name, (raw, stored) in SAMPLES.items():
        f = _field(name)
        assert parse_value(f, raw, ("宁海路社区",)) == stored, name
        value = typed(f, stored)
        assert display(f, stored) and edit_text(f, stored), name
        column = of(f).column(f)
        assert column.type in COLUMN_TYPES and canonicaliser(column.type, column.places, column.choices)(value), name
        assert of(f).sql_type in SQL_TYPES and of(f).widget in EDITORS, name
        assert cell_for(ws, f, value).value not in (None, ""), name


def test_register_workbook_cells_keep_text_as_text():
    ws = Workbook(write_only=True).create_sheet("台账")
    formula = cell_for(ws, _field("text"), "=HYPERLINK(\"http://x\")")
    assert formula.data_type == "s" and formula.quotePrefix      # Excel shows it, never runs it on edit
    plain = cell_for(ws, _field("text"), "张三")
    assert plain.data_type == "s" and not plain.quotePrefix
    phone = cell_for(ws, _field("phone"), "13912345678")
    assert phone.data_type == "s" and phone.number_format == "@"   # never turned into 1.39E+10
    amount = cell_for(ws, _field("decimal"), Decimal("1234.50"))
    assert amount.data_type == "n" and amount.number_format == "0.00"


# -- no switch on a type name outside the registry -------------------------------------------
NAMES = set(TYPES)
REGISTRY = ROOT / "desktop" / "registers" / "field_types.py"
# Column types of the workbook layer (text, integer, decimal, date, multi, yes_no, auto) are the
# workbook's own vocabulary, switched on where they are defined.
COLUMN_LAYER = ROOT / "desktop" / "exchange" / "workbook"


def _type_valued_names(tree) -> set[str]:
    """Names bound to a field's type: ``kind = field.type``, ``ftype = f.get("type")``."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                (isinstance(n, ast.Attribute) and n.attr == "type") or (isinstance(n, ast.Constant) and n.value == "type")
                for n in ast.walk(node.value)):
            out |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return out


def _literal_names(node) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("set", "frozenset", "tuple") \
            and node.args:
        return _literal_names(node.args[0])
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return set().union(*(_literal_names(e) for e in node.elts)) if node.elts else set()
    return set()


def _switches(source: str) -> list[str]:
    tree = ast.parse(source)
    typed_names = _type_valued_names(tree)

    def is_type(node) -> bool:
        return (isinstance(node, ast.Attribute) and node.attr == "type") or (
            isinstance(node, ast.Name) and node.id in typed_names)

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            for a, b in zip(sides, sides[1:]):
                if (is_type(a) and _literal_names(b) & NAMES) or (is_type(b) and _literal_names(a) & NAMES):
                    found.append(f"line {node.lineno}: compares a type with {sorted(_literal_names(a) | _literal_names(b))}")
        elif isinstance(node, ast.Subscript) and is_type(node.slice):
            found.append(f"line {node.lineno}: looks something up by a type")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
                and node.args and is_type(node.args[0]) and not (
                    isinstance(node.func.value, ast.Name) and node.func.value.id in ("TYPES", "FIELD_TYPES")):
            found.append(f"line {node.lineno}: looks something up by a type")
        elif isinstance(node, ast.Assign):
            names = _literal_names(node.value)
            if len(names) >= 2 and names <= NAMES:
                found.append(f"line {node.lineno}: a list of type names {sorted(names)}")
    return found


def _sources():
    for top in ("desktop", "ui"):
        for path in sorted((ROOT / top).rglob("*.py")):
            if path != REGISTRY and COLUMN_LAYER not in path.parents:
                yield path


def test_no_module_outside_the_registry_switches_on_a_type_name():
    found = {str(p.relative_to(ROOT)): s for p in _sources() if (s := _switches(p.read_text(encoding="utf-8")))}
    assert found == {}, "ask the field's kind (desktop.registers.field_types.of(field)) instead"


@pytest.mark.parametrize("switch", [
    'if f.type == "cn_id":\n    pass\n',
    'kind = field.type\nif kind in ("choice", "community"):\n    pass\n',
    'width = {"cn_id": 21, "phone": 14}.get(field.type)\n',
    'TEXT_TYPES = ("cn_id", "phone")\n',
    'ftype = f.get("type")\nif ftype == "decimal":\n    pass\n',
])
def test_the_scan_sees_a_switch(switch):
    assert _switches(switch)


def test_the_form_gives_each_kind_its_editor_and_translated_hint(qapp):
    from PySide6.QtWidgets import QComboBox, QLineEdit
    from ui.i18n import install_translators
    from ui.registers.record_form import FieldEditor
    install_translators(qapp, "en")
    try:
        dated = FieldEditor(_field("date"), ())
        assert isinstance(dated.editor, QLineEdit) and dated.editor.placeholderText() == "e.g. 2023-03-05"
    finally:
        install_translators(qapp, "zh_CN")
    counted = FieldEditor(_field("integer"), ())
    assert counted.editor.placeholderText() == "整数"
    places = FieldEditor(_field("community"), ("宁海路社区", "湖南路社区"))
    assert isinstance(places.editor, QComboBox) and [places.editor.itemText(i) for i in range(
        places.editor.count())] == ["", "宁海路社区", "湖南路社区"]
    tags = FieldEditor(_field("multi_choice"), ())
    assert [b.text() for b in tags.checks] == list(CHOICES)
