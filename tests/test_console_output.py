"""Every output path survives a console's code page and redirection: a Chinese Windows console
(cp936), a Western one (cp1252), a pipe. The streams are bytes here (a pipe), decoded as the
console would."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.system.console import make_output_safe

ROOT = Path(__file__).resolve().parents[1]


def street_ledger(tmp_path, *args, encoding: str | None):
    env = dict(os.environ, STREET_LEDGER_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))      # this checkout, not an installed copy
    env.pop("PYTHONIOENCODING", None)
    env.pop("PYTHONUTF8", None)
    if encoding:
        env["PYTHONIOENCODING"] = encoding
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, env=env, timeout=300,
                          cwd=tmp_path)


@pytest.mark.parametrize("encoding", ["cp936", "cp1252"])
def test_self_test_plan_version_and_an_error_under_a_console_code_page(tmp_path, encoding):
    run = street_ledger(tmp_path, "--self-test", encoding=encoding)
    out = run.stdout.decode(encoding)
    assert run.returncode == 0, out + run.stderr.decode(encoding, "replace")[-2000:]
    assert "[OK]" in out and "Error" not in out
    plan = street_ledger(tmp_path, "plan", "show", encoding=encoding)
    assert plan.returncode == 0, plan.stderr.decode(encoding)
    assert b"Error" not in plan.stderr             # an internal error names its exception class
    version = street_ledger(tmp_path, "--version", encoding=encoding)
    assert version.returncode == 0 and version.stdout.decode(encoding).startswith("street-ledger ")
    error = street_ledger(tmp_path, "--db", str(tmp_path / "无.sqlite"), "entry", "show", "--period", "2023-03",
                          encoding=encoding)
    assert error.returncode == 1
    message = error.stderr.decode(encoding)
    assert "Traceback" not in message and "Error" not in message and "street-ledger init" in message
    if encoding == "cp936":     # Chinese is in the console's code page: the clerk reads it
        assert "自检通过" in out and "五民工程" in plan.stdout.decode(encoding) and message.startswith("错误：")


def test_a_pipe_without_a_chosen_encoding_gets_utf8(tmp_path):
    run = street_ledger(tmp_path, "plan", "show", encoding=None)
    assert run.returncode == 0
    assert "五民工程" in run.stdout.decode("utf-8")


def test_a_console_code_page_shows_what_it_lacks_as_a_question_mark(monkeypatch):
    console = io.TextIOWrapper(io.BytesIO(), encoding="cp936")
    console.isatty = lambda: True
    monkeypatch.setattr(sys, "stdout", console)
    make_output_safe()
    print("✓ 自检通过", file=console)
    console.flush()
    assert console.buffer.getvalue().decode("cp936") == "? 自检通过\n"


def test_a_windowed_program_without_streams_is_left_alone(monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    make_output_safe()
