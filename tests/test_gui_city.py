"""The window side of issue 16 items 5–6: the wizard sets a district's or city's identity."""
from __future__ import annotations

from db.schema import open_database
from desktop.system.paths import default_plan_path
from desktop.plan.loader import load_plan_file
from desktop.unit import unit_of
from ui.wizard import SetupWizard

from test_gui_shell import type_text


def _through(wizard, qtbot) -> None:
    wizard.next()
    for field in (wizard.admin_page.name,):
        type_text(field, "区汇总员")
    type_text(wizard.admin_page.password, "abc12345")
    type_text(wizard.admin_page.again, "abc12345")
    wizard.next()
    type_text(wizard.key_page.passphrase, "district2023key")
    type_text(wizard.key_page.again, "district2023key")
    wizard.next()


def test_wizard_sets_a_citys_code_and_name(qtbot, tmp_path):
    path = tmp_path / "南京市.sqlite"
    wizard = SetupWizard(path, load_plan_file(default_plan_path()))
    qtbot.addWidget(wizard)
    wizard.show()
    role = wizard.role_page
    assert not role.unit_code.isEnabled()
    role.city_radio.setChecked(True)
    assert role.unit_code.isEnabled() and not role.office.isEnabled()
    type_text(role.unit_name, "南京市")
    _through(wizard, qtbot)
    assert wizard.currentPage() is wizard.key_page and "代码和名称" in wizard.key_page.error.text()
    assert not path.exists()
    wizard.back()
    wizard.back()
    type_text(role.unit_code, "nj")
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    db = open_database(path)
    try:
        unit = unit_of(db)
        assert (unit.code, unit.name, unit.is_city) == ("NJ", "南京市", True)
    finally:
        db.close()


def test_wizard_sets_a_districts_code_and_name(qtbot, tmp_path):
    path = tmp_path / "鼓楼区.sqlite"
    wizard = SetupWizard(path, load_plan_file(default_plan_path()))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.district_radio.setChecked(True)
    type_text(wizard.role_page.unit_code, "GL")
    type_text(wizard.role_page.unit_name, "鼓楼区")
    _through(wizard, qtbot)
    assert wizard.currentPage() is wizard.done_page
    db = open_database(path)
    try:
        unit = unit_of(db)
        assert (unit.code, unit.name, unit.is_city) == ("GL", "鼓楼区", False)
    finally:
        db.close()
