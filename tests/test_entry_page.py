"""The entry grid by keyboard alone: typing, Enter, Tab, Del, Ctrl+Z / Ctrl+Y reach the database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from db.schema import open_database
from desktop.security.auth import login
from desktop.session import Session
from ui.models.entry_model import COL_MONTH, COL_NOTE


@pytest.fixture
def page(qtbot, session):
    from ui.pages.entry_page import EntryPage

    widget = EntryPage(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_period("2023-03")
    widget.activateWindow()
    widget.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)   # keys need a focused widget
    return widget


def stored(session, indicator, period="2023-03"):
    row = session.db.execute("SELECT state, value, note FROM entries WHERE indicator_id = ? "
                             "AND period = ?", [indicator, period]).fetchone()
    return row and (row[0], row[1])


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, page, text):
    for ch in text:
        QTest.keyClick(QApplication.focusWidget() or page.view, ch)


def current_indicator(page):
    return page.model.progress_row(page.view.currentIndex().row()).indicator.id


def test_type_enter_tab_and_undo_reach_the_database(qtbot, page, session):
    assert page.select_indicator("jobs_driven")
    type_text(qtbot, page, "7")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(session, "jobs_driven") == ("value", "7"))
    # Enter saved and moved down, past the measure header row, to the next indicator
    assert current_indicator(page) == "new_jobs" and page.view.currentIndex().column() == COL_MONTH
    assert "已保存" in page.last_status
    type_text(qtbot, page, "130")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(session, "new_jobs") == ("value", "130"))
    assert page.view.currentIndex().column() == COL_MONTH + 1        # Tab moved right
    page.view.setCurrentIndex(page.model.index(page.model.row_of("new_jobs"), COL_MONTH))
    type_text(qtbot, page, "135")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(session, "new_jobs") == ("value", "135"))
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(session, "new_jobs") == ("value", "130"))
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(session, "new_jobs") is None)
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(session, "new_jobs") == ("value", "130"))
    assert stored(session, "jobs_driven") == ("value", "7")
    row = page.model.row_of("new_jobs")
    assert page.model.index(row, COL_MONTH).data() == "130"


def test_dash_sets_na_and_delete_clears(qtbot, page, session):
    page.select_indicator("jobs_driven")
    type_text(qtbot, page, "-")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(session, "jobs_driven") == ("na", None))
    page.select_indicator("jobs_driven")
    assert page.model.index(page.model.row_of("jobs_driven"), COL_MONTH).data() == "不适用"
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: stored(session, "jobs_driven") is None)


def test_escape_cancels_the_edit(qtbot, page, session):
    page.select_indicator("jobs_driven")
    type_text(qtbot, page, "9")
    press(qtbot, Qt.Key.Key_Escape)
    assert stored(session, "jobs_driven") is None


def test_negative_value_is_refused_with_the_reason(qtbot, page, session):
    page.select_indicator("new_jobs")
    type_text(qtbot, page, "120")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(session, "new_jobs") == ("value", "120"))
    page.select_indicator("new_jobs")
    type_text(qtbot, page, "-5")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "负数" in page.message.text())
    assert stored(session, "new_jobs") == ("value", "120")
    index = page.model.index(page.model.row_of("new_jobs"), COL_MONTH)
    assert "负数" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert current_indicator(page) == "new_jobs"          # a refused value keeps the cell
    count = session.db.execute("SELECT count(*) FROM audit_log WHERE action = '填报指标'").fetchone()[0]
    assert count == 1


def test_missing_bar_counts_down_and_derived_is_read_only(qtbot, page, session):
    before = page.missing_label.text()
    page.select_indicator("jobs_driven")
    type_text(qtbot, page, "0")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.missing_label.text() != before)
    assert "未填" in page.missing_label.text()
    row = page.model.row_of("reemployed")
    assert not page.model.index(row, COL_MONTH).flags() & Qt.ItemFlag.ItemIsEditable
    assert "失业人员实名登记" in page.model.index(row, COL_MONTH).data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(row, COL_NOTE).flags() & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags


def test_unusual_value_asks_for_a_note_and_closed_month_for_a_reason(qtbot, page, session, monkeypatch):
    from desktop.entry.service import EntryService

    service = EntryService(session.db, session.plan, session.unit, session.user)
    for month, value in (("01", "100"), ("02", "110"), ("04", "120")):
        service.set_text("new_jobs", f"2023-{month}", value)
    from ui.pages import entry_page

    asked, subjects = [], []
    monkeypatch.setattr(entry_page, "ask_explanation",
                        lambda parent, title, subject, prompt: (asked.append(title) or subjects.append(subject)
                                                                or "招聘会集中签约"))
    page.reload()
    page.select_indicator("new_jobs")
    type_text(qtbot, page, "900")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(session, "new_jobs") == ("value", "900"))
    assert asked == ["需要说明"]
    name = session.plan.indicator("new_jobs").name
    assert subjects == [f"「{name}」2023年3月：空 → 900"]     # names the indicator, old → new
    note = session.db.execute("SELECT note FROM entries WHERE indicator_id = 'new_jobs' "
                              "AND period = '2023-03'").fetchone()[0]
    assert note == "招聘会集中签约"
    service.close_period("2023-03")
    page.reload()
    page.select_indicator("new_jobs")
    type_text(qtbot, page, "880")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(session, "new_jobs") == ("value", "880"))
    assert asked[-1] == "修改已报送月份"
    last = session.db.execute("SELECT old, new, reason FROM audit_log WHERE action = '填报指标' "
                              "ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("900（说明：招聘会集中签约）", "880（说明：招聘会集中签约）", "招聘会集中签约")
    assert "报送后有变动，需重新导出" in page.missing_label.text()     # changed since the export


def test_ctrl_page_down_goes_to_the_next_month(qtbot, page):
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.period == "2023-04" and page.period_box.currentData() == "2023-04"
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.period == "2023-03"


def test_district_page_lists_district_indicators_and_takes_milestones(qtbot, tmp_path):
    from desktop.system.provision import initialise
    from ui.pages.entry_page import EntryPage

    path = tmp_path / "区汇总.sqlite"
    initialise(path, district=True, office_code=None, admin="李四", password="abc12345",
               passphrase="key-pass-2023")
    db = open_database(path)
    s = Session.start(path, db, login(db, "李四", "abc12345"))
    try:
        widget = EntryPage(s)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        widget.set_period("2023-06")
        ids = {r.indicator.id for r in widget.model.indicator_rows()}
        assert "gdp" in ids and "road_guapuqiao" in ids and "new_jobs" not in ids
        widget.activateWindow()
        widget.select_indicator("road_guapuqiao")
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        type_text(qtbot, widget, "1")                       # 1 = 推进中, stored as its code
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: db.execute("SELECT status FROM entries WHERE indicator_id = "
                                           "'road_guapuqiao'").fetchone() == ("in_progress",))
        row = widget.model.row_of("road_guapuqiao")
        assert widget.model.index(row, COL_MONTH).data() == "推进中"
    finally:
        s.close()
