"""The one-folder bundle built from build_installer.spec is the product: it runs its own
self-test (every page and dialog of both units, export, verify, merge, report, paper copy).

Builds with PyInstaller on this machine (Linux) from the same spec the Windows build uses, once
for both tests; the slowest file of the suite (20-60 s here, most of it the build, depending on
load and PyInstaller's cache)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("frozen")
    dist, work = tmp / "dist", tmp / "build"
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                            "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build_installer.spec")],
                           cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    return dist / "StreetLedger"


def run(exe: Path, *args: str, home: Path, extra: dict | None = None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STREET_LEDGER_HOME=str(home), **(extra or {}))
    return subprocess.run([str(exe), *args], capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=300, cwd=home.parent)


def test_frozen_bundle_passes_self_test_opening_every_page(bundle, tmp_path):
    result = run(bundle / f"StreetLedger{EXE}", "--self-test", home=tmp_path / "home")
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    for page in ("指标填报", "失业人员实名登记", "导出报送", "审计日志", "设置"):
        assert f"[OK] 街道页面：{page}" in result.stdout
    for page in ("汇总合并", "报送情况", "信任密钥"):
        assert f"[OK] 区汇总页面：{page}" in result.stdout
    assert result.stdout.rstrip().endswith("自检通过")
    size_mb = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()) / 2 ** 20
    print(f"bundle size {size_mb:.0f} MB")
    assert size_mb < 250          # a regression guard; the goal (≤ 150 MB) is reported in the notes


def test_console_program_beside_the_window_reports_exit_status(bundle, tmp_path):
    """street-ledger(.exe) shares the window's libraries; its status is what a batch file sees."""
    cli, home = bundle / f"street-ledger{EXE}", tmp_path / "home"
    assert (bundle / f"StreetLedger{EXE}").is_file() and cli.is_file()
    init = run(cli, "init", "--office", "NHL", "--admin", "张三", home=home,
               extra={"STREET_LEDGER_PASSWORD": "abc12345x", "STREET_LEDGER_PASSPHRASE": "passphrase-2023"})
    assert init.returncode == 0 and "宁海路街道" in init.stdout, init.stderr
    bad = tmp_path / "坏.xlsx"
    bad.write_text("not a workbook")
    partly = run(cli, "verify", str(bad), home=home)
    assert partly.returncode == 3 and "malformed" in partly.stdout
    error = run(cli, "--db", str(tmp_path / "无.sqlite"), "key", "show", home=home)
    assert error.returncode == 1 and error.stderr.startswith("错误：") and "Traceback" not in error.stderr
