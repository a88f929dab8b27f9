"""Register import and verify of what is not a workbook at all: a CSV of blank lines or with
an over-long field, a FIFO or a directory named .xlsx. Each is refused with its reason, fast,
in bounded memory (the CSV is read here, so Python's own allocations are what it costs)."""
from __future__ import annotations

import json
import tracemalloc

import pytest

from desktop.main import main
from desktop.exchange.guard import UnsafeWorkbook
from desktop.exchange.guard.delimited import read_csv

import hostile_books

CSV_MEMORY_GOAL = 64 * 2 ** 20


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "内部错误" not in err, err
    return code, out, err


@pytest.fixture
def office(office_db_path, monkeypatch):
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    return office_db_path


def test_csv_of_blank_lines_is_refused_at_the_row_limit_in_little_memory(tmp_path, office, capsys):
    path = hostile_books.blank_lines_csv(tmp_path / "空行.csv", megabytes=20)
    tracemalloc.start()
    try:
        with pytest.raises(UnsafeWorkbook) as refused:
            read_csv(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert refused.value.reason == "unsafe" and "空行也计算在内" in refused.value.message
    assert peak < CSV_MEMORY_GOAL, peak // 2 ** 20
    code, _out, err = run(capsys, "--db", office, "register", "import", "unemployed", path)
    assert code == 1 and "250,000 行" in err


@pytest.mark.parametrize("chars", [50_000, 200_000])      # over Excel's limit; over the csv module's too
def test_csv_field_too_long_is_a_refusal_not_an_internal_error(tmp_path, office, capsys, chars):
    path = hostile_books.long_field_csv(tmp_path / "长字段.csv", chars)
    with pytest.raises(UnsafeWorkbook) as refused:
        read_csv(path)
    assert refused.value.reason == "malformed" and "32,767 个字符" in refused.value.message
    code, _out, err = run(capsys, "--db", office, "register", "import", "unemployed", path)
    assert code == 1 and "第 2 行有一个单元格超过" in err


@pytest.mark.parametrize("what", ["fifo", "directory"])
def test_only_regular_files_are_read(tmp_path, office, capsys, what):
    path = tmp_path / "名单.xlsx"
    hostile_books.fifo(path) if what == "fifo" else path.mkdir()
    expected = "管道" if what == "fifo" else "文件夹"
    code, _out, err = run(capsys, "--db", office, "register", "import", "unemployed", path)
    assert code == 1 and "不是普通文件" in err and expected in err, err
    code, out, _err = run(capsys, "--db", office, "verify", path, "--json")
    result = json.loads(out)[0]
    assert code == 3 and result["status"] == "malformed" and "不是普通文件" in result["reason"]
    code, _out, err = run(capsys, "--db", office, "plan", "import", path)
    assert code == 1 and "不是普通文件" in err


def test_xls_that_makes_calamine_abort_is_that_files_refusal(tmp_path, office, capsys):
    from desktop.exchange.guard.child import stop_reader

    path = hostile_books.far_cell_xls(tmp_path / "远.xls")
    stop_reader()
    code, _out, err = run(capsys, "--db", office, "register", "import", "unemployed", path)
    assert code == 1 and "读取程序异常退出" in err and "该文件未被读取" in err, err
    code, _out, err = run(capsys, "--db", office, "register", "list")     # the program goes on
    assert code == 0, err
