"""In the window: the reason dialog before a register edit that changes an exported month
(cancel saves nothing and keeps the form), and the stale mark on the dashboard, the entry page
and the export page until the month is exported again."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from db import audit
from desktop.security.auth import User, login
from desktop.exchange.export import SignOff, export_period
from desktop.registers import records
from desktop.session import Session
from desktop.entry.stale import stale_months
from register_lists import valid_id
from ui import tasks
from ui.main_window import MainWindow
from ui.pages.register_page import RegisterPage
from ui.widgets.exported_change_dialog import ExportedChangeDialog

ZHANG = User("张三", "admin")   # the office fixture's administrator

SIGN = SignOff("张三", "李四", "王五", "025-83000000")


def type_text(widget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def page(qtbot, office_db_path, office_db, tmp_path):
    session = Session.start(office_db_path, office_db, User("张三", "admin"))
    export_period(office_db, session.plan, session.unit, login(office_db, "张三", "abc12345"), "2023-11",
                  folder=tmp_path, sign_off=SIGN, passphrase="key-pass-2023")
    page = RegisterPage(session, None, session.plan.register("unemployed"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _december_record(session) -> int:
    raw = {"name": "周晓", "id_number": valid_id("320106", date(1985, 5, 5), 31), "community": "颐和路社区",
           "registered_on": "2023-12-05"}
    return records.save_record(session.db, session.plan, session.plan.register("unemployed"), "NHL", raw, user=ZHANG)


def test_edit_into_exported_month_asks_for_a_reason_naming_the_figures(qtbot, page, monkeypatch):
    session, register = page.session, page.register
    rid = _december_record(session)
    dialog = page.open_record(rid)
    qtbot.waitExposed(dialog)
    date_box = dialog.form.editors["registered_on"]
    date_box.set_text("2023-11-20")
    seen = []

    def cancel(self):
        seen.append((self.windowTitle(), self.figures.text(), self.ok.isEnabled()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportedChangeDialog, "exec", cancel)
    assert not dialog.save()
    assert seen == [("修改已报送月份", "2023年11月：「失业人员实名登记」本月 0 → 1，「失业人员实名登记」累计 0 → 1",
                     False)]
    assert records.load_record(session.db, register, rid)["registered_on"] == "2023-12-05"   # nothing saved
    assert date_box.text() == "2023-11-20" and dialog.isVisible()                            # typed value kept
    assert "未保存" in dialog.message.text()
    assert stale_months(session.db, "NHL") == []

    def give_reason(self):
        type_text(self.reason, "改")                       # one character is not a reason
        seen.append(("short", self.ok.isEnabled(), self.hint.text()))
        type_text(self.reason, "正登记日期，按纸质表为11月")
        seen.append(("ok", self.ok.isEnabled()))
        QTest.mouseClick(self.ok, Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(ExportedChangeDialog, "exec", give_reason)
    assert dialog.save(), dialog.message.text()
    assert seen[1][:2] == ("short", False) and "至少 3 个字" in seen[1][2]
    assert seen[2] == ("ok", True)
    assert records.load_record(session.db, register, rid)["registered_on"] == "2023-11-20"
    logged = next(e for e in audit.recent(session.db, 5) if e["action"] == "修改已报送月份")
    assert logged["reason"] == "改正登记日期，按纸质表为11月"
    assert [m.period for m in stale_months(session.db, "NHL")] == ["2023-11"]


def test_delete_of_a_counted_record_asks_for_the_export_reason(qtbot, page, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QInputDialog

    session = page.session
    rid = records.save_record(session.db, session.plan, page.register, "NHL",
                              {"name": "钱七", "id_number": valid_id("320106", date(1979, 3, 3), 41),
                               "community": "颐和路社区", "registered_on": "2023-11-02"}, user=ZHANG,
                              exported_reason="补录11月登记的人员")
    assert export_period(session.db, session.plan, session.unit, login(session.db, "张三", "abc12345"), "2023-11",
                         folder=tmp_path, sign_off=SIGN, passphrase="key-pass-2023").revision == 2
    assert stale_months(session.db, "NHL") == []
    page.reload(rid)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("重复登记", True))
    prefilled = []

    def confirm(self):
        prefilled.append((self.reason.text(), self.figures.text()))
        self.reason.setText("与江苏路街道重复登记")
        self.accept()
        return self.result()

    monkeypatch.setattr(ExportedChangeDialog, "exec", confirm)
    page.delete_current()
    assert prefilled == [("重复登记", "2023年11月：「失业人员实名登记」本月 1 → 0，「失业人员实名登记」累计 1 → 0")]
    assert records.load_record(session.db, page.register, rid)["deleted_at"]
    assert [m.period for m in stale_months(session.db, "NHL")] == ["2023-11"]


def test_stale_mark_shows_on_three_pages_until_the_next_export(qtbot, demo_db_path, monkeypatch, tmp_path):
    """The demo registered a person late into November after its export."""
    from db.schema import open_database

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    db = open_database(demo_db_path)
    try:
        window = MainWindow(Session.start(demo_db_path, db, login(db, "demo", "demo2023")))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        expected = "2023年11月报送后有变动，需重新导出"
        for key in ("dashboard", "entry", "export"):
            window.show_page(key)
            banner = window.page_widget(key).stale_banner
            qtbot.waitUntil(banner.isVisible)
            assert expected in banner.text() and "补录11月28日登记的1人" in banner.text()
        entry = window.page_widget("entry")
        entry.set_period("2023-11")
        assert "报送后有变动，需重新导出" in entry.missing_label.text()

        export = window.page_widget("export")
        export.period.setCurrentIndex(export.period.findData("2023-11"))
        export.folder.setText(str(tmp_path))
        for key, text in zip(("filler", "reviewer", "head", "phone"), ("张晓梅", "李建国", "王志强", "025-83301234")):
            export.fields[key].setText(text)
        export.passphrase.setText("demo-key-2023")
        export.start_export()
        qtbot.waitUntil(lambda: "第3版" in export.message.text())
        assert not export.stale_banner.isVisible()
        export.passphrase.setText("demo-key-2023")
        export.start_export()                              # nothing changed since 第3版
        qtbot.waitUntil(lambda: "与第3版内容相同，未生成新版本" in export.message.text())
        for key in ("dashboard", "entry"):
            window.show_page(key)
            assert not window.page_widget(key).stale_banner.isVisible()
        window.close()
    finally:
        db.close()


def test_import_into_exported_month_asks_then_imports(qtbot, page, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from register_lists import people, write_messy

    from desktop.registers.importer import open_source

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    write_messy(tmp_path / "m.xlsx", people(4))
    dialog = page.show_import(open_source(tmp_path / "m.xlsx", page.register))
    answers = iter([None, "年底补录上半年名单"])
    shown = []

    def answer(self):
        shown.append(self.figures.text())
        text = next(answers)
        if text is None:
            return QDialog.DialogCode.Rejected
        self.reason.setText(text)
        self.accept()
        return self.result()

    monkeypatch.setattr(ExportedChangeDialog, "exec", answer)
    dialog.begin_import()                                   # cancelled: nothing imported, dialog stays
    assert records.count_records(page.session.db, page.register, "NHL") == 0
    assert dialog.result is None and dialog.start.isEnabled()
    assert shown == ["2023年11月：「失业人员实名登记」累计 0 → 4"]
    dialog.begin_import()                                   # the reason given: the same import runs again
    assert dialog.result.imported == 4
    assert [m.period for m in stale_months(page.session.db, "NHL")] == ["2023-11"]
