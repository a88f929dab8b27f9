"""Crafted files, each class built here from nothing: minimal workbooks whose parts say what
a hostile tester wrote, and the CSV and file-system cases. ``CLASSES`` maps a class name to
(builder, expected status, a word the Chinese reason must contain)."""
from __future__ import annotations

import os
import posixpath
import zipfile
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
FAR = "XFD1048576"                   # the last cell Excel has: 17 billion positions from A1


def workbook(path: Path, sheets: dict[str, tuple[str, bytes]], extra: dict[str, bytes] | None = None) -> Path:
    """sheets: name → (relationship target, part XML); the target decides where the part lies."""
    entries = "".join(f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, name in enumerate(sheets))
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="{target}"/>'
                   for i, (target, _) in enumerate(sheets.values()))
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               b'content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
                               b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override '
                               b'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                               b'spreadsheetml.sheet.main+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" '
                       f'Target="xl/workbook.xml"/></Relationships>'.encode(),
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{entries}</sheets></workbook>'.encode(),
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG}">{rels}</Relationships>'.encode(),
    }
    for target, xml in sheets.values():
        parts[target[1:] if target.startswith("/") else posixpath.normpath("xl/" + target)] = xml
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def sheet(body: bytes | str, head: bytes | str = b"") -> bytes:
    body = body.encode() if isinstance(body, str) else body
    head = head.encode() if isinstance(head, str) else head
    return (f'<worksheet xmlns="{MAIN}">'.encode() + head + b"<sheetData>" + body + b"</sheetData></worksheet>")


HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>公民身份号码</t></is></c></row>'


def one_far_cell(cell: str) -> bytes:
    return sheet(HEADER + f'<row r="2">{cell}</row>')


def _book(cell_sheet: bytes, target: str = "worksheets/sheet1.xml", extra=None):
    return lambda path: workbook(path, {"名单": (target, cell_sheet)}, extra)


def _no_r_columns(path):
    cells = '<c t="inlineStr"><is><t>x</t></is></c>' * 20_000
    return workbook(path, {"名单": ("worksheets/sheet1.xml", sheet(HEADER + f"<row>{cells}</row>"))})


def _no_r_rows(path):
    rows = b"".join(b"<row><c><v>%d</v></c></row>" % (i * 7919 % 100_003) for i in range(250_001))   # each follows the last
    return workbook(path, {"名单": ("worksheets/sheet1.xml", sheet(rows))})


def _signature_sheet(path):
    body = f'<row r="1"><c r="A1" t="inlineStr"><is><t>format</t></is></c></row><row r="2"><c r="{FAR}"><v>1</v></c></row>'
    return workbook(path, {"台账": ("worksheets/sheet1.xml", sheet(HEADER)),
                           "签名信息": ("worksheets/sheet2.xml", sheet(body))})


def _shared_strings(sst: bytes, cells: bytes):
    def build(path):
        extra = {"xl/sharedStrings.xml": sst}
        return workbook(path, {"名单": ("worksheets/sheet1.xml", sheet(cells))}, extra)
    return build


_LONG = "长" * 30_000
_SST_AMPLIFIED = _shared_strings(f'<sst xmlns="{MAIN}"><si><t>{_LONG}</t></si></sst>'.encode(),
                                 b"".join(b'<row r="%d">' % r + b'<c t="s"><v>0</v></c>' * 100 + b"</row>"
                                          for r in range(1, 21)))      # 60 million characters drawn
_SST_COUNT = _shared_strings(f'<sst xmlns="{MAIN}" count="4000000000" uniqueCount="4000000000"><si><t>a</t></si></sst>'.encode(),
                             b'<row r="1"><c t="s"><v>0</v></c></row>')


def _many_sheets_area(path):
    corner = sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="250000"><c r="H250000"><v>1</v></c></row>')
    return workbook(path, {f"表{i}": (f"worksheets/sheet{i}.xml", corner) for i in range(1, 5)})


