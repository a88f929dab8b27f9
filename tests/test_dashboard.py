"""The 工作台: what is behind, overdue and unfilled, and opening an item in 指标填报."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from db.schema import open_database
from desktop.security.auth import login
from desktop.entry.dashboard import monthly_series, overview
from desktop.entry.service import EntryService
from desktop.session import Session


@pytest.fixture
def session(office_db_path):
    db = open_database(office_db_path)
    s = Session.start(office_db_path, db, login(db, "张三", "abc12345"))
    service = EntryService(db, s.plan, s.unit, s.user)
    for month, jobs in (("01", "140"), ("02", "30"), ("03", "20")):
        service.set_text("new_jobs", f"2023-{month}", jobs)
        service.set_text("unemployment_rate", f"2023-{month}", "1.8")
    service.set_text("jobs_driven", "2023-03", "不适用")
    yield s
    s.close()


def test_overview_lists_behind_and_unfilled(session):
    view = overview(session.db, session.plan, session.unit, "2023-03")
    behind = {r.indicator.id for r in view.behind}
    assert "new_jobs" in behind            # 190 of 1,634 = 11.6% against 25%
    assert "unemployment_rate" not in behind
    unfilled = {r.indicator.id for r in view.unfilled_last_month}
    assert view.last_month == "2023-02" and "jobs_driven" in unfilled and "new_jobs" not in unfilled
    fumin = next(a for a in view.areas if a.area.id == "fumin")
    assert fumin.elapsed == D("25.0") and fumin.behind >= 1
    series = monthly_series(session.db, session.plan, session.unit, "jobs_driven", "2023-04")
    assert [(p, v.state if v else None) for p, v in series] == [
        ("2023-01", None), ("2023-02", None), ("2023-03", "na"), ("2023-04", None)]


def test_clicking_a_behind_item_opens_it_in_the_entry_page(qtbot, session):
    from ui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    dashboard = window.page_widget("dashboard")
    dashboard.set_period("2023-03")
    qtbot.waitUntil(lambda: dashboard.ready)
    _, model = dashboard.lists["behind"]
    row = next(n for n in range(model.rowCount()) if model.item(n).text().startswith("新增就业岗位"))
    window.show()
    qtbot.waitExposed(window)
    view = dashboard.list_views["behind"]
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_key() == "entry")
    assert window.current_page_key() == "entry"
    entry = window.page_widget("entry")
    assert entry.period == "2023-03"
    current = entry.view.currentIndex()
    assert entry.model.progress_row(current.row()).indicator.id == "new_jobs"
    assert dashboard.chart_pick.currentData() == "new_jobs"
    assert dashboard.chart.points[1] == ("2月", "value", D(30))


def test_ctrl_c_copies_the_selected_dashboard_items(qtbot, session):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtGui import QGuiApplication

    from ui.pages.dashboard_page import DashboardPage

    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.set_period("2023-03")
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.ready)
    _, model = page.lists["behind"]
    view = page.list_views["behind"]
    view.setSelectionMode(view.SelectionMode.ExtendedSelection)
    for n in range(model.rowCount()):
        view.selectionModel().select(model.index(n, 0), QItemSelectionModel.SelectionFlag.Select)
    QGuiApplication.clipboard().clear()
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\r\n")
    assert lines[:-1] == [model.item(n).text() for n in range(model.rowCount())] and lines[-1] == ""
    assert any(line.startswith("新增就业岗位") for line in lines)


def _recording(monkeypatch, session, gate_period=None):
    """dashboard_data as the page calls it, noting on which thread and connection; a read for
    ``gate_period`` waits until the test lets it go."""
    import threading

    import ui.pages.dashboard_page as page_module

    calls, gate, real = [], threading.Event(), page_module.dashboard_data

    def recording(db, plan, unit, period):
        calls.append((threading.current_thread() is threading.main_thread(), db is session.db, period))
        if period == gate_period:
            assert gate.wait(30)
        return real(db, plan, unit, period)

    monkeypatch.setattr(page_module, "dashboard_data", recording)
    return calls, gate


def test_the_dashboard_reads_its_figures_on_a_worker_with_its_own_connection(qtbot, session, monkeypatch):
    from ui.pages.dashboard_page import DashboardPage

    calls, _ = _recording(monkeypatch, session)
    page = DashboardPage(session)
    qtbot.addWidget(page)
    assert not page.ready and page.summary.text().startswith("正在统计")    # shown before the figures
    qtbot.waitUntil(lambda: page.ready)
    assert calls and all(not on_main and not same_db for on_main, same_db, _ in calls), calls
    page.set_period("2023-03")
    qtbot.waitUntil(lambda: page.ready)
    assert page.summary.text().startswith("2023年3月：滞后")
    _, model = page.lists["behind"]
    assert any(model.item(n).text().startswith("新增就业岗位") for n in range(model.rowCount()))
    page.select_chart_indicator("new_jobs")          # drawn from the figures read, no new read
    assert page.ready and page.chart.points[1] == ("2月", "value", D(30))


def test_an_older_dashboard_read_coming_back_late_is_dropped(qtbot, session, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from ui.pages.dashboard_page import DashboardPage

    calls, gate = _recording(monkeypatch, session, gate_period="2023-02")
    page = DashboardPage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.ready)
    page.set_period("2023-02")           # held back on the worker
    page.set_period("2023-03")
    qtbot.waitUntil(lambda: page.ready)
    assert page.data.overview.period == "2023-03"
    gate.set()
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.processEvents()      # the February read reports back now
    assert ("2023-02" in [c[2] for c in calls]) and page.data.overview.period == "2023-03"
    assert page.summary.text().startswith("2023年3月")


def test_a_failed_dashboard_read_is_said_on_the_page(qtbot, session, monkeypatch):
    import ui.pages.dashboard_page as page_module
    from desktop.errors import StorageError
    from ui.pages.dashboard_page import DashboardPage

    def failing(db, plan, unit, period):
        raise StorageError("数据库正被另一个程序占用，请稍后再试。")

    monkeypatch.setattr(page_module, "dashboard_data", failing)
    page = DashboardPage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.ready)
    assert page.summary.text() == "进度统计未完成：数据库正被另一个程序占用，请稍后再试。"
