"""The note and reason dialog: names the change, wants real words, and ignores keys typed before
it opened (typing "72⏎1m8" at speed must not leave "m8" as the note)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.entry.explanations import explanation_problem
from ui.widgets.explain_dialog import ExplainDialog

from desktop.security.auth import User  # noqa: E402

ZHANG = User("张三", "admin")   # the office fixture's administrator


def queue_keys(widget, text):
    """Key events waiting in the queue, as fast typing leaves them while the program is busy."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def test_words_that_explain_and_words_that_do_not():
    for bad in ("", "x", "m8", "。。", "11", "ab", "aaaa"):
        assert explanation_problem(bad), bad
    for good in ("补录", "社区招聘会集中签约", "late report from the job fair"):
        assert explanation_problem(good) is None, good


def test_keys_typed_before_the_dialog_opened_are_dropped(qtbot):
    dialog = ExplainDialog(None, "需要说明", "「新增就业岗位」2023年3月：12 → 721", "请写明原因")
    qtbot.addWidget(dialog)
    queue_keys(dialog.edit, "m8")            # already typed when the dialog comes up
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.keys_open)
    assert dialog.edit.text() == ""
    assert "12 → 721" in dialog.subject.text()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.edit)
    for ch in "招聘会签约":
        QTest.sendKeyEvent(QTest.KeyAction.Click, dialog.edit, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    assert dialog.edit.text() == "招聘会签约"


def test_a_note_of_one_letter_is_not_accepted(qtbot):
    dialog = ExplainDialog(None, "需要说明", "「新增就业岗位」", "请写明原因")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.keys_open)
    dialog.edit.setText("x")
    dialog.accept()
    assert dialog.isVisible() and "说明不了原因" in dialog.problem.text()
    dialog.edit.setText("招聘会集中签约")
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == ExplainDialog.DialogCode.Accepted


def test_type_ahead_in_the_grid_does_not_become_the_note(qtbot, office_db_path, monkeypatch):
    """Through the page: 900⏎ needs a note; "m8" typed right after must not fill the dialog."""
    from db.schema import open_database
    from desktop.security.auth import login
    from desktop.entry.service import EntryService
    from desktop.session import Session
    from ui.pages.entry_page import EntryPage

    db = open_database(office_db_path)
    session = Session.start(office_db_path, db, login(db, "张三", "abc12345"))
    service = EntryService(session.db, session.plan, session.unit, ZHANG)
    for month, value in (("01", "100"), ("02", "110"), ("04", "120")):
        service.set_text("new_jobs", f"2023-{month}", value)
    page = EntryPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.set_period("2023-03")
    page.select_indicator("new_jobs")
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        qtbot.waitUntil(lambda: dialog.keys_open)
        QCoreApplication.processEvents()
        seen.append(dialog.edit.text())
        dialog.edit.setText("招聘会集中签约")
        dialog.accept()

    shown = ExplainDialog.showEvent

    def show_with_keys_pending(dialog, event):
        shown(dialog, event)
        # keys typed right after Enter, reaching the focused widget once the dialog is up
        queue_keys(dialog.edit, "m8")
        QTimer.singleShot(0, answer)

    monkeypatch.setattr(ExplainDialog, "showEvent", show_with_keys_pending)

    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for ch in "900":
        QTest.keyClick(QApplication.focusWidget(), ch)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [""]
    row = session.db.execute("SELECT value, note FROM entries WHERE indicator_id = 'new_jobs' AND period = '2023-03'").fetchone()
    assert tuple(row) == ("900", "招聘会集中签约")
    session.close()
