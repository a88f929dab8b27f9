"""A real city level: districts with their own codes, a city whose members are the districts,
year to date carried up as the districts state it, register counts carried up, and a warning
when a file's name names another unit than its signer."""
from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal

import python_calamine

from db.schema import open_database
from desktop.security import signing
from desktop.security.auth import User
from desktop.district.bulletin import draft
from desktop.district.chase import chase_list, chase_text
from desktop.district.level_words import words_for
from desktop.district.report import make_report
from desktop.district.progress import compute
from desktop.district.units import reporting_units
from desktop.entry.service import EntryService
from desktop.exchange.export import SignOff
from desktop.main import main
from desktop.exchange.merge import merge_files, verify_files
from desktop.plan.store import active_plan
from desktop.system.provision import initialise
from desktop.unit import unit_of
from desktop.security.trust import add_key_file
from desktop.exchange.workbook.reader import read_signed

from submission_factory import make_district
from test_district_report import SUPERVISOR, fill_district

SIGN = SignOff("王芳", "李强", "赵明", "025-83000000")
# GL set both in January (February's report still says where they stand); XW in February
MILESTONES = {"GL": [("road_guapuqiao", "2023-01", "已完成 2023-01-15"), ("nandafuzhong_building", "2023-01", "已完成 2023-01-20")],
              "XW": [("road_guapuqiao", "2023-02", "已完成 2023-02-10"), ("nandafuzhong_building", "2023-02", "推进中")]}


def _sheet(path, name):
    return python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def _city(tmp_path):
    path = tmp_path / "市.sqlite"
    initialise(path, district=True, city=True, office_code="NJ", unit_name="南京市", admin="区汇总员",
               password="abc12345", passphrase="district-pass-1")
    return path


def _two_districts(tmp_path, city):
    reports = tmp_path / "各区汇总表"
    reports.mkdir()
    stated = {}
    for code, name in (("GL", "鼓楼区"), ("XW", "玄武区")):
        folder = tmp_path / code
        folder.mkdir()
        district = make_district(folder / "区.sqlite", code, name)
        fill_district(folder, district)              # January and February from two offices
        db = open_database(district)
        try:
            own = EntryService(db, active_plan(db), unit_of(db), SUPERVISOR)   # the district's own figure
            own.set_text("fiscal_revenue", "2023-01", "5")
            own.set_text("fiscal_revenue", "2023-02", "6")
            for ind, month, text in MILESTONES[code]:                                # named works, status and date
                own.set_text(ind, month, text)
            result = make_report(db, reports / f"{name}_2023-02_第1版.xlsx", "2023-02", user=SUPERVISOR,
                                 passphrase="district-pass-1", sign_off=SIGN)
            pub = signing.export_public_key(db, folder / "district.pub", user=User("x", "supervisor"))
        finally:
            db.close()
        rows = {r[0]: r for r in read_signed(result.path).sheets["指标进度"][1:]}
        stated[code] = Decimal(rows["new_jobs"][9])  # the district's own 累计
        cdb = open_database(city)
        try:
            add_key_file(cdb, pub, code, user=SUPERVISOR)
        finally:
            cdb.close()
    return reports, stated


