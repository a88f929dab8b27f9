"""``export … --pdf``: the paper copy from the command line, drawn from the signed file it just
wrote, with a text layer that names the office (the core stays without Qt: desktop.main hands
the drawing to ui.paper_cli)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _export(db: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "STREET_LEDGER_HOME": str(tmp_path), "STREET_LEDGER_PASSWORD": "demo2023",
           "STREET_LEDGER_PASSPHRASE": "demo-key-2023", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "--user", "demo", "export",
                           "--period", "2023-03", "--out", str(tmp_path / "报送表.xlsx"), "--filler", "张三",
                           "--reviewer", "李四", "--head", "王五", "--phone", "025-83000000", *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300)


def test_export_writes_the_paper_copy_of_the_signed_file(demo_db_path, tmp_path):
    from ui.pdf_text_map import text_maps

    pdf = tmp_path / "纸质版.pdf"
    result = _export(demo_db_path, tmp_path, "--pdf", str(pdf))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"纸质版：{pdf}" in result.stdout
    data = pdf.read_bytes()
    assert data[:5] == b"%PDF-"
    mapped = {chr(c) for m in text_maps(data) for c in m.values()}
    assert set("宁海路街道为民工程进度报送表张三李四王五") <= mapped
    assert not list(tmp_path.glob("*.partial"))


def test_a_refused_export_writes_no_paper_copy(demo_db_path, tmp_path):
    pdf = tmp_path / "纸质版.pdf"
    env_less = _export(demo_db_path, tmp_path, "--pdf", str(pdf), "--period", "2030-01")
    assert env_less.returncode != 0 and not pdf.exists()
