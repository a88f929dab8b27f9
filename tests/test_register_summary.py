"""The district's report carries its registers up as per-office counts and sums, not as rows:
its size does not grow with the registers, the program's own guard accepts it, no register
person is named in it (beyond 重复登记), and the counts equal the offices' records."""
from __future__ import annotations

from decimal import Decimal

import pytest

from db.schema import open_database
from desktop.district.register_summary import carried_counts
from desktop.district.report import make_report
from desktop.exchange.export import SignOff
from desktop.exchange.guard import check_file
from desktop.exchange.guard.reading import read_book
from desktop.exchange.merge import merge_files
from desktop.plan.store import active_plan
from desktop.exchange.workbook.reader import read_signed

from submission_factory import make_office, make_submission, person
from test_district_report import SUPERVISOR, new_district, trust_office

STATUSES = ("失业", "已再就业", "自主创业", "灵活就业")


def _people(n: int, community: str, base: int) -> list[dict]:
    out = []
    for i in range(n):
        status = STATUSES[i % 4]
        extra = {"employment_status": status}
        if status != "失业":
            extra.update(employed_on="2023-02-01", employer="超市")
        if status == "自主创业":
            extra["loan_amount"] = Decimal("10.50")
        extra["categories"] = "高校毕业生、残疾人" if i % 3 == 0 else ("高校毕业生" if i % 3 == 1 else None)
        out.append(person(base + i, community, **extra))
    return out


def _district(tmp_path, nhl_rows: int, hql_rows: int):
    district = new_district(tmp_path / "区.sqlite")
    nhl, hql = make_office(tmp_path, "NHL"), make_office(tmp_path, "HQL")
    for office in (nhl, hql):
        trust_office(district, office, tmp_path)
    files = [make_submission(nhl, tmp_path, period="2023-02", values={"new_jobs": 5},
                             registers={"unemployed": _people(nhl_rows, "宁海路社区", 100)}),
             make_submission(hql, tmp_path, period="2023-02", values={"new_jobs": 6},
                             registers={"unemployed": _people(hql_rows, "华侨路社区", 500)})]
    db = open_database(district)
    try:
        assert [r.status for r in merge_files(db, files, user=SUPERVISOR)] == ["merged", "merged"]
        out = make_report(db, tmp_path / "汇总.xlsx", "2023-02", user=SUPERVISOR, passphrase="district-pass-1",
                          sign_off=SignOff("王芳", "李强", "赵明", "025-83000000")).path
        return out, active_plan(db)
    finally:
        db.close()


def _lines(reading, office: str, item: str) -> dict[str, tuple[str, str]]:
    rows = [list(r) + [""] * (8 - len(r)) for r in reading.sheets["台账汇总"][1:]]   # read back: trailing blanks dropped
    return {r[5]: (r[6], r[7]) for r in rows if r[2] == office and r[4] == item}


def test_registers_go_up_as_counts_that_equal_the_offices_records(tmp_path):
    out, plan = _district(tmp_path, 12, 5)
    reading = read_signed(out)
    assert reading.status == "intact"
    assert _lines(reading, "宁海路街道", "记录条数") == {"": ("12", "")}
    assert _lines(reading, "华侨路街道", "记录条数") == {"": ("5", "")}
    assert _lines(reading, "合计", "记录条数") == {"": ("17", "")}
    assert _lines(reading, "宁海路街道", "就业状态") == {s: ("3", "") for s in STATUSES}
    assert _lines(reading, "合计", "就业状态")["自主创业"] == ("4", "")          # 3 + 1
    categories = _lines(reading, "宁海路街道", "人员类别")               # a record counts once per option
    assert categories["高校毕业生"] == ("8", "") and categories["残疾人"] == ("4", "")
    assert _lines(reading, "宁海路街道", "小额担保贷款（万元）") == {"": ("3", "31.5")}
    assert carried_counts(plan, reading.sheets["台账汇总"]) == {"unemployed": 17}
    names = {f"居民{n}" for n in [*range(100, 112), *range(500, 505)]}
    cells = {c for name, rows in reading.sheets.items() if name != "重复登记" for row in rows for c in row}
    assert not names & cells                                            # nobody named: counts only


def test_the_report_does_not_grow_with_the_registers_and_the_guard_accepts_it(tmp_path):
    small, _ = _district(tmp_path / "small", 2, 1)
    large, _ = _district(tmp_path / "large", 60, 40)
    assert check_file(large) == "xlsx"                                   # the program's own guard
    books = [read_book(p) for p in (small, large)]                       # in the reading child, guarded
    sizes = [{n: len(rows) for n, rows in b.sheets.items()} for b in books]
    assert sizes[0] == sizes[1]                                          # the same rows, only figures differ
    assert not any(n.startswith("汇总-") for n in sizes[1])


def test_a_count_that_is_not_a_whole_number_is_refused(tmp_path):
    plan = active_plan(open_database(new_district(tmp_path / "区.sqlite")))
    header = ["单位代码", "台账编号", "街道", "台账", "统计项", "分类", "条数", "合计"]
    good = ["NHL", "unemployed", "宁海路街道", "失业人员实名登记", "记录条数", "", "4", ""]
    total = ["", "unemployed", "合计", "失业人员实名登记", "记录条数", "", "4", ""]
    assert carried_counts(plan, [header, good, total]) == {"unemployed": 4}   # 合计 is not counted again
    for bad in ("4.5", "-4", "1e3", "四"):
        with pytest.raises(ValueError, match="不是整数"):
            carried_counts(plan, [header, good[:6] + [bad, ""]])
