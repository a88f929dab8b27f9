"""Importing registers from the spreadsheets clerks really keep."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from desktop.plan.store import active_plan
from desktop.registers.error_book import write_error_workbook
from desktop.registers.importer import ImportCancelled, open_source, run_import
from desktop.registers.records import iter_records, save_record
from desktop.exchange.guard import UnsafeWorkbook
from desktop.security.auth import User
from register_lists import (HEADERS, people, valid_id, write_clean, write_gbk_csv, write_messy,
                            write_xls)

TODAY = date(2026, 1, 1)
ADMIN = User("张三", "admin")


@pytest.fixture
def plan(office_db):
    return active_plan(office_db)


def _import(db, plan, path, **kw):
    register = plan.register("unemployed")
    source = open_source(path, register)
    return source, run_import(db, plan, register, "NHL", source, user=ADMIN, today=TODAY, **kw)


def _contents(db, plan):
    return [(r.values["name"], r.values["id_number"], r.values["phone"], r.values["community"],
             r.values["categories"], r.values["registered_on"], r.values["note"])
            for r in iter_records(db, plan, "unemployed", "NHL")]


@pytest.mark.parametrize("writer, name", [(write_messy, "乱.xlsx"), (write_xls, "旧格式.xls"),
                                          (write_gbk_csv, "GBK.csv")])
def test_messy_layouts_import_the_same_records_as_the_clean_file(tmp_path, office_db_path, writer, name):
    from db.schema import open_database

    rows = people(7)
    write_clean(tmp_path / "clean.xlsx", rows)
    writer(tmp_path / name, rows)
    results = []
    for path in (tmp_path / "clean.xlsx", tmp_path / name):
        db_path = tmp_path / f"{path.name}.sqlite"
        db_path.write_bytes(office_db_path.read_bytes())
        db = open_database(db_path)
        try:
            plan = active_plan(db)
            _, result = _import(db, plan, path)
            assert (result.imported, result.rejected, result.duplicated) == (7, 0, 0), result.problems
            results.append(_contents(db, plan))
        finally:
            db.close()
    assert results[0] == results[1]
    assert results[0][0][6] == "=不是公式"          # text, never a formula


def test_footer_and_title_rows_are_left_out(tmp_path, plan):
    write_messy(tmp_path / "m.xlsx", people(3))
    source = open_source(tmp_path / "m.xlsx", plan.register("unemployed"))
    assert source.layout.header_rows == [3]
    assert len(source.layout.rows) == 3 and len(source.layout.footer_rows) == 2
    assert "身份证号码" in source.layout.headers and source.mapping[2] == "id_number"


def _mixed_workbook(path):
    ok1 = valid_id("320106", date(1980, 5, 6), 111)
    ok2 = valid_id("320106", date(1975, 1, 2), 222)
    bad_check = ok1[:17] + ("1" if ok1[17] != "1" else "2")
    full_width = valid_id("320106", date(1990, 7, 8), 333).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    fifteen = "320106" + "650304" + "123"
    fifteen_number = float("320106" + "700101" + "125")
    already = valid_id("320106", date(1966, 6, 6), 444)
    rows = [
        ["赵一", ok1, "颐和路社区", "2023-03-05", "失业"],                  # 2 ok
        ["钱二", full_width, "江苏路社区", "2023/3/5", "失业"],             # 3 ok (full-width)
        ["孙三", bad_check, "颐和路社区", "2023年3月5日", "失业"],          # 4 bad checksum
        ["李四", ok2, "颐和路社区", "2023-02-30", "失业"],                  # 5 impossible date
        ["周五", fifteen, "琅琊路社区", "20230305", "失业"],                # 6 15 digits, upgraded
        ["吴六", float(ok2[:17] + "0"), "颐和路社区", date(2023, 3, 5), "失业"],  # 7 stored as number
        ["赵一", ok1, "颐和路社区", "2023-04-01", "失业"],                  # 8 duplicate in file
        [None, valid_id("320106", date(1985, 1, 1), 555), "颐和路社区", "2023-03-05", "失业"],  # 9 no name
        ["郑七", already, "颐和路社区", "2023-03-05", "失业"],              # 10 already in register
        ["王八", "320106651231996", "颐和路社区", "2023-03-05", "失业"],    # 11 centenarian code
        ["冯九", fifteen_number, "北京西路社区", "2023-03-05", "已再就业"],  # 12 15-digit number; 就业日期 missing
        ["陈十", valid_id("320106", date(1988, 8, 8), 666), "北京西路", "2023-03-05", "灵活就业",
         "2023-06-01", "快递站"],                                           # 13 ok (community short name)
    ]
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "公民身份号码", "社区", "登记日期", "就业状态", "就业日期", "就业单位"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return already


def test_mixed_workbook_counts_and_error_workbook_reasons(tmp_path, office_db, plan):
    already = _mixed_workbook(tmp_path / "混合.xlsx")
    save_record(office_db, plan, plan.register("unemployed"), "NHL",
                {"name": "郑七", "id_number": already, "community": "颐和路社区", "registered_on": "2023-01-01"},
                user=ADMIN, today=TODAY)
    source, result = _import(office_db, plan, tmp_path / "混合.xlsx")
    assert (result.total, result.imported, result.rejected, result.duplicated) == (12, 4, 6, 2)
    by_row = {p.row_number: p.reason for p in result.problems}
    assert sorted(by_row) == [4, 5, 7, 8, 9, 10, 11, 12]
    assert "校验码应为" in by_row[4] and "校验位错误" in by_row[4]
    assert "不是有效日期" in by_row[5]
    assert "存成了数字" in by_row[7] and "文本" in by_row[7]
    assert "文件第 2 行" in by_row[8]
    assert "姓名：必填" in by_row[9]
    assert "台账中已有相同记录" in by_row[10]
    assert "百岁老人" in by_row[11]
    assert "就业日期" in by_row[12] and "存成了数字" not in by_row[12]
    names = {r.values["name"]: r.values for r in iter_records(office_db, plan, "unemployed", "NHL")}
    assert names["周五"]["id_number"] == "32010619650304123" + names["周五"]["id_number"][17]
    assert names["钱二"]["id_number"].isascii() and names["陈十"]["community"] == "北京西路社区"

    out = write_error_workbook(office_db, tmp_path / "未导入.xlsx", source, result, user=ADMIN,
                               register=plan.register("unemployed"))
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header == ["姓名", "公民身份号码", "社区", "登记日期", "就业状态", "就业日期", "就业单位",
                      "错误原因", "原文件行号"]
    reasons = {row[8]: row[7] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert reasons == by_row


def test_update_mode_overwrites_the_register(tmp_path, office_db, plan):
    rows = people(3)
    write_clean(tmp_path / "a.xlsx", rows)
    _import(office_db, plan, tmp_path / "a.xlsx")
    rows[1][4] = "13900000000"
    write_clean(tmp_path / "b.xlsx", rows)
    _, skipped = _import(office_db, plan, tmp_path / "b.xlsx")
    assert (skipped.imported, skipped.duplicated) == (0, 3)
    _, updated = _import(office_db, plan, tmp_path / "b.xlsx", on_duplicate="update")
    assert (updated.imported, updated.updated, updated.duplicated) == (0, 3, 0)
    phones = [r.values["phone"] for r in iter_records(office_db, plan, "unemployed", "NHL")]
    assert phones[1] == "13900000000" and len(phones) == 3


def test_cancel_imports_nothing(tmp_path, office_db, plan):
    write_clean(tmp_path / "a.xlsx", people(5))

    class CancelAtWrite:
        calls = 0

        def update(self, done, total, text=""):
            pass

        @property
        def cancelled(self):
            self.calls += 1
            return self.calls > 1   # passes the first check, cancels before commit

    with pytest.raises(ImportCancelled):
        _import(office_db, plan, tmp_path / "a.xlsx", progress=CancelAtWrite())
    assert list(iter_records(office_db, plan, "unemployed", "NHL")) == []


def test_hostile_and_wrong_files_are_refused(tmp_path, plan):
    register = plan.register("unemployed")
    fake = tmp_path / "假.xlsx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(UnsafeWorkbook, match="密码"):
        open_source(fake, register)
    (tmp_path / "x.txt").write_text("hi")
    with pytest.raises(UnsafeWorkbook, match="不支持"):
        open_source(tmp_path / "x.txt", register)
    import zipfile
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/huge.xml", b"0" * (20 * 1024 * 1024))
    with pytest.raises(UnsafeWorkbook, match="压缩"):
        open_source(bomb, register)


def test_headers_are_matched_by_synonyms(tmp_path, plan):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "证件号码", "手机", "社区", "登记时间"])
    wb.save(tmp_path / "s.xlsx")
    source = open_source(tmp_path / "s.xlsx", plan.register("unemployed"))
    assert source.mapping == ["name", "id_number", "phone", "community", "registered_on"]
    assert HEADERS  # the shared list module is importable from tests


def test_two_header_rows_are_read_as_one(tmp_path, office_db, plan):
    """Group titles merged across columns above the real headers; 登记日期 merged down both rows."""
    wb = Workbook()
    ws = wb.active
    ws.append(["宁海路街道失业人员登记表"])
    ws.merge_cells("A1:G1")
    ws.append(["基本信息", None, None, "登记日期", "就业情况", None, None])
    ws.append(["姓名", "公民身份号码", "所属社区", None, "就业状态", "就业日期", "就业单位"])
    ws.merge_cells("A2:C2")
    ws.merge_cells("D2:D3")
    ws.merge_cells("E2:G2")
    ws.append(["周一", valid_id("320106", date(1980, 2, 2), 201), "颐和路社区", "2023-03-05", "灵活就业",
               "2023-05-01", "外卖骑手"])
    ws.append(["吴二", valid_id("320106", date(1982, 2, 2), 203), "江苏路社区", "2023-04-05", "失业", None, None])
    ws.append(["填表人：李梅", None, "联系电话：025-83301234"])
    wb.save(tmp_path / "two.xlsx")
    source, result = _import(office_db, plan, tmp_path / "two.xlsx")
    assert source.mapping == ["name", "id_number", "community", "registered_on", "employment_status",
                              "employed_on", "employer"]
    assert source.layout.header_rows == [2, 3]
    assert (result.imported, result.rejected) == (2, 0), result.problems


def test_parking_sites_from_a_utf8_csv(tmp_path, office_db, plan):
    (tmp_path / "泊位.csv").write_text(
        "项目名称,类型,计划泊位数,已建成泊位数,完工日期,状态,社区\n"
        "颐和路停车场,路外地面,40,40,2023/8/2,已完工,颐和路\n"
        "江苏路车库,地下立体车库,60,,,在建,江苏路社区\n"
        "颐和路停车场,路外地面,40,40,2023/8/2,已完工,颐和路\n"
        "琅琊路泊位,路边,10,0,,规划,琅琊路社区\n", encoding="utf-8-sig")
    register = plan.register("parking")
    source = open_source(tmp_path / "泊位.csv", register)
    result = run_import(office_db, plan, register, "NHL", source, user=ADMIN, today=TODAY)
    assert (result.imported, result.duplicated, result.rejected) == (2, 1, 1)
    assert "「路边」不是可选项" in result.problems[-1].reason
    sites = {r.values["project"]: r.values for r in iter_records(office_db, plan, "parking", "NHL")}
    assert sites["颐和路停车场"]["completed_on"] == date(2023, 8, 2) and sites["颐和路停车场"]["community"] == "颐和路社区"
