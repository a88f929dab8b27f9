"""Keyboard habits: entering a page puts the cursor where work starts; the month chooser takes
arrow keys only when chosen on purpose; Enter finishes what one is doing (search → results,
passphrase → export); a shortcut adds a service record; a failed save goes to the field in error."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.security.auth import User
from desktop.entry.service import EntryService
from desktop.registers import records
from ui.models.entry_model import COL_MONTH

ZHANG = User("张三", "admin")   # the office fixture's administrator

ID_1 = "11010519491231002X"


@pytest.fixture
def window(qtbot, session):
    from ui.main_window import MainWindow

    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def ctrl(widget, key):
    QTest.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_2_lands_on_the_first_empty_cell_and_digits_go_there(qtbot, window, session):
    service = EntryService(session.db, session.plan, session.unit, ZHANG)
    first = next(r for r in service.rows("2023-03") if r.editable)
    page_key = "entry"
    row = window.page_keys.index(page_key)
    # the first figure is filled: the cursor should skip it to the first empty one
    from desktop.plan.periods import default_period
    period = default_period(session.plan)
    service.set_text(first.indicator.id, period, "3")
    ctrl(window, getattr(Qt.Key, f"Key_{row + 1}"))
    page = window.page_widget(page_key)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)
    current = page.model.progress_row(page.view.currentIndex().row())
    assert page.view.currentIndex().column() == COL_MONTH
    assert current.indicator.id != first.indicator.id and current.month is None and current.editable
    assert page.period == period
    QTest.keyClick(page.view, "7")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: service.entry(current.indicator.id, period) is not None)
    assert service.entry(current.indicator.id, period).value == 7


def test_arrow_keys_change_the_month_only_after_alt_m(qtbot, window):
    window.enter_page("entry")
    page = window.page_widget("entry")
    box = page.period_box
    before = page.period
    box.setFocus(Qt.FocusReason.TabFocusReason)        # focus that merely lands there
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_Down)
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert page.period == before
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)   # the label's buddy
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert page.period != before


def test_enter_in_the_register_search_goes_to_the_results(qtbot, session):
    from ui.pages.register_page import RegisterPage

    register = session.plan.register("unemployed")
    records.save_record(session.db, session.plan, register, "NHL",
                        {"name": "孙八", "id_number": ID_1, "community": "颐和路社区", "registered_on": "2023-03-05",
                         "employment_status": "失业"}, user=ZHANG)
    page = RegisterPage(session, None, register)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.focus_first()
    qtbot.waitUntil(page.search_box.hasFocus)
    QTest.sendKeyEvent(QTest.KeyAction.Click, page.search_box, Qt.Key.Key_unknown, "孙", Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.view.hasFocus() and page.view.currentIndex().row() == 0
    assert len(page.model.ids) == 1


def test_enter_in_the_passphrase_exports(qtbot, session, tmp_path, monkeypatch):
    from ui import tasks
    from ui.pages.export_page import ExportPage

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    page = ExportPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.fields["filler"])     # first empty field
    for key, text in (("filler", "李梅"), ("reviewer", "张强"), ("head", "王军"), ("phone", "025-83301234")):
        page.fields[key].setText(text)
    page.folder.setText(str(tmp_path))
    page.focus_first()
    qtbot.waitUntil(page.passphrase.hasFocus)
    QTest.keyClicks(page.passphrase, "key-pass-2023")
    QTest.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "已导出并校验" in page.message.text())
    assert list(tmp_path.glob("*.xlsx"))


def test_ctrl_l_adds_a_service_record_and_a_failed_save_focuses_the_field(qtbot, session, monkeypatch):
    from ui.pages.register_page import RegisterPage
    from ui.registers import log_panel

    page = RegisterPage(session, None, session.plan.register("unemployed"))
    qtbot.addWidget(page)
    page.show()
    page.new_record()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    form = dialog.form
    form.editors["name"].set_text("李小梅")
    form.editors["id_number"].set_text(ID_1)
    form.editors["phone"].set_text("1381234567")               # ten digits: refused
    form.editors["registered_on"].set_text("2023-03-05")
    form.first_editor().setFocus()
    assert not dialog.save()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is form.editors["phone"].editor
    form.editors["phone"].set_text("13812345678")
    form.editors["community"].set_text("颐和路社区")
    form.editors["employment_status"].set_text("失业")
    assert dialog.save(), dialog.message.text()
    opened = []
    monkeypatch.setattr(log_panel.LogRowDialog, "exec", lambda self: opened.append(self) or QDialog.DialogCode.Rejected)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    ctrl(dialog, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: len(opened) == 1)      # a button's shortcut clicks it (animated)