def _old_cell_limit(path):        # 5,000,000 positions: under the old limit, 230 MB in calamine alone
    return workbook(path, {"名单": ("worksheets/sheet1.xml",
                                  sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="250000"><c r="T250000"><v>1</v></c></row>'))})


def _formula_elsewhere(path):
    body = HEADER + '<row r="2"><c r="B2"><f>SUM(1,2)</f><v>3</v></c></row>'
    return workbook(path, {"名单": ("../data/s.xml", sheet(body)), "说明": ("/xl/other/part.bin", sheet(HEADER))})


def _prefixed_formula(path):
    xml = (f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:f>1+1</x:f><x:v>2</x:v></x:c>'
           f'</x:row></x:sheetData></x:worksheet>').encode()
    return workbook(path, {"名单": ("worksheets/sheet1.xml", xml)})


def _dtd_elsewhere(path):
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><x>&b;</x>'
    return workbook(path, {"名单": ("worksheets/sheet1.xml", sheet(HEADER))}, {"docProps/custom.xml": bomb})


# name → (builder, status, a word of the reason)
CLASSES = {
    "attributes in another order": (_book(one_far_cell(f'<c t="inlineStr" r="{FAR}"><is><t>远</t></is></c>')), "unsafe", "超出"),
    "lowercase reference": (_book(one_far_cell(f'<c r="{FAR.lower()}" t="inlineStr"><is><t>远</t></is></c>')), "unsafe", "超出"),
    "single quotes": (_book(one_far_cell(f"<c r='{FAR}' t='inlineStr'><is><t>远</t></is></c>")), "unsafe", "超出"),
    "extra spaces": (_book(one_far_cell(f'<c   r = "{FAR}"\n t = "inlineStr" ><is><t>远</t></is></c >')), "unsafe", "超出"),
    "cells without r": (_no_r_columns, "unsafe", "超出"),
    "rows without r": (_no_r_rows, "unsafe", "超出"),
    "sheet outside xl/worksheets": (_book(one_far_cell(f'<c r="{FAR}"><v>1</v></c>'), target="/data/sheet.xml"), "unsafe", "超出"),
    "sheet part not named .xml": (_book(one_far_cell(f'<c r="{FAR}"><v>1</v></c>'), target="media/image1.png"), "unsafe", "超出"),
    "huge dimension": (_book(sheet(HEADER, head=f'<dimension ref="A1:{FAR}"/>')), "unsafe", "超出"),
    "huge merged range": (_book(sheet(HEADER) .replace(b"</worksheet>", f'<mergeCells count="1"><mergeCell ref="A1:{FAR}"/></mergeCells></worksheet>'.encode())), "unsafe", "超出"),
    "formula in a sheet outside xl/worksheets": (_formula_elsewhere, "unsafe", "公式"),
    "prefixed formula": (_prefixed_formula, "unsafe", "公式"),
    "DTD in another part": (_dtd_elsewhere, "unsafe", "DTD"),
    "fake 签名信息 sheet": (_signature_sheet, "unsafe", "超出"),
    "shared strings drawn 2,000 times": (_SST_AMPLIFIED, "unsafe", "共享字符串"),
    "shared strings count 4e9": (_SST_COUNT, "unsafe", "条目"),
    "area spread over sheets": (_many_sheets_area, "unsafe", "范围"),
    "5 million positions (old limit)": (_old_cell_limit, "unsafe", "个单元格"),
}


def build_all(folder: Path) -> dict[str, tuple[Path, str, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for n, (name, (builder, status, word)) in enumerate(CLASSES.items()):
        out[name] = (builder(folder / f"crafted-{n:02d}.xlsx"), status, word)
    return out


def blank_lines_csv(path: Path, megabytes: int = 20) -> Path:
    with open(path, "wb") as fh:
        fh.write("姓名,公民身份号码\r\n".encode())
        chunk = b"\r\n" * (1 << 19)
        for _ in range(megabytes):
            fh.write(chunk)
    return path


def long_field_csv(path: Path, chars: int = 200_000) -> Path:
    path.write_text("姓名,公民身份号码\n" + "张" * chars + ",110105194912310020\n", encoding="utf-8")
    return path


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def far_cell_xls(path: Path) -> Path:
    """A 5 KB .xls with one cell at its last position: calamine fills 16.7 million cells before
    its size can be read (670 MB), so inside the reading child's headroom it aborts natively."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("台账")
    sheet.write(0, 0, "姓名")
    sheet.write(65535, 255, "远")
    book.save(str(path))
    return path
