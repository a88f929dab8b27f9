"""Signed workbooks print on A4: header row repeated, page x of y, numbers with separators,
percentages right-aligned, the id column hidden — and none of it touches the signature."""
from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import openpyxl
import pytest

from desktop.security import keys
from desktop.exchange.workbook.reader import read_signed
from desktop.exchange.workbook.sheets import Column, Sheet
from desktop.exchange.workbook.writer import PAGE_FOOTER, write_signed

PASS = "key-pass-2023"
PAIR = keys.generate(PASS)
COLUMNS = [Column("编号", hidden=True), Column("指标", width=30), Column("年度目标", "auto", thousands=True),
           Column("累计", "auto", thousands=True), Column("完成率", align="right"),
           Column("序时进度", "decimal", places=3, percent=True)]
ROWS = [["new_jobs", "新增就业岗位", 1634, Decimal("1812"), "110.9%", Decimal("0.917")],
        ["old_estates_renewed", "老旧小区出新", Decimal("2.5"), Decimal("1.48"), "59.2%", Decimal("0.083")]]
TITLE = "宁海路街道 2023年11月 指标进度（第2版）"


def export(path):
    sheets = [Sheet("指标进度", COLUMNS, [list(r) for r in ROWS], print_title=TITLE)]
    return write_signed(path, {"unit_code": "NHL", "period": "2023-11"}, sheets,
                        sign=lambda m: keys.sign(PAIR.private_pem, PASS, m),
                        public_raw=PAIR.public_raw, fingerprint=PAIR.fingerprint).path


def test_print_setup_and_display_formats(tmp_path):
    path = export(tmp_path / "a.xlsx")
    ws = openpyxl.load_workbook(path)["指标进度"]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.print_title_rows == "$1:$1" and ws.oddFooter.center.text == PAGE_FOOTER
    assert ws.print_options.gridLines
    assert ws.column_dimensions["A"].hidden
    assert ws["C2"].number_format == "#,##0" and ws["D3"].number_format == "#,##0.00"
    assert ws["E2"].alignment.horizontal == "right" and ws["E2"].value == "110.9%"
    # a percentage column holds numbers (0.917), shown and printed as 91.7%
    assert ws["F2"].value == 0.917 and ws["F2"].number_format == "0.0%" and ws["F2"].alignment.horizontal == "right"
    assert ws.oddHeader.center.text == TITLE          # the title is print setup: no row moves
    assert read_signed(path).status == "intact"


def test_a_resaved_printable_workbook_still_verifies(tmp_path):
    path = export(tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.save(tmp_path / "b.xlsx")
    assert read_signed(tmp_path / "b.xlsx").status == "intact"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed here: round trip skipped")
def test_libreoffice_round_trip_of_a_printable_workbook_still_verifies(tmp_path):
    path = export(tmp_path / "a.xlsx")
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    reading = read_signed(out / "a.xlsx")
    assert reading.status == "intact", reading.reason
    ws = openpyxl.load_workbook(out / "a.xlsx")["指标进度"]
    assert ws["F3"].value == 0.083 and ws["F3"].number_format == "0.0%"


def test_wrapped_rows_are_as_tall_as_their_text(tmp_path):
    """Spreadsheet programs keep a row's stored height when printing: a wrapped 说明 of four lines
    gets four lines' height, a one-line row none; a long header over figures wraps instead of widening."""
    from desktop.exchange.workbook.print_layout import LINE_HEIGHT

    cols = [Column("指标", width=10), Column("说明", width=11.5), Column("小额担保贷款（万元）", "decimal", places=2)]
    rows = [["新增就业岗位", "由台账自动统计本月新增的岗位数量", Decimal("2.00")], ["培训", "", Decimal("1.00")]]
    path = write_signed(tmp_path / "w.xlsx", {"unit_code": "NHL"}, [Sheet("指标进度", cols, rows, wrap=True)],
                        sign=lambda m: keys.sign(PAIR.private_pem, PASS, m), public_raw=PAIR.public_raw,
                        fingerprint=PAIR.fingerprint).path
    ws = openpyxl.load_workbook(path)["指标进度"]
    assert ws.row_dimensions[2].height == 4 * LINE_HEIGHT      # 16 characters, 5 a line in this column
    assert ws.row_dimensions[3].height is None
    assert ws.column_dimensions["C"].width < 20 and ws.row_dimensions[1].height == 2 * LINE_HEIGHT
    assert ws["A1"].alignment.wrap_text
    assert read_signed(path).status == "intact"
