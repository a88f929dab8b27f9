"""The register page by keyboard: add a record, a duplicate ID warns, deleting asks a reason."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from db import audit
from desktop.security.auth import User
from desktop.registers import records
from desktop.session import Session
from ui import tasks
from ui.pages.register_page import RegisterPage

ID_1 = "11010519491231002X"


def type_text(widget, text: str) -> None:
    """CJK through key events with text (qtbot.keyClicks aborts on Chinese)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _session(path, db, role="admin"):
    return Session.start(path, db, User("张三", role))


@pytest.fixture
def page(qtbot, office_db_path, office_db):
    session = _session(office_db_path, office_db)
    page = RegisterPage(session, None, session.plan.register("unemployed"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _add(session, name, number):
    return records.save_record(session.db, session.plan, session.plan.register("unemployed"), "NHL",
                               {"name": name, "id_number": number, "community": "颐和路社区",
                                "registered_on": "2023-03-05"}, user=User("张三", "admin"))


def test_add_a_record_by_keyboard(qtbot, page):
    QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    form = dialog.form
    name = form.editors["name"].editor
    qtbot.waitUntil(name.hasFocus)
    type_text(name, "李小梅")
    QTest.keyClick(name, Qt.Key.Key_Tab)
    id_box = form.editors["id_number"].editor
    qtbot.waitUntil(id_box.hasFocus)
    QTest.keyClicks(id_box, ID_1.lower())
    assert form.editors["sex"].text() == "女" and form.editors["birth_date"].text() == "1949-12-31"
    QTest.keyClick(id_box, Qt.Key.Key_Tab)          # derived fields are skipped: phone is next
    phone = form.editors["phone"].editor
    qtbot.waitUntil(phone.hasFocus)
    QTest.keyClicks(phone, "13812345678")
    QTest.keyClick(phone, Qt.Key.Key_Tab)
    community = form.editors["community"].editor
    qtbot.waitUntil(community.hasFocus)
    QTest.keyClick(community, Qt.Key.Key_Down)
    date_box = form.editors["registered_on"].editor
    date_box.setFocus()
    QTest.keyClicks(date_box, "2023-03-05")
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.record_id is not None, dialog.message.text()
    saved = records.load_record(page.session.db, page.register, dialog.record_id)
    assert (saved["name"], saved["id_number"], saved["community"], saved["sex"]) == ("李小梅", ID_1, "颐和路社区", "女")
    assert page.counts.text() == "共 1 条，筛选后 1 条"


def test_a_duplicate_id_warns_with_a_link(qtbot, page):
    first = _add(page.session, "王五", ID_1)
    dialog = page.open_record(None)
    id_box = dialog.form.editors["id_number"].editor
    id_box.setFocus()
    QTest.keyClicks(id_box, ID_1)
    reason = dialog.form.editors["id_number"].reason
    assert reason.isVisible() and "台账中已有此身份证号" in reason.text() and f"#{first}" in reason.text()
    type_text(dialog.form.editors["name"].editor, "王五")
    dialog.form.editors["registered_on"].set_text("2023-03-05")
    dialog.form.editors["community"].set_text("颐和路社区")
    assert not dialog.save() and "已有相同公民身份号码" in dialog.message.text()


def test_deleting_asks_for_a_reason(qtbot, page, monkeypatch):
    rid = _add(page.session, "赵六", ID_1)
    page.reload()
    page.view.selectRow(0)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    assert warnings and "原因" in warnings[0]
    assert records.count_records(page.session.db, page.register, "NHL") == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("重复登记", True))
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    assert records.count_records(page.session.db, page.register, "NHL") == 0
    entry = audit.recent(page.session.db, 1)[0]
    assert entry["action"] == "删除台账记录" and entry["reason"] == "重复登记" and str(rid) in entry["target"]
    assert page.counts.text() == "共 0 条，筛选后 0 条"


def test_escape_asks_before_discarding(qtbot, page, monkeypatch):
    dialog = page.open_record(None)
    type_text(dialog.form.editors["name"].editor, "钱七")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(1) or QMessageBox.StandardButton.Cancel)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()


def test_clerks_see_masked_id_numbers_and_search_works(qtbot, office_db_path, office_db):
    session = _session(office_db_path, office_db, role="clerk")
    _add(session, "孙八", ID_1)
    page = RegisterPage(session, None, session.plan.register("unemployed"))
    qtbot.addWidget(page)
    page.show()
    col = page.model.columns.index("id_number")
    assert page.model.index(0, col).data() == "110105********002X"
    page.search_box.setText("1101051949")          # a prefix would rebuild the hidden digits
    page.apply_search()
    assert page.model.ids == []
    page.search_box.setText(ID_1)                  # the whole number finds the person
    page.apply_search()
    assert len(page.model.ids) == 1
    page.search_box.setText("孙")
    page.apply_search()
    assert len(page.model.ids) == 1
    page.search_box.setText("周")
    page.apply_search()
    assert page.model.ids == [] and page.counts.text() == "共 1 条，筛选后 0 条"


def test_import_dialog_imports_in_the_background(qtbot, page, tmp_path, monkeypatch):
    from register_lists import people, write_messy
    from desktop.registers.importer import open_source

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    write_messy(tmp_path / "m.xlsx", people(4))
    dialog = page.show_import(open_source(tmp_path / "m.xlsx", page.register))
    assert dialog.preview_model.rowCount() == 4
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog.begin_import()
    assert dialog.result.imported == 4
    assert page.counts.text() == "共 4 条，筛选后 4 条"


def test_a_clerk_editing_a_record_sees_the_id_masked_and_keeps_it(qtbot, office_db_path, office_db):
    session = _session(office_db_path, office_db, role="clerk")
    rid = _add(session, "孙八", ID_1)
    page = RegisterPage(session, None, session.plan.register("unemployed"))
    qtbot.addWidget(page)
    dialog = page.open_record(rid)
    editor = dialog.form.editors["id_number"]
    assert editor.editor.text() == "110105********002X" and editor.editor.isReadOnly()
    dialog.form.editors["phone"].set_text("13900000000")
    assert dialog.save()
    saved = records.load_record(session.db, page.register, rid)
    assert (saved["id_number"], saved["phone"]) == (ID_1, "13900000000")


def test_child_log_rows_are_edited_beside_the_record(qtbot, page, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from ui.registers import log_panel

    rid = _add(page.session, "吴十", ID_1)
    dialog = page.open_record(rid)
    panel = dialog.logs[0]

    def filled_exec(self):
        self.form.editors["date"].set_text("2023-05-06")
        self.form.editors["course"].set_text("电工")
        self.form.editors["hours"].set_text("40")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(log_panel.LogRowDialog, "exec", filled_exec)
    panel._edit(None)
    assert panel.model.rowCount() == 1 and panel.model.item(0, 0).text() == "2023年5月6日"
    rows = records.log_rows(page.session.db, page.register, page.register.logs[0], rid)
    assert rows[0][1]["course"] == "电工" and rows[0][1]["hours"] == 40
