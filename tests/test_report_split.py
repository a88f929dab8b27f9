"""A merged register too long for one sheet is written one sheet per office and register, so
no sheet of the district's report goes beyond what the guard accepts; a short one stays whole."""
from __future__ import annotations

import python_calamine

from db.schema import open_database
from desktop.district import report_sheets
from desktop.district.report import make_report
from desktop.exchange.export import SignOff
from desktop.exchange.workbook.reader import read_signed
from test_district_report import SUPERVISOR, fill_district, new_district


def _report(tmp_path, name):
    db = open_database(tmp_path / "区.sqlite")
    try:
        return make_report(db, tmp_path / name, "2023-02", user=SUPERVISOR, passphrase="district-pass-1",
                           sign_off=SignOff("王芳", "李强", "赵明", "025-83000000")).path
    finally:
        db.close()


def _register_sheets(path):
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return {n: book.get_sheet_by_name(n).to_python() for n in book.sheet_names if "失业人员实名登记" in n
            and "培训" not in n}


def test_long_merged_register_is_split_by_office(tmp_path, monkeypatch):
    new_district(tmp_path / "区.sqlite")
    fill_district(tmp_path, tmp_path / "区.sqlite")
    whole = _register_sheets(_report(tmp_path, "whole.xlsx"))
    assert list(whole) == ["汇总-失业人员实名登记"] and len(whole["汇总-失业人员实名登记"]) == 4
    monkeypatch.setattr(report_sheets, "MERGED_SHEET_ROWS", 2)      # three merged rows: too many
    path = _report(tmp_path, "split.xlsx")
    assert read_signed(path).status == "intact"
    split = _register_sheets(path)
    assert sorted(split) == ["华侨路街道-失业人员实名登记", "宁海路街道-失业人员实名登记"]
    assert [len(rows) for _, rows in sorted(split.items())] == [2, 3]
    assert {r[0] for r in split["宁海路街道-失业人员实名登记"][1:]} == {"宁海路街道"}
    merged_rows = sorted(tuple(r) for r in whole["汇总-失业人员实名登记"][1:])
    assert sorted(tuple(r) for rows in split.values() for r in rows[1:]) == merged_rows
