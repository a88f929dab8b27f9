"""The audit page: newest first, filters, fetched in pages, exported as text cells; hidden from clerks."""
from __future__ import annotations

import openpyxl

from db import audit
from db.connection import write
from db.schema import open_database
from desktop.security.auth import login
from desktop.session import Session
from desktop.security.users import add_user
from ui.main_window import MainWindow
from ui.pages.audit_page import PAGE, AuditPage


def test_filter_page_and_export(qtbot, office_db_path, tmp_path, monkeypatch):
    db = open_database(office_db_path)
    with write(db):
        for i in range(450):
            audit.append(db, at=f"2023-03-{1 + i % 28:02d}T10:00:00", user="小王" if i % 3 else "张三",
                         action="修改指标", target=f"new_jobs 2023-03 #{i}", old=str(i), new="=1+1")
    page = AuditPage(Session.start(office_db_path, db, login(db, "张三", "abc12345")))
    qtbot.addWidget(page)
    page.show()
    assert page.model.total == 450 + db.execute("SELECT count(*) FROM audit_log WHERE action != '修改指标'").fetchone()[0]
    assert page.model.rowCount() == PAGE                       # one page first, more on scroll
    assert page.model.rows[0][0] > page.model.rows[-1][0]      # newest first
    page.model.fetchMore()
    assert page.model.rowCount() == 2 * PAGE
    page.user.setCurrentIndex(page.user.findText("张三"))
    page.text.setText("#44")
    page.apply()
    assert page.model.total == sum(1 for i in range(450) if i % 3 == 0 and "#44" in f"#{i}")
    assert all(r[2] == "张三" for r in page.model.rows)
    monkeypatch.setattr("ui.pages.audit_page.QMessageBox.information", lambda *a: None)
    out = tmp_path / "审计.xlsx"
    page.export(str(out))
    ws = openpyxl.load_workbook(out)["审计日志"]
    assert ws.max_row == page.model.total + 1
    assert ws["G2"].value == "=1+1" and ws["G2"].data_type == "s"    # text, never a formula
    assert audit.verify_chain(db) is None
    db.close()


def test_clerk_does_not_see_audit_export_or_keys(qtbot, office_db_path):
    db = open_database(office_db_path)
    add_user(db, login(db, "张三", "abc12345"), "小王", "clerk", "clerk2023")
    window = MainWindow(Session.start(office_db_path, db, login(db, "小王", "clerk2023")))
    qtbot.addWidget(window)
    assert "audit" not in window.page_keys and "keys" not in window.page_keys
    assert "export" in window.page_keys and "entry" in window.page_keys
    db.close()
