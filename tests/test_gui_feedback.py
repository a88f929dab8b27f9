"""退回意见 in the window: the district writes it from 报送情况 (a selected office-month), the
office imports it on the entry page, sees the commented indicator marked and answers it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from db.schema import open_database
from desktop.security.auth import login
from desktop.feedback.answers import received
from desktop.feedback.comments import record_comment
from desktop.feedback.inbox import import_feedback
from desktop.feedback.status import WAITING, state_of
from desktop.feedback.write import write_feedback
from desktop.plan.store import active_plan
from desktop.registers.records import find_register
from desktop.session import Session
from ui.models.entry_model import ANSWERED_BACKGROUND, COL_NAME, FEEDBACK_BACKGROUND
from ui.pages.entry_page import EntryPage
from ui.pages.submissions_page import SubmissionsPage
from ui.registers.table_model import RegisterTableModel

from feedback_case import DISTRICT_PASS, SUPERVISOR, make_case
from test_gui_shell import type_text


def _session(path, user) -> Session:
    db = open_database(path)
    return Session.start(path, db, login(db, user, "abc12345"))


def test_district_writes_feedback_from_submissions_and_office_answers_on_entry_page(qtbot, tmp_path, monkeypatch):
    case = make_case(tmp_path)
    district = _session(case.district, "区汇总员")
    page = SubmissionsPage(district)
    qtbot.addWidget(page)
    matrix = page.model.matrix
    row, col = [u.code for u in matrix.units].index("NHL"), matrix.months.index("2023-02")
    page.table.setCurrentIndex(page.model.index(row, col))
    page.open_feedback()
    dialog = page.feedback
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("new_jobs"))
    assert [dialog.state.itemText(i) for i in range(dialog.state.count())] == ["确认", "请核实", "退回重报"]
    assert dialog.state.currentData() == "check"          # the label shown, the code kept
    dialog.state.setCurrentIndex(dialog.state.findData("resubmit"))
    assert not dialog.add_comment()                       # no text yet: says so, adds nothing
    assert "意见内容" in dialog.message.text()
    type_text(dialog.text, "与台账不符，请核实")
    assert dialog.add_comment() and dialog.list.count() == 1 and dialog.comments[0].state == "resubmit"
    assert "退回重报：与台账不符" in dialog.list.item(0).text()
    type_text(dialog.passphrase, DISTRICT_PASS)
    out = tmp_path / "意见.xlsx"
    dialog.save(out)
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert out.is_file() and state_of(district.db, "NHL", "2023-02") == WAITING
    dialog.close()
    page.refresh()
    assert page.model.data(page.model.index(row, col)).endswith("退回待重报")
    assert page.model.data(page.model.index(row, col), Qt.ItemDataRole.ToolTipRole).endswith("退回待重报：等待该街道报来新版本；逾期请电话催报")

    office = _session(case.office, "填报员")
    entry = EntryPage(office)
    qtbot.addWidget(entry)
    entry.set_period("2023-02")
    entry.open_feedback()
    inbox = entry.feedback_dialog
    inbox.import_file(out)
    qtbot.waitUntil(lambda: inbox.list.count() == 1)
    assert "new_jobs　退回重报：与台账不符" in inbox.list.item(0).text()
    entry.reload()
    at = entry.model.index(entry.model.row_of("new_jobs"), COL_NAME)
    assert entry.model.data(at, Qt.ItemDataRole.BackgroundRole).color() == FEEDBACK_BACKGROUND
    type_text(inbox.note, "已核实，补报两家企业")
    type_text(inbox.value, "150")
    assert not inbox.save_answer()                        # the month is exported: a reason first
    assert inbox.reason.hasFocus() or "原因" in inbox.message.text()
    type_text(inbox.reason, "区里退回核实后补报")
    assert inbox.save_answer()
    assert received(office.db, "2023-02")[0].corrected == "150"
    inbox.close()
    entry.reload()
    assert entry.model.data(at, Qt.ItemDataRole.BackgroundRole).color() == ANSWERED_BACKGROUND
    assert "区里意见（退回重报）：与台账不符" in entry.model.data(at, Qt.ItemDataRole.ToolTipRole)
    district.close()
    office.close()


def test_register_page_marks_a_record_the_district_commented_on(qtbot, tmp_path):
    case = make_case(tmp_path)
    db = open_database(case.district)
    try:
        plan = active_plan(db)
        sent = write_feedback(db, tmp_path / "意见.xlsx", "NHL", "2023-02",
                              [record_comment(db, plan, "NHL", "unemployed", str(case.record_no), "请核实", "身份证号请核实")],
                              user=SUPERVISOR, passphrase=DISTRICT_PASS)
    finally:
        db.close()
    office = _session(case.office, "填报员")
    import_feedback(office.db, sent.path, user=office.user)
    model = RegisterTableModel(office.db, find_register(office.plan, "unemployed"), "NHL", office.user)
    model.refresh()
    at = model.index(model.row_of(case.record_no), 0)
    assert model.data(at, Qt.ItemDataRole.BackgroundRole).color() == FEEDBACK_BACKGROUND
    assert "区里意见（请核实）：身份证号请核实" in model.data(at, Qt.ItemDataRole.ToolTipRole)
    office.close()
