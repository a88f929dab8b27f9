"""The export page as a clerk uses it: fill the sign-off, export, see the history, print the paper copy."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import ui.tasks
from db.schema import open_database
from desktop.security.auth import login
from desktop.session import Session
from ui.pages.export_page import ExportPage
from ui.paper_copy import write_paper_copy


@pytest.fixture
def page(qtbot, demo_db_path, tmp_path, monkeypatch):
    monkeypatch.setattr(ui.tasks, "SYNCHRONOUS", True)
    db = open_database(demo_db_path)
    session = Session.start(demo_db_path, db, login(db, "demo", "demo2023"))
    widget = ExportPage(session)
    qtbot.addWidget(widget)
    widget.folder.setText(str(tmp_path))
    widget.period.setCurrentIndex(widget.period.findData("2023-03"))
    yield widget
    db.close()


def test_export_from_the_page_lists_it_in_the_history(page, qtbot, tmp_path):
    for key, text in (("filler", "zhang"), ("reviewer", "li"), ("head", "wang"), ("phone", "025-83000000")):
        page.fields[key].setText(text)
    qtbot.keyClicks(page.passphrase, "demo-key-2023")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "宁海路街道_2023-03_第1版.xlsx").exists()
    assert [r["revision"] for r in page.model.rows if r["period"] == "2023-03"] == [1]
    assert "第1版" in page.message.text()
    assert page.passphrase.text() == ""            # the passphrase is not kept on screen


def test_missing_sign_off_is_explained_and_nothing_written(page, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.pages.export_page.QMessageBox.warning", lambda *a: shown.append(a[2]))
    page.fields["filler"].setText("zhang")
    qtbot.keyClicks(page.passphrase, "demo-key-2023")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "审核人" in page.message.text() and shown
    assert not list(tmp_path.glob("*.xlsx")) and "2023-03" not in [r["period"] for r in page.model.rows]
    assert page.export_button.isEnabled()


def test_paper_copy_is_a_pdf_of_the_signed_file(page, qtbot, tmp_path):
    for key in ("filler", "reviewer", "head", "phone"):
        page.fields[key].setText("x1")
    qtbot.keyClicks(page.passphrase, "demo-key-2023")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    source = Path(next(r for r in page.model.rows if r["period"] == "2023-03")["file_path"])
    pdf = write_paper_copy(source, tmp_path / "纸质版.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5000
    assert not list(tmp_path.glob("*.partial"))


def test_paper_copy_text_layer_gives_the_printed_characters(page, qtbot, tmp_path):
    """The PDF's ToUnicode maps name 民/工/人/月 themselves, not the Kangxi radicals the font draws
    with the same glyph, and the fingerprint's digits have a code point (pdftotext once showed
    为⺠⼯程 and BB E BD)."""
    import shutil
    import subprocess

    from ui.pdf_text_map import RADICALS, text_maps

    for key in ("filler", "reviewer", "head", "phone"):
        page.fields[key].setText("x1")
    qtbot.keyClicks(page.passphrase, "demo-key-2023")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    row = next(r for r in page.model.rows if r["period"] == "2023-03")
    pdf = write_paper_copy(Path(row["file_path"]), tmp_path / "纸质版.pdf", page.session.plan)
    maps = text_maps(pdf.read_bytes())
    assert maps and all(sorted(m) == list(range(len(m))) for m in maps)     # every glyph drawn says its character
    mapped = {chr(c) for m in maps for c in m.values()}
    assert not [c for c in mapped if ord(c) in RADICALS]
    assert set("宁海路街道为民工程进度报送表填报人日期月目标") <= mapped
    assert len(row["fingerprint"]) > 20 and set(row["fingerprint"].replace(" ", "")) <= mapped
    if shutil.which("pdftotext"):               # where poppler is installed, the reader's own view
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "宁海路街道 为民工程进度报送表" in text and "填报人" in text


def test_paper_copy_reads_well(page, qtbot, tmp_path):
    """10 pt in a Simplified Chinese font, numbers right-aligned with separators, ≤ on upper
    limits, the stage target printed."""
    from ui.paper_copy import POINT_SIZE, chinese_font, paper_html

    for key in ("filler", "reviewer", "head", "phone"):
        page.fields[key].setText("x1")
    qtbot.keyClicks(page.passphrase, "demo-key-2023")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    source = Path(next(r for r in page.model.rows if r["period"] == "2023-03")["file_path"])
    text = paper_html(source, page.session.plan)
    assert "阶段目标" in text
    assert "<td align='right'>≤ 2</td>" in text                  # 城镇登记失业率: at most 2%
    assert "<td align='right'>1,634</td>" in text                 # 新增就业岗位's target
    assert "<td align='right'>25.0%</td>" in text                 # 序时进度 in March: a ratio printed as a percentage
    assert "<td align='right'>0.25</td>" not in text
    font = chinese_font()
    assert font.pointSize() == POINT_SIZE and 10 <= POINT_SIZE <= 12
    assert "JP" not in font.family() and "KR" not in font.family()
