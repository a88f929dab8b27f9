"""The district demo tells its story through the same core a supervisor uses: six offices'
signed exports merged, one corrected, one late, one refused as tampered, months missing, and a
person registered by two offices."""
import json
from datetime import date

import python_calamine
from docx import Document

from db import merged
from db.schema import open_database
from desktop.main import main
from desktop.plan.store import active_plan
from desktop.district.submissions import build
from desktop.exchange.workbook.reader import read_signed


def test_district_demo_has_merged_offices_and_every_kind_of_cell(tmp_path, capsys):
    path = tmp_path / "区汇总示例.sqlite"
    assert main(["--db", str(path), "demo", "--district", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unit"] == "DISTRICT"
    outbox = tmp_path / "区汇总示例-各街道报送表"
    assert len(list(outbox.glob("*.xlsx"))) == 69           # 12+1 + 12 + 11 + 11 + 12 + 10
    db = open_database(path)
    try:
        plan = active_plan(db)
        matrix = build(db, plan, today=date(2024, 2, 1))
        nhl_oct = matrix.cell("NHL", "2023-10")
        assert (nhl_oct.state, nhl_oct.revision, nhl_oct.late) == ("merged", 2, False)
        assert matrix.cell("HQL", "2023-03").late and not matrix.cell("HQL", "2023-04").late
        assert matrix.cell("HNL", "2023-12").state == "missing"
        refused = matrix.cell("ZYM", "2023-11")
        assert (refused.state, refused.status) == ("rejected", "tampered")
        assert matrix.cell("FH", "2023-01").state == "missing"
        merged_units = {u.code for u in matrix.units if matrix.cell(u.code, "2023-01").state == "merged"}
        assert merged_units == {"NHL", "HQL", "HNL", "ZYM", "YJM", "JD"}
        shared = merged.shared_id_numbers(db)
        assert shared, "the person registered by 宁海路 and 华侨路 is found"
    finally:
        db.close()
    # the month end for 2023-12, beside the database, from the same core
    folder = tmp_path / "区汇总示例-月末材料"
    report = read_signed(folder / "全区汇总表_2023-12.xlsx")
    assert report.status == "intact" and report.meta["filler"] == "周敏"
    assert len(report.sheets["全区进度"]) == 78
    assert "台账汇总" in report.sheets and not any(n.startswith("汇总-") for n in report.sheets)   # counts, not rows
    chase = {r[0]: r for r in python_calamine.CalamineWorkbook.from_path(
        str(folder / "催报清单_2023-12.xlsx")).get_sheet_by_name("催报清单").to_python()[1:]}
    assert chase["HNL"][2] == "缺报" and chase["JD"][2] == "缺报" and "NHL" not in chase
    doc = Document(str(folder / "通报_2023-12.docx"))
    assert doc.paragraphs[0].text == "关于2023年12月份为民工程推进情况的通报"
    db = open_database(path)
    try:
        nov = build(db, active_plan(db), today=date(2024, 1, 10)).cell("ZYM", "2023-11")
        assert nov.state == "rejected"
    finally:
        db.close()
