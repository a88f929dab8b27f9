"""The signed workbook: any change to data or metadata is detected; a re-save is not a change."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.security import keys
from desktop.errors import UserError
from desktop.exchange.workbook.reader import read_signed
from desktop.exchange.workbook.sheets import SIGNATURE_SHEET, Column, Sheet
from desktop.exchange.workbook.writer import write_signed

PASS = "key-pass-2023"
PAIR = keys.generate(PASS)
COLUMNS = [Column("姓名"), Column("公民身份号码"), Column("联系电话"), Column("贷款（万元）", "decimal", 2),
           Column("登记日期", "date"), Column("人员类别", "multi", choices=("失业党员", "残疾人", "其他")),
           Column("是否取证", "yes_no"), Column("学时", "integer")]
SETTINGS = settings(max_examples=15, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

names = st.text(st.characters(codec="utf-8", categories=("Lo", "Lu", "Ll", "Nd", "Pd", "Sm")), min_size=1, max_size=8)
person = st.tuples(
    names,
    st.from_regex(r"[1-6][0-9]{16}[0-9X]", fullmatch=True),
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.one_of(st.none(), st.decimals(min_value=0, max_value=100, places=2)),
    st.dates(min_value=date(2023, 1, 1), max_value=date(2024, 12, 31)),
    st.lists(st.sampled_from(["失业党员", "残疾人", "其他"]), unique=True),
    st.booleans(),
    st.one_of(st.none(), st.integers(min_value=0, max_value=500)),
)
office_data = st.lists(person, min_size=1, max_size=12)


def sheets_for(rows):
    return [Sheet("封面", [Column("项目"), Column("内容")],
                  [["街道", "宁海路街道"], ["报告期", "2023-03"], ["填报人", "张三"]], header=False),
            Sheet("失业人员实名登记", COLUMNS, [list(r) for r in rows])]


def export(path: Path, rows, *, meta=None, **kw):
    meta = meta or {"unit_code": "NHL", "period": "2023-03", "revision": "1", "plan_id": "wumin-2023"}
    return write_signed(path, meta, sheets_for(rows), sign=lambda m: keys.sign(PAIR.private_pem, PASS, m),
                        public_raw=PAIR.public_raw, fingerprint=PAIR.fingerprint, **kw)


def edit(src: Path, dst: Path, change) -> Path:
    wb = openpyxl.load_workbook(src)
    change(wb)
    wb.save(dst)
    return dst


@given(rows=office_data)
@SETTINGS
def test_written_workbook_verifies_and_reads_back_its_values(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("wb") / "宁海路街道_2023-03_第1版.xlsx"
    export(path, rows)
    reading = read_signed(path)
    assert reading.status == "intact", reading.reason
    body = reading.sheets["失业人员实名登记"]
    assert len(body) == len(rows) + 1
    assert [r[1] for r in body[1:]] == [r[1] for r in rows]    # ID numbers as text, unchanged


@given(rows=office_data, data=st.data())
@SETTINGS
def test_changing_any_one_data_cell_is_tampered(tmp_path_factory, rows, data):
    folder = tmp_path_factory.mktemp("wb")
    path = export(folder / "a.xlsx", rows).path
    row = data.draw(st.integers(min_value=2, max_value=len(rows) + 1))
    col = data.draw(st.integers(min_value=1, max_value=len(COLUMNS)))

    def change(wb):
        cell = wb["失业人员实名登记"].cell(row, col)
        cell.value = "改" if cell.value in (None, "") else (str(cell.value) + "1" if not isinstance(cell.value, (int, float)) else cell.value + 1)
        if isinstance(cell.value, str) and col == 5:
            cell.value = date(2020, 1, 1)

    assert read_signed(edit(path, folder / "b.xlsx", change)).status == "tampered"


@given(rows=office_data)
@SETTINGS
def test_structure_changes_are_tampered(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("wb")
    path = export(folder / "a.xlsx", rows).path
    reg = "失业人员实名登记"
    changes = {
        "insert row": lambda wb: wb[reg].insert_rows(2),
        "delete row": lambda wb: wb[reg].delete_rows(2),
        "append row": lambda wb: wb[reg].append(["新人", "11010519491231002X"]),
        "rename sheet": lambda wb: setattr(wb[reg], "title", "失业人员"),
        "reorder sheets": lambda wb: wb.move_sheet(reg, offset=-1),
        "add sheet": lambda wb: wb.create_sheet("附表").append(["x"]),
        "delete sheet": lambda wb: wb.remove(wb["封面"]),
        "cover cell": lambda wb: setattr(wb["封面"]["B1"], "value", "华侨路街道"),
    }
    for what, change in changes.items():
        assert read_signed(edit(path, folder / "b.xlsx", change)).status == "tampered", what


@pytest.mark.parametrize("key,value", [("period", "2023-04"), ("revision", "2"), ("unit_code", "HQL")])
def test_changing_metadata_is_tampered(tmp_path, key, value):
    path = export(tmp_path / "a.xlsx", [("张三", "11010519491231002X", "13800000000", None, date(2023, 3, 1), [], True, 1)]).path

    def change(wb):
        ws = wb[SIGNATURE_SHEET]
        for row in ws.iter_rows():
            if row[0].value == key:
                row[1].value = value

    assert read_signed(edit(path, tmp_path / "b.xlsx", change)).status == "tampered"


def test_a_forged_signature_is_bad_signature(tmp_path):
    path = export(tmp_path / "a.xlsx", [("张三", "11010519491231002X", "13800000000", None, date(2023, 3, 1), [], True, 1)]).path

    def change(wb):
        for row in wb[SIGNATURE_SHEET].iter_rows():
            if row[0].value == "signature":
                other = keys.sign(keys.generate(PASS).private_pem, PASS, b"x")
                import base64
                row[1].value = base64.b64encode(other).decode()

    assert read_signed(edit(path, tmp_path / "b.xlsx", change)).status == "bad_signature"


def test_removing_the_signature_sheet_is_unsigned(tmp_path):
    path = export(tmp_path / "a.xlsx", [("张三", "11010519491231002X", "1", None, date(2023, 3, 1), [], True, 1)]).path
    assert read_signed(edit(path, tmp_path / "b.xlsx", lambda wb: wb.remove(wb[SIGNATURE_SHEET]))).status == "unsigned"


def test_not_a_workbook_is_malformed(tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert read_signed(bad).status == "malformed"


def test_openpyxl_resave_still_verifies(tmp_path):
    rows = [("王五", "440524188001010014", "13912345678", Decimal("3.50"), date(2023, 5, 6), ["残疾人"], False, 40)]
    path = export(tmp_path / "a.xlsx", rows).path
    assert read_signed(edit(path, tmp_path / "b.xlsx", lambda wb: None)).status == "intact"


def test_formula_like_text_and_id_numbers_come_back_as_text(tmp_path):
    risky = ['=HYPERLINK("http://x","y")', "+86 139", "-5", "@sum", "\tx"]
    rows = [(name, "11010519491231002X", "01088886666", None, date(2023, 3, 1), [], True, None) for name in risky]
    path = export(tmp_path / "a.xlsx", rows).path
    ws = openpyxl.load_workbook(path)["失业人员实名登记"]
    for i, name in enumerate(risky, start=2):
        assert ws.cell(i, 1).value == name and ws.cell(i, 1).data_type == "s"
        assert ws.cell(i, 2).value == "11010519491231002X" and ws.cell(i, 2).data_type == "s"
        assert ws.cell(i, 3).value == "01088886666"
    assert read_signed(path).sheets["失业人员实名登记"][1][0] == risky[0]


def test_failure_mid_write_leaves_no_file_and_the_earlier_export_intact(tmp_path):
    rows = [("张三", "11010519491231002X", "1", None, date(2023, 3, 1), [], True, 1)]
    first = export(tmp_path / "报送.xlsx", rows).path
    before = first.read_bytes()

    def broken_sign(message):
        raise OSError(28, "No space left on device")

    with pytest.raises(UserError) as info:
        write_signed(first, {"period": "2023-03"}, sheets_for(rows), sign=broken_sign,
                     public_raw=PAIR.public_raw, fingerprint=PAIR.fingerprint, overwrite=True)
    assert "原有文件未受影响" in info.value.message
    assert first.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报送.xlsx"]
    with pytest.raises(UserError):
        export(tmp_path / "报送.xlsx", rows)        # never overwritten silently


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed here: round trip skipped")
def test_libreoffice_round_trip_still_verifies(tmp_path):
    rows = [("王五", "440524188001010014", "13912345678", Decimal("3.50"), date(2023, 5, 6), ["残疾人", "失业党员"], False, 40),
            ('=HYPERLINK("http://x","y")', "11010519491231002X", "01088886666", None, date(2023, 3, 1), [], True, None)]
    path = export(tmp_path / "a.xlsx", rows).path
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    reading = read_signed(out / "a.xlsx")
    assert reading.status == "intact", reading.reason
