"""The log file: rotated only when a process starts and only by one process at a time, never
while running; native crashes written into it by faulthandler."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.system import logs
from desktop.system.paths import log_dir

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fresh(monkeypatch):
    """setup_logging as at a process start; the test's handler is removed afterwards."""
    monkeypatch.setattr(logs, "_handler", None)
    yield
    if logs._handler is not None:
        logging.getLogger().removeHandler(logs._handler)


def grown_log() -> Path:
    path = log_dir() / "street-ledger.log"
    path.write_text("old line\n" * (logs.MAX_BYTES // 9 + 1), encoding="utf-8")
    return path


def test_a_large_log_is_rotated_when_a_process_starts(fresh):
    path = grown_log()
    assert logs.setup_logging() == path
    assert path.with_name("street-ledger.log.1").read_text(encoding="utf-8").startswith("old line")
    assert path.stat().st_size < 1000
    assert not path.with_name("street-ledger.log.rotating").exists()


def test_no_rotation_while_another_process_holds_the_rotation_lock(fresh):
    path = grown_log()
    path.with_name("street-ledger.log.rotating").touch()          # the other process, rotating now
    logs.setup_logging()
    assert not path.with_name("street-ledger.log.1").exists()
    assert path.stat().st_size >= logs.MAX_BYTES                    # appended to, left for a later start


def test_a_lock_left_by_a_dead_process_is_taken_over(fresh):
    path = grown_log()
    lock = path.with_name("street-ledger.log.rotating")
    lock.touch()
    old = time.time() - logs.STALE_LOCK_SECONDS - 10
    os.utime(lock, (old, old))
    logs.setup_logging()
    assert path.with_name("street-ledger.log.1").exists() and not lock.exists()


def test_a_running_process_never_rotates(fresh):
    path = logs.setup_logging()
    record = "x" * 1000
    for _ in range(logs.MAX_BYTES // 1000 + 50):
        logging.getLogger("test").info(record)
    assert path.stat().st_size > logs.MAX_BYTES
    assert not path.with_name("street-ledger.log.1").exists()


def test_a_native_crash_is_written_to_the_log(tmp_path):
    env = dict(os.environ, STREET_LEDGER_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    crash = subprocess.run([sys.executable, "-c", "import faulthandler\nfrom desktop.system.logs import setup_logging\n"
                            "setup_logging()\nfaulthandler._sigsegv()"], env=env, capture_output=True, timeout=60)
    assert crash.returncode != 0
    text = (tmp_path / "home" / "logs" / "street-ledger.log").read_text(encoding="utf-8", errors="replace")
    assert "Fatal Python error: Segmentation fault" in text
