"""Tab moves through a form in the order a person reads it."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from db.schema import open_database
from desktop.security.auth import login
from desktop.system.paths import default_plan_path
from desktop.plan.loader import load_plan_file
from desktop.session import Session
from ui.login import LoginDialog
from ui.pages.export_page import ExportPage
from ui.wizard import SetupWizard


def tab_chain(start: QWidget, wanted: list[QWidget]) -> list[QWidget]:
    """The focus chain from ``start``, keeping only the widgets we name, in order met."""
    seen, w = [], start
    for _ in range(200):
        if w in wanted and w not in seen:
            seen.append(w)
        w = w.nextInFocusChain()
        if w is start:
            break
    return seen


def test_login_dialog(qtbot, office_db):
    d = LoginDialog(office_db, "宁海路街道", ["张三"])
    qtbot.addWidget(d)
    assert tab_chain(d.name, [d.name, d.password]) == [d.name, d.password]


def test_wizard_admin_page(qtbot, tmp_path):
    w = SetupWizard(tmp_path / "x.sqlite", load_plan_file(default_plan_path()))
    qtbot.addWidget(w)
    p = w.admin_page
    assert tab_chain(p.name, [p.name, p.password, p.again]) == [p.name, p.password, p.again]


def test_export_page(qtbot, office_db_path):
    db = open_database(office_db_path)
    page = ExportPage(Session.start(office_db_path, db, login(db, "张三", "abc12345")))
    qtbot.addWidget(page)
    order = [page.period, *(page.fields[k] for k in ("filler", "reviewer", "head", "phone")), page.folder,
             page.passphrase, page.export_button]
    assert tab_chain(page.period, order) == order
    db.close()