def test_a_city_merges_two_districts_with_their_year_to_date_and_districts_as_rows(tmp_path):
    city = _city(tmp_path)
    reports, stated = _two_districts(tmp_path, city)
    db = open_database(city)
    try:
        assert unit_of(db).is_city and unit_of(db).code == "NJ"
        results = merge_files(db, [reports], user=SUPERVISOR)     # only February's reports
        assert sorted((r.office, r.status) for r in results) == [("GL", "merged"), ("XW", "merged")]
        assert not any(r.warning for r in results)
        plan = active_plan(db)
        assert [u.code for u in reporting_units(db, plan)] == ["GL", "XW"]
        jobs = next(ip for ip in compute(db, plan, "2023-02").indicators if ip.indicator.id == "new_jobs")
        assert stated == {"GL": Decimal(390), "XW": Decimal(390)}
        assert jobs.achieved == sum(stated.values())                # not February alone (2 × 210)
        assert jobs.month == Decimal(420)
        revenue = next(ip for ip in compute(db, plan, "2023-02").indicators if ip.indicator.id == "fiscal_revenue")
        assert revenue.achieved == Decimal(22)                      # each district's own 累计 of 11
        out = make_report(db, tmp_path / "南京市_2023-02.xlsx", "2023-02", user=SUPERVISOR,
                          passphrase="district-pass-1", sign_off=SIGN).path
        text = draft(db, "2023-02", user=SUPERVISOR, today=date(2023, 3, 10)).text()
        chased = chase_text(chase_list(db, plan, "2023-03", user=SUPERVISOR, today=date(2023, 4, 20)), "2023-03",
                            words_for(unit_of(db)))
    finally:
        db.close()
    assert "各区人民政府，市各有关部门" in text and "三、各区排名" in text and "本月应报送区 2 个" in text
    assert "街道" not in text and "鼓楼区" in text and "玄武区" in text     # names stay as they are
    assert "个区）" in chased and "街道" not in chased
    header = _sheet(out, "分区")[0]                                 # a city's rows are 区, its whole 全市
    assert header[3:] == ["鼓楼区", "玄武区", "全市"]                # districts as rows, no 14th street
    by_unit = {r[0]: r for r in _sheet(out, "分区")}
    assert by_unit["new_jobs"][header.index("全市")] == 780
    signed = read_signed(out)
    progress = {r[0]: r for r in signed.sheets["全市进度"][1:]}
    assert progress["fiscal_revenue"][9] == "22"                    # the districts' figures, not the city's own
    assert "报送区" in signed.sheets["全市进度"][0] and "滞后区" in signed.sheets["全市进度"][0]
    words = {c for name, rows in signed.sheets.items() if name not in ("签名信息",)
             for c in [name, *rows[0]]}
    assert not any("街道" in w for w in words), sorted(w for w in words if "街道" in w)
    rows = {r[0]: r for r in signed.sheets["指标进度"][1:]}        # milestones: status and date carried up
    assert rows["road_guapuqiao"][8] == "已完成" and rows["road_guapuqiao"][13] == "2023-02-10"
    assert rows["nandafuzhong_building"][8] == "推进中" and rows["nandafuzhong_building"][13] == ""
    assert progress["nandafuzhong_building"][8] == "推进中" and "2/2" in progress["nandafuzhong_building"][15]
    counts = {r[0]: r for r in _sheet(out, "台账条数")}
    assert _sheet(out, "台账条数")[0][0] == "区"
    assert counts["鼓楼区"][1] == 3 and counts["玄武区"][1] == 3 and counts["合计"][1] == 6
    matrix = {r[0]: r for r in _sheet(out, "报送情况")}
    assert set(matrix) == {"区", "鼓楼区", "玄武区"} and matrix["鼓楼区"][2].startswith("第1版")


def test_a_file_named_for_one_district_but_signed_by_another_is_warned(tmp_path):
    city = _city(tmp_path)
    reports, _ = _two_districts(tmp_path, city)
    misnamed = tmp_path / "玄武区_2023-02_第1版.xlsx"
    shutil.copy(reports / "鼓楼区_2023-02_第1版.xlsx", misnamed)
    db = open_database(city)
    try:
        (checked,) = verify_files(db, [misnamed])
        assert checked.status == "verified" and checked.office == "GL"
        assert "写的是玄武区" in checked.warning and "鼓楼区（GL）签名" in checked.warning
        (merged,) = merge_files(db, [misnamed], user=SUPERVISOR)
        assert merged.status == "merged" and merged.warning == checked.warning
        assert merged.as_dict()["warning"] == checked.warning
        (right,) = verify_files(db, [reports / "玄武区_2023-02_第1版.xlsx"])
        assert right.warning == ""
    finally:
        db.close()


def test_init_district_and_city_with_their_identity(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "district-pass-1")
    district, city = tmp_path / "鼓楼区.sqlite", tmp_path / "南京市.sqlite"
    assert main(["--db", str(district), "init", "--district", "--code", "gl", "--name", "鼓楼区", "--admin", "区汇总员"]) == 0
    assert main(["--db", str(city), "init", "--city", "--code", "NJ", "--name", "南京市", "--admin", "市汇总员"]) == 0
    assert main(["--db", str(tmp_path / "x.sqlite"), "init", "--city", "--name", "南京市", "--admin", "市汇总员"]) == 1
    assert "代码和名称" in capsys.readouterr().err
    for path, code, name, is_city in ((district, "GL", "鼓楼区", False), (city, "NJ", "南京市", True)):
        db = open_database(path)
        try:
            unit = unit_of(db)
            assert (unit.code, unit.name, unit.is_district, unit.is_city) == (code, name, True, is_city)
        finally:
            db.close()
