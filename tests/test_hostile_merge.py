"""A merge goes on past any file: a crafted workbook, a reader that aborts natively, a FIFO;
each is that file's refusal, recorded, and the files around it merge. Folders without a
workbook, and a directory named .xlsx, say so and exit 1."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from desktop.main import main
from desktop.exchange.guard import reading

import hostile_books
import hostile_jobs
from submission_factory import make_district, make_office, make_submission, person
from submission_factory import public_key_file as pub_file


@pytest.fixture
def district(tmp_path, monkeypatch, capsys):
    path = make_district(tmp_path / "区汇总.sqlite")
    monkeypatch.setenv("STREET_LEDGER_USER", "区汇总员")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    for code in ("NHL", "HQL"):
        office = make_office(tmp_path, code)
        assert main(["--db", str(path), "trust", "add", str(pub_file(office, tmp_path)), "--office", code]) == 0
    capsys.readouterr()
    return path


def merge(capsys, district, *inputs):
    code = main(["--db", str(district), "merge", *map(str, inputs), "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "内部错误" not in err, err
    return code, (json.loads(out) if out.strip() else []), err


def rejections(district) -> list[tuple]:
    con = sqlite3.connect(district)
    try:
        return con.execute("SELECT file, status, reason FROM rejections ORDER BY id").fetchall()
    finally:
        con.close()


def test_merge_goes_on_past_a_crafted_file_a_native_abort_and_a_fifo(tmp_path, district, capsys, monkeypatch):
    monkeypatch.setattr(reading, "BOOK_JOB", hostile_jobs.abort_on_marked)
    folder = tmp_path / "来稿"
    folder.mkdir()
    nhl, hql = tmp_path / "office-NHL.sqlite", tmp_path / "office-HQL.sqlite"
    make_submission(nhl, folder, period="2023-03", values={"new_jobs": 12}, name="a-宁海路.xlsx",
                    registers={"unemployed": [person(1, "宁海路社区")]})
    hostile_books.CLASSES["attributes in another order"][0](folder / "b-crafted.xlsx")
    shutil.copy(make_submission(hql, tmp_path, period="2023-03", values={"new_jobs": 5}), folder / "c-abort.xlsx")
    hostile_books.fifo(folder / "d-pipe.xlsx")
    make_submission(hql, folder, period="2023-04", values={"new_jobs": 7}, name="e-华侨路.xlsx")

    code, results, _err = merge(capsys, district, folder)
    statuses = {r["file"].rsplit("/", 1)[-1]: (r["status"], r["reason"]) for r in results}
    assert code == 3
    assert [s for s, _ in statuses.values()] == ["merged", "unsafe", "unsafe", "malformed", "merged"], statuses
    assert "超出本程序接受的范围" in statuses["b-crafted.xlsx"][1]
    assert "读取程序异常退出" in statuses["c-abort.xlsx"][1] and "其余文件不受影响" in statuses["c-abort.xlsx"][1]
    assert "不是普通文件" in statuses["d-pipe.xlsx"][1]
    recorded = {f.rsplit("/", 1)[-1]: status for f, status, _ in rejections(district)}
    assert recorded == {"b-crafted.xlsx": "unsafe", "c-abort.xlsx": "unsafe", "d-pipe.xlsx": "malformed"}

    code, again, _err = merge(capsys, district, folder)       # a re-run: the same answers, no crash
    assert code == 3 and [r["status"] for r in again] == ["duplicate", "unsafe", "unsafe", "malformed", "duplicate"]


@pytest.mark.parametrize("what", ["empty folder", "folder without a workbook", "directory named x.xlsx"])
def test_merge_of_nothing_says_so_and_exits_1(tmp_path, district, capsys, what):
    target = tmp_path / ("x.xlsx" if what == "directory named x.xlsx" else "来稿")
    target.mkdir()
    if what == "folder without a workbook":
        (target / "说明.txt").write_text("各街道报送表请放在这里", encoding="utf-8")
        (target / "旧表.xlsx").mkdir()               # a sub-folder named .xlsx is no workbook either
    code, results, err = merge(capsys, district, target)
    assert code == 1 and results == []
    assert "没有 .xlsx 报送表" in err and "未处理任何文件" in err
    assert rejections(district) == []
