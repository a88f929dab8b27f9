"""审核公式 in the window: the entry page's panel follows each save; the export page asks for a
written explanation of each failing 必须 rule and sends it in the signed workbook."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import ui.tasks
from db.schema import open_database
from desktop.exchange.rule_sheet import read_rule_notes
from desktop.exchange.workbook.reader import read_signed
from desktop.security.auth import login
from desktop.session import Session
from ui.models.entry_model import COL_MONTH

from rule_case import BLOCKING, install_rules

CAP = {"id": "R91", "left": "本月(new_jobs)", "op": "≤", "right": "100", "importance": "提示",
       "message": "一个月新增就业岗位超过100个，请核对"}


def open_session(path, user, password):
    db = open_database(path)
    return db, Session.start(path, db, login(db, user, password))


def cells(panel, row):
    return [panel.model.index(row, c).data() for c in range(8)]


def type_cjk(widget, text):
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def test_the_entry_page_shows_failing_rules_and_refreshes_after_a_save(qtbot, office_db_path):
    from ui.pages.entry_page import EntryPage

    install_rules(office_db_path, [CAP])
    db, session = open_session(office_db_path, "张三", "abc12345")
    try:
        page = EntryPage(session)
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        qtbot.waitExposed(page)
        page.set_period("2023-03")
        panel = page.rule_panel
        assert panel.isVisible() and not panel.table.isVisible()
        assert "均已通过" in panel.summary.text()
        index = page.model.index(page.model.row_of("new_jobs"), COL_MONTH)
        page.view.setCurrentIndex(index)
        page.view.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        for ch in "150":
            QTest.keyClick(QApplication.focusWidget(), ch)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
        assert panel.table.isVisible()
        assert cells(panel, 0) == ["R91", "本月(new_jobs)", "150", "≤", "100", "100", "提示",
                                   "一个月新增就业岗位超过100个，请核对"]
        assert "1 条审核公式未通过" in panel.summary.text()
        assert page.model.setData(index, "90")          # the next save makes it pass again
        qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
        assert "均已通过" in panel.summary.text()
    finally:
        db.close()


@pytest.fixture
def export_page(qtbot, demo_db_path, tmp_path, monkeypatch):
    from ui.pages.export_page import ExportPage

    monkeypatch.setattr(ui.tasks, "SYNCHRONOUS", True)
    monkeypatch.setattr("ui.pages.export_page.QMessageBox.warning", lambda *a: None)
    install_rules(demo_db_path, [BLOCKING])
    db, session = open_session(demo_db_path, "demo", "demo2023")
    page = ExportPage(session)
    qtbot.addWidget(page)
    page.folder.setText(str(tmp_path))
    page.period.setCurrentIndex(page.period.findData("2023-03"))
    for key in ("filler", "reviewer", "head", "phone"):
        page.fields[key].setText("x1")
    page.show()
    qtbot.waitExposed(page)
    yield page
    db.close()


def test_the_export_page_needs_an_explanation_for_a_failing_must_rule(export_page, qtbot, tmp_path):
    page, panel = export_page, export_page.rule_panel
    assert [panel.model.index(n, 0).data() for n in range(panel.model.rowCount())] == ["R90"]
    assert cells(panel, 0)[6] == "必须"
    explain = panel.explanation_field("R90")
    assert explain is not None and "必须写明原因" in explain.placeholderText()
    assert "1 条“必须”未写说明" in panel.summary.text()

    qtbot.keyClicks(page.passphrase, "demo-key-2023")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "R90" in page.message.text() and "写明原因" in page.message.text()
    assert not list(tmp_path.glob("*.xlsx")) and QApplication.focusWidget() is explain

    type_cjk(explain, "mm")                             # keys, not words: still refused
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert not list(tmp_path.glob("*.xlsx"))

    explain.clear()
    type_cjk(explain, "培训班推迟到四月开班")
    assert "已写明说明" in panel.summary.text()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    [written] = tmp_path.glob("*.xlsx")
    notes = read_rule_notes(read_signed(written).sheets)
    assert [(n["编号"], n["说明"]) for n in notes] == [("R90", "培训班推迟到四月开班")]
    assert "第1版" in page.message.text()
