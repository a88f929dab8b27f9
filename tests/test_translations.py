"""Every user-visible string of the window goes through translation: under the English
translation no label, button, menu, tab, group title, header or window title is left in Chinese,
except data (plan content, office and user names, periods). And every .ts entry has its English."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QGroupBox, QLabel,
                               QLineEdit, QTabWidget, QWidget)

from db.schema import open_database
from desktop.security.auth import login
from desktop.system.paths import default_plan_path
from desktop.plan.loader import load_plan_file
from desktop.system.provision import initialise
from desktop.session import Session
from ui.i18n import install_translators
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.wizard import SetupWizard

ROOT = Path(__file__).resolve().parents[1]
CJK = re.compile(r"[\u4e00-\u9fff]")
PERIOD = re.compile(r"\d{4}年\d{1,2}月")


def data_strings(plan) -> list[str]:
    """Chinese that is data, not interface: what the plan, the offices and the users are called."""
    names = [a.name for a in plan.areas] + [a.slogan for a in plan.areas] + [m.name for m in plan.measures]
    names += [i.name for i in plan.indicators] + [r.name for r in plan.registers] + [plan.title, plan.issuer]
    names += [f.label for r in plan.registers for f in r.fields] + [lg.name for r in plan.registers for lg in r.logs]
    names += [o.name for o in plan.offices] + [c for o in plan.offices for c in o.communities]
    names += [c for opts in plan.choices.values() for c in opts] + [i.unit for i in plan.indicators]
    names += ["张三", "区管理员", "管理员", "区人民政府"]
    names += ["不适用", "未启动", "推进中", "已完成"]     # words a clerk types into the grid, shown as such
    return sorted({n for n in names if n}, key=len, reverse=True)


def leftover(text: str, data: list[str]) -> str:
    text = PERIOD.sub("", text)
    for name in data:
        text = text.replace(name, "")
    return "".join(CJK.findall(text))


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found = [("window title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel):
            found.append((f"label {w.objectName()}", w.text()))
        elif isinstance(w, QAbstractButton):
            found.append(("button", w.text()))
        elif isinstance(w, QGroupBox):
            found.append(("group", w.title()))
        elif isinstance(w, QTabWidget):
            found += [("tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            found.append(("placeholder", w.placeholderText()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:                  # list views' internal models: no headers to show
                columns = 0
            found += [("header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(columns)]
        found += [("tooltip", w.toolTip()), ("accessible name", w.accessibleName())]
        found += [("action", a.text()) for a in w.actions() if isinstance(a, QAction)]
    return found


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_CN")


def assert_translated(root: QWidget, data: list[str]) -> None:
    bad = [(kind, text) for kind, text in visible_texts(root) if text and leftover(text, data)]
    assert bad == []


def test_office_window_is_all_english(english, qtbot, office_db_path):
    db = open_database(office_db_path)
    session = Session.start(office_db_path, db, login(db, "张三", "abc12345"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    data = data_strings(session.plan)
    for key in window.page_keys:
        window.show_page(key)
    assert_translated(window, data)
    for menu_action in window.menuBar().actions():
        assert not leftover(menu_action.text(), data), menu_action.text()
    db.close()


def test_district_window_wizard_and_login_are_all_english(english, qtbot, tmp_path):
    path = tmp_path / "区.sqlite"
    initialise(path, district=True, office_code=None, admin="区管理员", password="abc12345", passphrase="district-2023")
    db = open_database(path)
    session = Session.start(path, db, login(db, "区管理员", "abc12345"))
    data = data_strings(session.plan)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert_translated(window, data)
    wizard = SetupWizard(tmp_path / "新.sqlite", load_plan_file(default_plan_path()))
    qtbot.addWidget(wizard)
    for _ in range(2):
        assert_translated(wizard, data)
    dialog = LoginDialog(db, session.unit.name, ["区管理员"])
    qtbot.addWidget(dialog)
    assert_translated(dialog, data)
    db.close()


def test_every_message_has_english():
    tree = ET.parse(ROOT / "resources" / "i18n" / "street_ledger_en.ts")
    untranslated = [m.find("source").text for m in tree.iter("message")
                    if not (m.find("translation").text or "").strip()
                    or m.find("translation").get("type") == "unfinished"]
    assert untranslated == []


def _entries(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {(c.find("name").text or "", m.find("source").text) for c in tree.iter("context") for m in c.iter("message")}


def test_the_translation_source_is_what_lupdate_finds(tmp_path):
    """The committed .ts holds exactly the strings pyside6-lupdate extracts from the sources (the
    README's workflow), so none is added by hand or left behind; and no call was misread (a bare
    tr("app", text) once filed 数据库已损坏 under the source "app", leaving the dialog in Chinese)."""
    import shutil
    import subprocess

    committed = ROOT / "resources" / "i18n" / "street_ledger_en.ts"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(committed, fresh)
    sources = subprocess.run(["git", "ls-files", "ui/*.py", "desktop/*.py", "db/*.py"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    assert _entries(fresh) == _entries(committed)
    assert not [source for _, source in _entries(committed) if not leftover(source, []) and source.isidentifier()]
