"""Copy and paste in the entry grid, as between Excel sheets: a pasted block is checked cell by
cell as if typed, saved in one transaction, undone in one step, and what was refused is listed."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.models.entry_model import COL_MONTH, COL_NOTE, COL_UNIT


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
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.view)
    return widget


def stored(session, indicator, period="2023-03"):
    row = session.db.execute("SELECT state, value, note FROM entries WHERE indicator_id = ? "
                             "AND period = ?", [indicator, period]).fetchone()
    return row and tuple(row)


# In the test plan's grid order: jobs_driven (count), microloans (from a register), new_jobs
# (count); later old_estates_renewed (amount), buildings_renovated (count), community_guards,
# petitions_resolved (count), with measure header rows in between.
RUN = ["old_estates_renewed", "buildings_renovated", "community_guards", "petitions_resolved"]


def ctrl(key):
    QTest.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)


def go_to(page, indicator, column=COL_MONTH):
    page.view.setCurrentIndex(page.model.index(page.model.row_of(indicator), column))


def test_a_valid_column_pastes_and_one_undo_takes_it_back(qtbot, page, session):
    go_to(page, RUN[0])
    QGuiApplication.clipboard().setText("1.5\r\n3\r\n70\r\n1\r\n")     # as WPS copies a column
    ctrl(Qt.Key.Key_V)
    qtbot.waitUntil(lambda: stored(session, RUN[3]) is not None)
    assert [stored(session, i)[1] for i in RUN] == ["1.5", "3", "70", "1"]   # header rows passed over
    assert page.message.text() == ""
    assert page.undo_stack.count() == 1
    ctrl(Qt.Key.Key_Z)                                                 # one step undoes the block
    qtbot.waitUntil(lambda: all(stored(session, i) is None for i in RUN))
    ctrl(Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: stored(session, RUN[1]) is not None)
    assert [stored(session, i)[1] for i in RUN] == ["1.5", "3", "70", "1"]


def test_an_invalid_block_saves_nothing_and_lists_every_refusal(qtbot, page, session):
    go_to(page, "jobs_driven")
    page.paste("abc\n5\n1.9\n")
    assert [stored(session, i) for i in ("jobs_driven", "microloans", "new_jobs")] == [None, None, None]
    text = page.message.text()
    assert "已保存 0 项" in text and "3 项未保存" in text
    assert "「abc」不是数字" in text and "由台账自动统计" in text and "应为整数" in text
    assert set(page.model.errors) == {"jobs_driven", "microloans", "new_jobs"}   # each cell marked
    assert page.undo_stack.count() == 0


def test_a_mixed_block_keeps_the_good_values_and_names_the_bad(qtbot, page, session):
    go_to(page, "jobs_driven")
    page.paste("12\n\n-4\n")                     # the empty cell on the register row is passed over
    assert stored(session, "jobs_driven")[:2] == ("value", "12")
    assert stored(session, "new_jobs") is None
    text = page.message.text()
    assert "已保存 1 项" in text and "1 项未保存" in text and "不能为负数" in text
    assert list(page.model.errors) == ["new_jobs"]
    assert page.undo_stack.count() == 1
    go_to(page, RUN[-1])
    page.paste("3\n4\n")                          # past the last indicator
    assert stored(session, RUN[-1])[:2] == ("value", "3")
    assert "超出了表格最后一项指标" in page.message.text()
    assert page.undo_stack.count() == 2
    page.undo()
    page.undo()
    assert stored(session, "jobs_driven") is None and stored(session, RUN[-1]) is None


def test_a_value_and_its_note_paste_together(qtbot, page, session):
    go_to(page, RUN[0], COL_NOTE)
    page.paste("旧改提速\n")                       # a note alone needs a value first
    assert "请先填写数值" in page.message.text()
    go_to(page, RUN[0])
    page.paste("2\t9\n")                          # the second column falls on 累计: computed
    assert "「累计/最新」列不能填写" in page.message.text()
    assert stored(session, RUN[0])[:2] == ("value", "2")
    go_to(page, RUN[0], COL_NOTE)
    page.paste("旧改提速\n")
    assert stored(session, RUN[0]) == ("value", "2", "旧改提速")


def test_copy_puts_the_selected_block_on_the_clipboard_as_tab_separated_text(qtbot, page, session):
    ids = RUN[:2]
    go_to(page, ids[0])
    page.paste("3\n4\n")
    top = page.model.index(page.model.row_of(ids[0]), COL_UNIT)
    bottom = page.model.index(page.model.row_of(ids[1]), COL_MONTH)
    page.view.selectionModel().select(QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    page.view.setFocus()
    QGuiApplication.clipboard().clear()
    ctrl(Qt.Key.Key_C)
    lines = QGuiApplication.clipboard().text().split("\r\n")
    assert lines[-1] == "" and len(lines) == 3
    first = lines[0].split("\t")
    assert len(first) == COL_MONTH - COL_UNIT + 1 and first[-1] == "3"
    assert lines[1].split("\t")[-1] == "4"
    # and the copied block pastes back where it came from
    go_to(page, ids[0])
    page.paste("\n".join(l.split("\t")[-1] for l in lines[:2]))
    assert stored(session, ids[1])[:2] == ("value", "4")
