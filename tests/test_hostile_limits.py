"""A workbook of 1,000,000 text cells — a 60,000-row register, the guard accepts three times as
many for 200,000-row registers — is read within DESIGN §9's 300 MB by calamine in the reading
child and by openpyxl in read-only mode, each process's peak measured. The reading child on the
largest files the guard accepts (650–700 MB, within its 1.5 GB bound) is measured by
benchmarks/measure_guard_bound.py, not here."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from desktop.exchange.guard import DEFAULT_LIMITS
from desktop.exchange.guard.child import reader_peak_bytes, stop_reader
from desktop.exchange.guard.reading import read_book

import hostile_books

ROOT = Path(__file__).resolve().parents[1]
MEMORY_GOAL = 300 * 2 ** 20
COLUMNS = DEFAULT_LIMITS.max_columns
ROWS = 1_000_000 // COLUMNS
_OPENPYXL = ("import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
             "n = sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c)\n"
             "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
             "print(n, int(hwm) * 1024)")


def at_the_limit(path: Path) -> Path:
    body = b"".join(b'<row r="%d">' % r + b"".join(b'<c t="inlineStr"><is><t>%d\xe5\xbc\xa0</t></is></c>' % (r * COLUMNS + c)
                                                  for c in range(COLUMNS)) + b"</row>" for r in range(1, ROWS + 1))
    hostile_books.workbook(path, {"名单": ("worksheets/sheet1.xml", hostile_books.sheet(body))})
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("xl/worksheets/sheet1.xml").file_size < DEFAULT_LIMITS.max_sheet_bytes
    return path


def test_a_million_text_cells_read_within_300_mb(tmp_path):
    path = at_the_limit(tmp_path / "上限.xlsx")
    stop_reader()
    book = read_book(path)
    peak = reader_peak_bytes()
    assert sum(len(r) for r in book.sheets["名单"]) == ROWS * COLUMNS
    assert peak is not None and peak < MEMORY_GOAL, peak // 2 ** 20
    del book
    proc = subprocess.run([sys.executable, "-c", _OPENPYXL, str(path)], capture_output=True, text=True,
                          cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=600)
    cells, openpyxl_peak = map(int, proc.stdout.split())
    assert cells == ROWS * COLUMNS and openpyxl_peak < MEMORY_GOAL, openpyxl_peak // 2 ** 20
    print(f"calamine child {peak // 2 ** 20} MB, openpyxl read-only {openpyxl_peak // 2 ** 20} MB")
