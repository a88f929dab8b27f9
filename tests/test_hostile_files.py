"""Hostile workbooks: each is refused with a status and a reason before any parser is exposed,
in a separate process whose peak memory is measured; and flipped bytes never crash the reader."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.schema import open_database
from desktop.security import signing
from desktop.exchange.office_verify import verify_own
from desktop.exchange.workbook.sheets import Column, Sheet
from desktop.exchange.workbook.writer import write_signed

ROOT = Path(__file__).resolve().parents[1]
MEMORY_GOAL_MB = 300


def _valid(db, path: Path) -> Path:
    key = signing.active_key(db)
    rows = [[f"张{i}", f"1101051949123100{i % 10}X", date(2023, 3, 1 + i % 28), i] for i in range(300)]
    sheet = Sheet("台账", [Column("姓名"), Column("号码"), Column("日期", "date"), Column("数", "integer")], rows)
    write_signed(path, {"unit_code": "NHL", "period": "2023-03", "revision": "1", "plan_id": "wumin-2023",
                        "plan_version": "1"}, [sheet], sign=signing.signer(db, "key-pass-2023"),
                 public_raw=key.public_raw, fingerprint=key.fingerprint)
    return path


def _zip(path: Path, parts: dict[str, bytes], level=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", level) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def _sheet_xml(body: bytes, prolog: bytes = b"") -> bytes:
    return (b'<?xml version="1.0"?>' + prolog +
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
            body + b"</sheetData></worksheet>")


def hostile_files(folder: Path, valid: Path) -> dict[str, tuple[Path, set[str]]]:
    files = {}
    files["zip bomb"] = (_zip(folder / "bomb.xlsx", {"[Content_Types].xml": CONTENT_TYPES,
                                                     "xl/worksheets/sheet1.xml": b"\0" * (60 * 2 ** 20)}), {"unsafe"})
    forged = folder / "forged.xlsx"
    data = bytearray(_zip(forged, {"[Content_Types].xml": CONTENT_TYPES,
                                   "xl/worksheets/sheet1.xml": _sheet_xml(b"<row r='1'/>" * 200_000)}).read_bytes())
    cd = data.rfind(b"PK\x01\x02")                      # the last central-directory entry: the sheet
    data[cd + 24: cd + 28] = (100).to_bytes(4, "little")    # claims 100 bytes uncompressed
    forged.write_bytes(bytes(data))
    files["forged sizes"] = (forged, {"unsafe", "malformed"})
    laughs = (b'<!DOCTYPE lolz [<!ENTITY lol "lol">' +
              b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
                       for i in range(1, 10)) + b"]>")
    files["XML bomb"] = (_zip(folder / "laughs.xlsx", {"[Content_Types].xml": CONTENT_TYPES,
                                                       "xl/worksheets/sheet1.xml": _sheet_xml(b"<row r='1'><c r='A1' t='inlineStr'><is><t>&lol9;</t></is></c></row>", laughs)}), {"unsafe"})
    files["XXE"] = (_zip(folder / "xxe.xlsx", {"[Content_Types].xml": CONTENT_TYPES,
                                               "xl/worksheets/sheet1.xml": _sheet_xml(b"<row r='1'><c r='A1' t='inlineStr'><is><t>&x;</t></is></c></row>",
                                                                                     b'<!DOCTYPE x [<!ENTITY x SYSTEM "file:///etc/passwd">]>')}), {"unsafe"})
    truncated = folder / "truncated.xlsx"
    truncated.write_bytes(valid.read_bytes()[: valid.stat().st_size // 2])
    files["truncated"] = (truncated, {"malformed"})
    encrypted = folder / "encrypted.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4096))
    files["encrypted"] = (encrypted, {"malformed"})
    notzip = folder / "notzip.xlsx"
    notzip.write_text("姓名,身份证号\n张三,110105194912310020\n", encoding="utf-8")
    files["not a zip"] = (notzip, {"malformed"})
    far = folder / "far.xlsx"
    wb = openpyxl.load_workbook(valid)
    wb["台账"]["XFD1048576"] = "远"
    wb.save(far)
    files["cell at XFD1048576"] = (far, {"unsafe"})
    formula = folder / "formula.xlsx"
    wb = openpyxl.load_workbook(valid)
    wb["台账"]["D7"] = "=SUM(D2:D6)"
    wb.save(formula)
    files["formula cell"] = (formula, {"unsafe"})
    files["a million empty rows"] = (_with_empty_rows(valid, folder / "empty.xlsx", 1_000_000),
                                     {"verified", "tampered", "unsafe"})
    return files


def _with_empty_rows(valid: Path, target: Path, count: int) -> Path:
    """The valid workbook with ``count`` empty rows appended to its data sheet (no cells in them)."""
    with zipfile.ZipFile(valid) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                rows = b"".join(b'<row r="%d"/>' % i for i in range(400, 400 + count))
                data = data.replace(b"</sheetData>", rows + b"</sheetData>", 1)
            dst.writestr(info, data)
    return target


# The child reports its own peak memory: per process, whatever else ran before.
# VmHWM is this process image's own high-water mark (ru_maxrss can carry the parent's across exec).
# The workbook itself is parsed in the reading child: its peak counts as much as the command's.
_CHILD = ("import sys\nfrom desktop.main import main\nfrom desktop.exchange.guard.child import reader_peak_bytes\n"
          "if __name__ == '__main__':\n    rc = main(sys.argv[1:])\n"
          "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
          "    sys.stderr.write('PEAK %s\\n' % max(int(hwm), (reader_peak_bytes() or 0) // 1024))\n    sys.exit(rc)")


def _verify_in_child(db_path: Path, file: Path) -> tuple[dict, float]:
    """Run ``verify --json`` as a user would, and read the child's own peak memory."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", _CHILD, "--db", str(db_path), "verify", str(file), "--json"],
                          cwd=ROOT, env=env, capture_output=True, timeout=300)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode in (0, 3), err
    assert "Traceback" not in err
    peak = int(err.rsplit("PEAK ", 1)[1].split()[0]) / 1024
    return json.loads(proc.stdout)[0], peak


def test_each_hostile_file_has_its_status_and_bounded_memory(office_db_path, tmp_path):
    db = open_database(office_db_path)
    valid = _valid(db, tmp_path / "valid.xlsx")
    db.close()
    report = []
    for name, (path, allowed) in hostile_files(tmp_path, valid).items():
        result, peak = _verify_in_child(office_db_path, path)
        report.append(f"{name}: {result['status']} ({peak:.0f} MB) — {result['reason']}")
        assert result["status"] in allowed, (name, result)
        assert result["reason"]
        assert peak < MEMORY_GOAL_MB, (name, peak)
    print("\n".join(report))


@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=8))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_flipped_bytes_never_crash_the_reader(office_db_path, tmp_path_factory, flips):
    folder = tmp_path_factory.mktemp("fuzz")
    db = open_database(office_db_path)
    try:
        valid = folder / "valid.xlsx"
        if not valid.exists():
            _valid(db, valid)
        data = bytearray(valid.read_bytes())
        for where, xor in flips:
            data[int(where * len(data))] ^= xor
        broken = folder / "broken.xlsx"
        broken.write_bytes(bytes(data))
        result = verify_own(db, broken)
        assert result.status in {"verified", "tampered", "bad_signature", "unsigned", "malformed", "unsafe"}
        assert result.reason
    finally:
        db.close()
