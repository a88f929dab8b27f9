"""帮助 → 用户指南 opens the shipped guide with its screenshots; the wheel and the frozen bundle
both carry it where desktop/system/guide.py looks."""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop.system import guide
from desktop.security.auth import login
from desktop.session import Session
from ui.guide_dialog import GuideDialog
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]


def help_action(window, text: str):
    menu = next(m for m in window.findChildren(QMenu) if m.title().startswith("帮助"))
    return next(a for a in menu.actions() if a.text() == text)


def test_help_menu_opens_the_guide_with_its_screenshots(qtbot, office_db, office_db_path):
    window = MainWindow(Session.start(office_db_path, office_db, login(office_db, "张三", "abc12345")))
    qtbot.addWidget(window)
    help_action(window, "用户指南").trigger()
    (dialog,) = window.findChildren(GuideDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert "工作台" in dialog.browser.toPlainText()
    assert dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("images/03_dashboard.png"))


def test_a_missing_guide_is_said_plainly(qtbot, office_db, office_db_path, monkeypatch):
    import ui.main_window as main_window

    said = []
    monkeypatch.setattr(main_window, "guide_path", lambda: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: said.append(text))
    window = MainWindow(Session.start(office_db_path, office_db, login(office_db, "张三", "abc12345")))
    qtbot.addWidget(window)
    assert window.show_guide() is None
    assert "重新安装" in said[0]


def test_wheel_and_bundle_put_the_guide_where_it_is_looked_for():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = project["tool"]["setuptools"]["data-files"]
    assert data_files["share/street-ledger/docs"] == ["docs/" + guide.GUIDE_NAME]
    assert list(ROOT.glob(data_files["share/street-ledger/docs/images"][0]))
    installed = [p for p in guide.guide_candidates() if "share" in p.parts]
    assert installed and all(p.parent.relative_to(Path(sys.prefix).anchor).as_posix().endswith(
        "share/street-ledger/docs") for p in installed)
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert f'(str(ROOT / "docs" / "{guide.GUIDE_NAME}"), "docs")' in spec      # beside resources/ in the bundle
    assert guide.guide_path() == ROOT / "docs" / guide.GUIDE_NAME              # from source
