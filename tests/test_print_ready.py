"""The signed workbook and the district report print as documents: each page titled with office,
month and revision (print header, so no row moves under the signature), 完成率 and 序时进度 as
numeric percentage cells — and a file LibreOffice re-saved still verifies and still merges."""
from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import openpyxl
import pytest

from db.schema import open_database
from desktop.security.auth import login
from desktop.exchange.export import SignOff, export_period
from desktop.exchange.office_verify import verify_own
from desktop.session import Session
from desktop.exchange.submission_format import IND, INDICATOR_SHEET
from desktop.exchange.submission_read import read_content
from desktop.exchange.workbook.reader import read_signed

SIGN = SignOff("张三", "李四", "王五", "025-83000000")


@pytest.fixture
def session(demo_db_path):
    db = open_database(demo_db_path)
    s = Session.start(demo_db_path, db, login(db, "demo", "demo2023"))
    yield s
    db.close()


def export(s, tmp_path):
    folder = tmp_path / "报送表"
    folder.mkdir(exist_ok=True)
    return export_period(s.db, s.plan, s.unit, s.user, "2023-03", folder=folder, sign_off=SIGN,
                         passphrase="demo-key-2023").path


def percent_cells(path):
    ws = openpyxl.load_workbook(path)[INDICATOR_SHEET]
    rows = list(ws.iter_rows(min_row=2))
    return ws, [(r[IND["完成率"]], r[IND["序时进度"]]) for r in rows]


def test_signed_workbook_pages_are_titled_and_percentages_are_numbers(session, tmp_path):
    path = export(session, tmp_path)
    ws, cells = percent_cells(path)
    assert ws.oddHeader.center.text == "宁海路街道 2023年3月 指标进度（第1版）"
    assert openpyxl.load_workbook(path)["封面"].oddHeader.center.text == "宁海路街道 2023年3月 封面（第1版）"
    filled = [(c, e) for c, e in cells if c.value is not None]
    assert len(filled) > 10
    for completion, elapsed in filled:
        assert isinstance(completion.value, (int, float)) and completion.number_format == "0.0%"
        assert isinstance(elapsed.value, (int, float)) and elapsed.number_format == "0.0%"
        assert completion.alignment.horizontal == "right"
    assert 0.25 in {e.value for _, e in filled}             # 3 months of 12 passed: 25.0%, as a ratio
    reading = read_signed(path)
    assert reading.status == "intact"
    header = reading.sheets[INDICATOR_SHEET][0]
    assert header[IND["完成率"]] == "完成率"                 # the header row is still the first row


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed here: round trip skipped")
def test_libreoffice_resaved_export_verifies_and_still_merges(session, tmp_path):
    path = export(session, tmp_path)
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=300)
    resaved = out / path.name
    assert verify_own(session.db, resaved).status == "verified"
    _, cells = percent_cells(resaved)
    assert all(c.number_format == "0.0%" for c, _ in cells if c.value is not None)
    original = read_content(session.plan, read_signed(path).sheets)
    again = read_content(session.plan, read_signed(resaved).sheets)
    assert again.values == original.values and len(again.values) > 10
    assert again.records == original.records


def test_district_report_percentages_are_numbers_and_pages_titled(tmp_path):
    from district_case import SIGNERS, SUPERVISOR, build_case

    from desktop.district.report import make_report

    _, db, _ = build_case(tmp_path)
    out = tmp_path / "汇总.xlsx"
    from datetime import date
    make_report(db, out, "2023-02", user=SUPERVISOR, passphrase="district-pass-1", sign_off=SignOff(*SIGNERS),
                today=date(2023, 3, 20))
    db.close()
    wb = openpyxl.load_workbook(out)
    ws = wb["全区进度"]
    assert ws.oddHeader.center.text.endswith(" 2023年2月 全区进度（第1版）")
    header = [c.value for c in ws[1]]
    completion = [r[header.index("完成率")] for r in ws.iter_rows(min_row=2)]
    numbers = [c for c in completion if c.value is not None]
    assert len(numbers) >= 5 and all(isinstance(c.value, (int, float)) and c.number_format == "0.0%" for c in numbers)
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert read_signed(out).status == "intact"
    assert Decimal(str(numbers[0].value)) == Decimal(str(numbers[0].value)).quantize(Decimal("0.001"))


def test_an_upper_limit_prints_as_one_and_stays_a_number(session, tmp_path):
    """城镇登记失业率's target of 2 (%) prints as ≤ 2%; the cell still holds 2 and the file verifies."""
    path = export(session, tmp_path)
    ws = openpyxl.load_workbook(path)[INDICATOR_SHEET]
    row = next(r for r in ws.iter_rows(min_row=2) if r[IND["指标"]].value == "城镇登记失业率")
    target, stage = row[IND["年度目标"]], row[IND["阶段目标"]]
    assert target.value == 2 and target.number_format == '"≤ "#,##0"%"' and target.alignment.horizontal == "right"
    assert stage.number_format == '"≤ "#,##0"%"'
    jobs = next(r for r in ws.iter_rows(min_row=2) if r[IND["指标"]].value == "新增就业岗位")
    assert jobs[IND["年度目标"]].number_format == "#,##0"            # a target to reach has no sign
    assert read_signed(path).status == "intact"


def printed_points(ws, widths) -> float:
    """The body text's printed size: 11 pt times the page scale (fitted to width, or the set scale)."""
    from desktop.exchange.workbook.print_layout import BODY_POINTS, fit_scale

    if ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage:
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        return BODY_POINTS * min(1.0, fit_scale(widths))
    return BODY_POINTS * (ws.page_setup.scale or 100) / 100


def visible_widths(ws) -> list[float]:
    from openpyxl.utils import get_column_letter

    widths, i = [], 1
    while (dim := ws.column_dimensions.get(get_column_letter(i))) is not None and dim.width:
        if not dim.hidden:
            widths.append(dim.width)
        i += 1
    return widths


def test_register_sheets_of_the_signed_workbook_print_readably(session, tmp_path):
    """A register of 9 wide columns is not shrunk onto one page width (5.6 pt in LibreOffice): it
    prints landscape at ≥ 9 pt, its columns flowing onto further pages that repeat the header row
    and the 记录编号/姓名 columns; a narrow log still fits one page width."""
    book = openpyxl.load_workbook(export(session, tmp_path))
    wide = book["失业人员实名登记"]
    assert wide.page_setup.orientation == "landscape" and wide.page_setup.paperSize == 9
    assert not wide.sheet_properties.pageSetUpPr.fitToPage and wide.page_setup.scale == 90
    assert wide.print_title_rows == "$1:$1" and wide.print_title_cols == "$A:$B"
    for name in book.sheetnames[:-1]:
        ws = book[name]
        assert ws.page_setup.orientation == "landscape" and printed_points(ws, visible_widths(ws)) >= 9, name
    narrow = book["停车泊位"]
    assert narrow.sheet_properties.pageSetUpPr.fitToPage


def test_register_workbook_prints_readably(session, tmp_path):
    from desktop.registers.export import export_register

    path = tmp_path / "台账.xlsx"
    assert export_register(session.db, session.plan, "unemployed", "NHL", path, user=session.user) > 100
    ws = openpyxl.load_workbook(path).active
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.column_dimensions["C"].width == 21                      # the ID column is wide enough for 18 digits
    assert printed_points(ws, visible_widths(ws)) >= 9
    assert ws.print_title_rows == "$1:$1" and ws.print_title_cols == "$A:$B"
    assert ws.oddFooter.center.text == "第 &P 页，共 &N 页"
