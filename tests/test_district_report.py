"""The consolidated workbook: totals equal the offices' sum, people registered twice are found,
and a level above merges two districts' reports with the same verify and merge."""
from __future__ import annotations

import json
import zipfile
from datetime import date
from decimal import Decimal

import openpyxl
import python_calamine

from db.schema import open_database
from desktop.security import signing
from desktop.security.auth import User
from desktop.exchange.export import SignOff
from desktop.main import main
from desktop.exchange.merge import merge_files
from desktop.plan.store import active_plan
from desktop.district.report import make_report
from desktop.district.submissions import build
from desktop.security.trust import add_key_file
from desktop.exchange.workbook.reader import read_signed

from submission_factory import make_district, make_office, make_submission, person, public_key_file

SUPERVISOR = User("区汇总员", "supervisor")


new_district = make_district


def trust_office(district, office, folder):
    pub = public_key_file(office, folder)
    db = open_database(district)
    add_key_file(db, pub, office.stem.split("-")[1], user=SUPERVISOR)
    db.close()


def fill_district(tmp_path, district):
    nhl, hql = make_office(tmp_path, "NHL"), make_office(tmp_path, "HQL")
    for office in (nhl, hql):
        trust_office(district, office, tmp_path)
    shared = person(7, "宁海路社区")
    files = [
        make_submission(nhl, tmp_path, period="2023-01", values={"new_jobs": 100, "unemployment_rate": "1.8"}),
        make_submission(nhl, tmp_path, period="2023-02", values={"new_jobs": 120, "unemployment_rate": "1.9"},
                        registers={"unemployed": [shared, person(8, "宁海路社区")]}),
        make_submission(hql, tmp_path, period="2023-01", values={"new_jobs": 80, "unemployment_rate": "2.4"}),
        make_submission(hql, tmp_path, period="2023-02", values={"new_jobs": 90, "unemployment_rate": "2.2"},
                        registers={"unemployed": [dict(shared, community="华侨路社区", name=shared["name"])]},
                        exported_at="2023-03-09T10:00:00"),
    ]
    db = open_database(district)
    assert [r.status for r in merge_files(db, files, user=SUPERVISOR)] == ["merged"] * 4
    db.close()
    return shared


def sheet(path, name):
    return python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def test_report_totals_duplicates_and_submissions(tmp_path, capsys, monkeypatch):
    district = new_district(tmp_path / "区.sqlite")
    shared = fill_district(tmp_path, district)
    monkeypatch.setenv("STREET_LEDGER_USER", "区汇总员")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "district-pass-1")
    out = tmp_path / "汇总_2023-02.xlsx"
    code = main(["--db", str(district), "report", "--period", "2023-02", "--out", str(out), "--filler", "王芳",
                 "--reviewer", "李强", "--head", "赵明", "--phone", "025-83000000", "--json"])
    assert code == 0, capsys.readouterr().err
    assert json.loads(capsys.readouterr().out)["offices_reporting"] == 2
    reading = read_signed(out)
    assert reading.status == "intact" and reading.meta["unit_role"] == "district"
    rows = {r[0]: r for r in reading.sheets["指标进度"][1:]}
    assert rows["new_jobs"][8] == "210" and rows["new_jobs"][9] == "390"      # 本月 and 累计 = sum of offices
    assert rows["unemployment_rate"][9] == "2.05"                              # mean of latest values
    assert "达标街道 1/2" in rows["unemployment_rate"][14]
    by_office = {r[0]: r for r in sheet(out, "分街道")}
    header = sheet(out, "分街道")[0]
    assert by_office["new_jobs"][header.index("宁海路街道")] == 220 and by_office["new_jobs"][header.index("全区")] == 390
    dup = sheet(out, "重复登记")
    assert [r[0] for r in dup[1:]] == [shared["id_number"]] * 2
    assert {r[2] for r in dup[1:]} == {"宁海路街道", "华侨路街道"}
    matrix = {r[0]: r for r in sheet(out, "报送情况")}
    assert matrix["宁海路街道"][1:3] == ["第1版", "第1版"] and matrix["华侨路街道"][2] == "第1版·迟报"
    assert matrix["湖南路街道"][1] == "缺报"
    summary = [r for r in sheet(out, "台账汇总") if r[4] == "记录条数" and r[3] == "失业人员实名登记"]
    assert [(r[2], r[6]) for r in summary] == [("华侨路街道", 1), ("宁海路街道", 2), ("合计", 3)]
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert sum(n.startswith("xl/charts/chart") for n in names) == 2          # native charts, still intact
    cover = openpyxl.load_workbook(out)["封面"]     # the long 说明 wraps in its column, not across the page
    note = next(row for row in cover.iter_rows() if row[0].value == "说明")
    assert note[1].alignment.wrap_text and cover.row_dimensions[note[1].row].height


def test_submissions_matrix_states(tmp_path):
    district = new_district(tmp_path / "区.sqlite")
    fill_district(tmp_path, district)
    db = open_database(district)
    m = build(db, active_plan(db), today=date(2023, 3, 6))
    db.close()
    assert m.cell("NHL", "2023-02").state == "merged" and m.cell("HQL", "2023-02").late
    assert m.cell("HNL", "2023-02").state == "missing" and m.cell("HNL", "2023-03").state == "pending"


def test_a_city_merges_two_district_reports(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    reports.mkdir()
    city = new_district(tmp_path / "市.sqlite", "CITY", "市汇总")
    totals = []
    for code, name in (("GL", "鼓楼区"), ("XW", "玄武区")):
        folder = tmp_path / code
        folder.mkdir()
        district = new_district(folder / "区.sqlite", code, name)
        fill_district(folder, district)
        db = open_database(district)
        result = make_report(db, reports / f"{name}.xlsx", "2023-02", user=SUPERVISOR, passphrase="district-pass-1",
                             sign_off=SignOff("王芳", "李强", "赵明", "025-83000000"))
        pub = signing.export_public_key(db, folder / "district.pub", user=User("x", "supervisor"))
        db.close()
        cdb = open_database(city)
        assert add_key_file(cdb, pub, code, user=SUPERVISOR).unit_code == code
        cdb.close()
        totals.append(result)
    cdb = open_database(city)
    results = merge_files(cdb, [reports], user=SUPERVISOR)
    assert [(r.office, r.status) for r in results] == [("XW", "merged"), ("GL", "merged")]
    total = sum(Decimal(v) for (v,) in cdb.execute(
        "SELECT value FROM merged_values WHERE indicator_id = 'new_jobs' AND period = '2023-02'"))
    assert total == 420
    assert merge_files(cdb, [reports], user=SUPERVISOR)[0].status == "duplicate"
    cdb.close()
