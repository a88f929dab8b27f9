"""The district 工作台: merged office figures summed against the district target, the offices
behind, the per-office breakdown, and district-only indicators entered by the district itself
(and never offered to an office)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from db.schema import open_database
from desktop.security.auth import User, login
from desktop.district.dashboard import overview
from desktop.entry.service import EntryService
from desktop.errors import UserError
from desktop.exchange.merge import merge_files
from desktop.session import Session
from desktop.security.trust import add_key_file
from ui.models.district_progress_model import (COL_BEHIND, COL_DONE, COL_MONTH, COL_REPORTING, COL_STATUS,
                                               COL_YTD)

from submission_factory import make_district, make_office, make_submission, public_key_file

SUPERVISOR = User("区汇总员", "supervisor")
PERIOD = "2023-02"


@pytest.fixture
def district(tmp_path):
    """A district that merged 宁海路 (ahead on new jobs) and 华侨路 (behind), Jan–Feb 2023,
    and entered its own fiscal revenue."""
    path = tmp_path / "区.sqlite"
    make_district(path)
    offices = {code: make_office(tmp_path, code) for code in ("NHL", "HQL")}
    db = open_database(path)
    for code, office in offices.items():
        add_key_file(db, public_key_file(office, tmp_path), code, user=SUPERVISOR)
    files = [
        make_submission(offices["NHL"], tmp_path, period="2023-01", values={"new_jobs": 200, "unemployment_rate": "1.8"}),
        make_submission(offices["NHL"], tmp_path, period="2023-02", values={"new_jobs": 100, "unemployment_rate": "1.8"}),
        make_submission(offices["HQL"], tmp_path, period="2023-01", values={"new_jobs": 80, "unemployment_rate": "2.4"}),
        make_submission(offices["HQL"], tmp_path, period="2023-02", values={"new_jobs": 90, "unemployment_rate": "2.2"}),
    ]
    assert [r.status for r in merge_files(db, files, user=SUPERVISOR)] == ["merged"] * 4
    session = Session.start(path, db, login(db, "区汇总员", "abc12345"))
    own = EntryService(db, session.plan, session.unit, session.user)
    own.set_text("fiscal_revenue", "2023-01", "5.1")
    own.set_text("fiscal_revenue", "2023-02", "4.8")
    yield session
    session.close()


def jobs_progress_not_reported(s):
    from desktop.district.progress import compute
    return next(ip for ip in compute(s.db, s.plan, PERIOD).indicators if ip.indicator.id == "new_jobs").not_reported


def test_overview_sums_offices_and_reads_district_entries(district):
    s = district
    view = overview(s.db, s.plan, s.unit, PERIOD)
    jobs = view.row("new_jobs")
    # 宁海路 200 + 100, 华侨路 80 + 90: 470 of 20,220 is 2.3%, far behind 16.7% elapsed
    assert (jobs.achieved, jobs.month.value, jobs.status, jobs.reporting) == (D(470), D(190), "behind", 2)
    assert jobs.completion == D("2.3") and jobs.elapsed == D("16.7")
    assert [(f.unit.code, f.achieved) for f in jobs.offices[:2]] == [("NHL", D(300)), ("HQL", D(170))]
    behind = {u.code for u in jobs.behind}
    assert "HQL" in behind and "NHL" not in behind      # 300 of 1,634 = 18.4% is ahead of 16.7%
    assert "HNL" not in behind and "HNL" in {u for u in jobs_progress_not_reported(s)}   # sent nothing: 未报送
    rate = view.row("unemployment_rate")
    assert (rate.achieved, rate.status) == (D("2.0"), "done")   # mean of 1.8 and 2.2, at most 2%
    revenue = view.row("fiscal_revenue")
    assert revenue.district_only and revenue.reporting is None
    assert (revenue.month.value, revenue.achieved, revenue.completion, revenue.status) == (D("4.8"), D("9.9"), D("16.0"), "on_track")
    counts = {b.unit.code: b for b in view.offices_behind}
    assert counts["HQL"].count == counts["NHL"].count + 2 and counts["HQL"].reported
    assert not counts["HNL"].reported
    assert view.offices_behind[0].unit.code == "HQL"
    assert view.reported == 2


def test_page_shows_table_behind_list_breakdown_and_opens_district_entry(qtbot, district):
    from ui.main_window import MainWindow
    from ui.pages.district_dashboard_page import DistrictDashboardPage

    window = MainWindow(district)
    qtbot.addWidget(window)
    page = window.page_widget("dashboard")
    assert isinstance(page, DistrictDashboardPage)
    page.set_period(PERIOD)

    def cell(indicator_id, col):
        return page.model.index(page.model.row_of(indicator_id), col).data()

    assert cell("new_jobs", COL_YTD) == "470" and cell("new_jobs", COL_MONTH) == "190"
    assert (cell("new_jobs", COL_DONE), cell("new_jobs", COL_STATUS)) == ("2.3%", "滞后")
    assert cell("new_jobs", COL_REPORTING) == "2/13"
    assert cell("new_jobs", COL_BEHIND) == "华侨路街道"        # the 11 offices that sent nothing are not behind
    assert (cell("fiscal_revenue", COL_MONTH), cell("fiscal_revenue", COL_YTD)) == ("4.8", "9.9")
    assert (cell("fiscal_revenue", COL_STATUS), cell("fiscal_revenue", COL_REPORTING)) == ("正常", "区级填报")
    first = page.behind_model.item(0).text()
    assert first.startswith("华侨路街道：滞后") and "未报送" not in first
    assert "滞后" in page.behind_model.item(1).text() and page.behind_model.item(2).text() == "湖南路街道：未报送"

    # The chosen indicator office by office, and month by month in the chart
    page.select_indicator("new_jobs")
    breakdown = page.breakdown_model
    rows = {breakdown.index(n, 0).data(): [breakdown.index(n, c).data() for c in range(1, 5)]
            for n in range(breakdown.rowCount())}
    assert rows["宁海路街道"] == ["1,634", "300", "18.4%", "正常"]
    assert rows["华侨路街道"][1:] == ["170", "11.9%", "滞后"]
    assert [(label, value) for label, _, value in page.chart.points] == [("1月", D(280)), ("2月", D(190))]

    # An office in the list: only the indicators it trails on
    page._show_office(page.behind_model.index(0, 0))
    shown = {page.proxy.index(n, 0).data() for n in range(page.proxy.rowCount())}
    assert "新增就业岗位" in shown and "城镇登记失业率" in shown and "财政收入" not in shown

    # A district-only indicator opens in 指标填报, where the district enters it
    page.filter_box.setCurrentIndex(0)
    window.show()
    qtbot.waitExposed(window)
    assert page.select_indicator("fiscal_revenue") and page.enter_button.isEnabled()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_key() == "entry")
    entry = window.page_widget("entry")
    assert entry.model.row_of("fiscal_revenue") is not None and entry.model.row_of("new_jobs") is None


def test_office_database_is_not_offered_district_only_indicators(office_db_path):
    db = open_database(office_db_path)
    try:
        session = Session.start(office_db_path, db, login(db, "张三", "abc12345"))
        service = EntryService(db, session.plan, session.unit, session.user)
        offered = {i.id for i in service.indicators()}
        assert "new_jobs" in offered
        assert not offered & {"fiscal_revenue", "gdp", "credit_streets", "road_guapuqiao"}
        assert {r.indicator.id for r in service.rows(PERIOD)} == offered
        with pytest.raises(UserError, match="区级填报"):
            service.set_text("fiscal_revenue", PERIOD, "5")
    finally:
        db.close()
