"""A table copied from Excel or WPS pasted into the register import: the same checks and import
as a file, with or without a header row; and Ctrl+C on the register table copies its rows."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from desktop.security.auth import User
from desktop.plan.store import active_plan
from desktop.registers import records
from desktop.registers.importer import run_import
from desktop.registers.pasted_source import source_from_text
from desktop.exchange.sheet_text import format_rows
from desktop.session import Session
from ui import tasks
from ui.pages.register_page import RegisterPage

from register_lists import HEADERS, people


ZHANG = User("张三", "admin")   # the office fixture's administrator


def as_copied(rows, header=True) -> str:
    """What Excel puts on the clipboard: shown text, tab-separated, CR LF."""
    shown = [[f"{v:%Y/%m/%d}" if isinstance(v, date) else ("" if v is None else str(v)) for v in r] for r in rows]
    return format_rows(([HEADERS] if header else []) + shown)


@pytest.fixture
def page(qtbot, office_db_path, office_db):
    session = Session.start(office_db_path, office_db, User("张三", "admin"))
    page = RegisterPage(session, None, session.plan.register("unemployed"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_pasted_table_with_a_header_imports_like_the_file(office_db, tmp_path):
    plan = active_plan(office_db)
    register = plan.register("unemployed")
    rows = people(4)
    rows[1][2] = rows[1][2][:-1] + ("0" if rows[1][2][-1] != "0" else "1")   # a bad check digit
    source = source_from_text(as_copied(rows), register)
    assert source.layout.header_rows == [1] and len(source.layout.rows) == 4
    result = run_import(office_db, plan, register, "NHL", source, user=ZHANG, today=date(2023, 6, 1))
    assert (result.imported, result.rejected) == (3, 1)
    assert result.problems[0].row_number == 3 and "校验" in result.problems[0].reason
    assert records.count_records(office_db, register, "NHL") == 3


def test_a_pasted_table_without_a_header_takes_the_register_order(office_db):
    plan = active_plan(office_db)
    register = plan.register("unemployed")
    order = [f.id for f in register.fields if not f.derived]
    by_header = dict(zip(HEADERS, range(len(HEADERS))))
    wanted = {"name": "姓名", "id_number": "身份证号码", "phone": "联系电话", "community": "所属社区",
              "registered_on": "登记日期", "employment_status": "就业状态"}
    rows = [[r[by_header[wanted[f]]] if f in wanted else "" for f in order] for r in people(2)]
    source = source_from_text(as_copied(rows, header=False), register)
    assert source.layout.header_rows == [] and [n for n, _ in source.layout.rows] == [1, 2]
    assert source.mapping[:len(order)] == order
    result = run_import(office_db, plan, register, "NHL", source, user=ZHANG, today=date(2023, 6, 1))
    assert result.imported == 2, [p.reason for p in result.problems]


def test_an_empty_clipboard_says_what_to_do(page, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    assert page.paste_import("") is None
    assert "先在 Excel 或 WPS 中选中" in said[0]


def test_paste_import_in_the_window_and_copy_the_rows_back(qtbot, page, monkeypatch):
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    QGuiApplication.clipboard().setText(as_copied(people(3)))
    dialog = page.paste_import()
    assert dialog.preview_model.rowCount() == 3 and "粘贴的表格" in dialog.info.text()
    # Ctrl+V inside the dialog replaces the table by what is on the clipboard now
    QGuiApplication.clipboard().setText(as_copied(people(2)))
    dialog.activateWindow()
    dialog.setFocus()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    QTest.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() == 2)
    dialog.begin_import()
    assert dialog.result.imported == 2
    assert page.counts.text() == "共 2 条，筛选后 2 条"
    page.view.selectAll()
    page.view.setFocus()
    QGuiApplication.clipboard().clear()
    QTest.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = [l.split("\t") for l in QGuiApplication.clipboard().text().split("\r\n") if l]
    assert len(lines) == 2 and {l[page.model.columns.index("name")] for l in lines} == {"王一", "王二"}
