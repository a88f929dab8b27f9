"""Spreadsheets as clerks keep them, built in code: one list of unemployed persons written as a
clean .xlsx, a messy .xlsx (merged title, header on row 3, footer), an .xls and a GBK CSV."""
from __future__ import annotations

import csv
from datetime import date

from openpyxl import Workbook

from desktop.registers import cn_id

HEADERS = ["序号", "姓名", "身份证号码", "性别", "联系电话", "所属社区", "人员类别", "登记日期", "就业状态", "备注"]


def valid_id(region: str, born: date, seq: int) -> str:
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + cn_id.check_char(first17)


def people(n: int = 6) -> list[list]:
    communities = ["颐和路社区", "江苏路社区", "北京西路社区", "琅琊路社区"]
    rows = []
    for i in range(n):
        number = valid_id("320106", date(1970 + i, 1 + i % 12, 1 + i), 100 + i)
        rows.append([i + 1, f"王{'一二三四五六七八九十'[i % 10]}", number, "男" if (100 + i) % 2 else "女",
                     f"1381234{i:04d}", communities[i % 4], "失业党员" if i % 2 else "高校毕业生、残疾人",
                     date(2023, 1 + i % 12, 5), "失业", "=不是公式" if i == 0 else ""])
    return rows


def write_clean(path, rows) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=2):
        row[2].data_type = "s"
        if isinstance(row[9].value, str) and row[9].value.startswith("="):
            row[9].data_type = "s"
    wb.save(path)


def write_messy(path, rows) -> None:
    """Title merged across the columns, an empty row, header on row 3, an empty column between
    the data, empty rows inside, and a footer with the filler's name and phone."""
    wb = Workbook()
    ws = wb.active
    ws.append(["宁海路街道2023年失业人员实名登记台账"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS) + 1)
    ws.append([])
    ws.append(HEADERS[:5] + [None] + HEADERS[5:])
    for i, r in enumerate(rows):
        ws.append(r[:5] + [None] + r[5:])
        if i == 2:
            ws.append([])
    ws.append([])
    ws.append(["填表人：李梅", None, "联系电话：025-83301234"])
    ws.append(["审核人：张强", None, "填表日期：2023年4月1日"])
    for row in ws.iter_rows(min_row=4):
        if isinstance(row[9].value, str) or isinstance(row[10].value, str):
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    c.data_type = "s"
    wb.save(path)


def write_xls(path, rows) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("台账")
    ws.write_merge(0, 0, 0, len(HEADERS) - 1, "宁海路街道失业人员实名登记")
    ws.write_merge(1, 1, 0, len(HEADERS) - 1, "（2023年）")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for c, h in enumerate(HEADERS):
        ws.write(2, c, h)
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row):
            if isinstance(v, date):
                ws.write(r, c, v, date_style)
            else:
                ws.write(r, c, v)
    ws.write(len(rows) + 4, 0, "填表人：李梅  联系电话：025-83301234")
    book.save(str(path))


def write_gbk_csv(path, rows) -> None:
    with open(path, "w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["宁海路街道失业人员实名登记"] + [""] * (len(HEADERS) - 1))
        w.writerow(HEADERS)
        for r in rows:
            w.writerow([f"{v.year}年{v.month}月{v.day}日" if isinstance(v, date) else v for v in r])
        w.writerow(["填表人：李梅", "", "联系电话：025-83301234"] + [""] * (len(HEADERS) - 3))
