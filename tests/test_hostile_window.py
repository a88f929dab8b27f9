"""The window's readers show a crafted file's refusal and carry on: the merge page (with a
native abort in the reading child in the middle), register import and plan import."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from db.schema import open_database
from desktop.security import trust
from desktop.security.auth import login
from desktop.session import Session
from desktop.exchange.guard import reading
from ui import tasks
from ui.pages.merge_page import MergePage
from ui.pages.plan_transfer import PlanTransfer
from ui.pages.register_page import RegisterPage

import hostile_books
import hostile_jobs
from submission_factory import make_district, make_office, make_submission
from submission_factory import public_key_file as pub_file

CRAFTED = "attributes in another order"


@pytest.fixture
def district_session(tmp_path):
    path = make_district(tmp_path / "区汇总.sqlite")
    db = open_database(path)
    yield Session.start(path, db, login(db, "区汇总员", "abc12345"))
    db.close()


def test_merge_page_lists_the_refusals_and_merges_the_rest(qtbot, tmp_path, district_session, monkeypatch):
    monkeypatch.setattr(reading, "BOOK_JOB", hostile_jobs.abort_on_marked)
    office = make_office(tmp_path, "NHL")
    trust.add_key_file(district_session.db, pub_file(office, tmp_path), "NHL", user=district_session.user)
    inbox = tmp_path / "来稿"
    inbox.mkdir()
    make_submission(office, inbox, period="2023-01", values={"new_jobs": 7}, name="a.xlsx")
    hostile_books.CLASSES[CRAFTED][0](inbox / "b-crafted.xlsx")
    shutil.copy(make_submission(office, tmp_path, period="2023-02"), inbox / "c-abort.xlsx")
    make_submission(office, inbox, period="2023-03", values={"new_jobs": 5}, name="d.xlsx")
    page = MergePage(district_session)
    qtbot.addWidget(page)
    page.run([inbox])
    qtbot.waitUntil(lambda: not page.running, timeout=60000)
    got = {r.file.rsplit("/", 1)[-1]: r for r in page.model.rows}
    assert {n: r.status for n, r in got.items()} == {"a.xlsx": "merged", "b-crafted.xlsx": "unsafe",
                                                     "c-abort.xlsx": "unsafe", "d.xlsx": "merged"}
    assert "超出本程序接受的范围" in got["b-crafted.xlsx"].reason
    assert "读取程序异常退出" in got["c-abort.xlsx"].reason
    assert page.summary.text() == "合并 2，重复 0，拒收 2"


def test_merge_page_says_a_folder_has_no_workbook(qtbot, tmp_path, district_session, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    page = MergePage(district_session)
    qtbot.addWidget(page)
    page.run([empty])
    assert not page.running and len(shown) == 1 and "没有 .xlsx 报送表" in shown[0]


def test_register_and_plan_import_show_the_refusal(qtbot, tmp_path, office_db_path, office_db, monkeypatch):
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append((title, text)))
    crafted = hostile_books.CLASSES[CRAFTED][0](tmp_path / "名单.xlsx")
    session = Session.start(office_db_path, office_db, login(office_db, "张三", "abc12345"))
    page = RegisterPage(session, None, session.plan.register("unemployed"))
    qtbot.addWidget(page)
    page.start_import(str(crafted))
    assert warnings and warnings[-1][0] == "无法导入" and "超出本程序接受的范围" in warnings[-1][1]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append((box.windowTitle(), box.text())))
    transfer = PlanTransfer(session)
    qtbot.addWidget(transfer)
    transfer.start_import(str(crafted))
    assert len(warnings) == 2 and "计划工作簿未导入" in warnings[-1][1] and "超出本程序接受的范围" in warnings[-1][1]
