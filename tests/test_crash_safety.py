"""A process killed at a random moment (SIGKILL: no cleanup at all) leaves a database that passes
`check` and holds either all of the work or none of it — for a register import and for a merge."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from db.schema import open_database
from desktop.security.auth import login
from desktop.plan.store import active_plan
from desktop.system.provision import initialise
from desktop.registers.records import count_records
from desktop.registers.schema import ensure_tables
from desktop.security.trust import confirm_key
from desktop.exchange.workbook.reader import read_signed
from register_lists import valid_id, write_clean
from submission_factory import make_office, make_submission, person

ROOT = Path(__file__).resolve().parents[1]
KILLS = 20
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")


def _env(user: str, password: str) -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT), STREET_LEDGER_USER=user, STREET_LEDGER_PASSWORD=password)


def _kill_at_random(args: list[str], env: dict, rng: random.Random, longest: float) -> bool:
    """Start the command and SIGKILL it after a random delay; True if it finished first."""
    proc = subprocess.Popen([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=rng.uniform(0.05, longest))
        return True
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return False


def _uninterrupted_seconds(args: list[str], env: dict) -> float:
    """How long the command takes when left alone: kills are drawn over that span, so that on a
    fast machine as on a slow one some land before the commit and some after."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def _check_passes(db_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db_path), "check"], cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _checkpointed_copy(src: Path, dst: Path) -> None:
    db = open_database(src)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    shutil.copy(src, dst)


def test_register_import_killed_at_random_is_all_or_nothing(office_db_path, tmp_path):
    rows = []
    for i in range(3000):
        number = valid_id("320106", date(1950 + i % 50, 1 + i % 12, 1 + i % 28), i % 1000)
        rows.append([i + 1, f"居民{i}", number, "", f"1381234{i % 10000:04d}", "颐和路社区", "失业党员",
                     date(2023, 1 + i % 12, 5), "失业", ""])
    unique = list({r[2]: r for r in rows}.values())
    source = tmp_path / "名单.xlsx"
    write_clean(source, unique)
    probe = tmp_path / "probe.sqlite"
    _checkpointed_copy(office_db_path, probe)
    longest = _uninterrupted_seconds(["--db", str(probe), "register", "import", "unemployed", str(source)],
                                     _env("张三", "abc12345"))
    rng = random.Random(20231128)
    counts = []
    for n in range(KILLS):
        db_path = tmp_path / f"run{n}.sqlite"
        _checkpointed_copy(office_db_path, db_path)
        _kill_at_random(["--db", str(db_path), "register", "import", "unemployed", str(source)],
                        _env("张三", "abc12345"), rng, longest)
        _check_passes(db_path)
        db = open_database(db_path)
        plan = active_plan(db)
        ensure_tables(db, plan)              # a kill may land before the import made the table
        count = count_records(db, plan.register("unemployed"), "NHL")
        db.close()
        assert count in (0, len(unique)), (n, count)
        counts.append(count)
    assert 0 in counts, "no kill landed before the commit"


def test_merge_killed_at_random_is_all_or_nothing(tmp_path):
    district = tmp_path / "区.sqlite"
    initialise(district, district=True, office_code=None, admin="区管理员", password="abc12345",
               passphrase="district-2023")
    office = make_office(tmp_path, "NHL")
    records = [person(i, "颐和路社区") for i in range(1, 3001)]
    files = [make_submission(office, tmp_path, period=f"2023-0{m}", registers={"unemployed": records},
                             values={"new_jobs": 100 + m}) for m in (1, 2, 3)]
    db = open_database(district)
    confirm_key(db, read_signed(files[0]).public_raw, "NHL", "宁海路街道", user=login(db, "区管理员", "abc12345"))
    db.close()
    template = tmp_path / "区-template.sqlite"
    _checkpointed_copy(district, template)
    probe = tmp_path / "merge-probe.sqlite"
    shutil.copy(template, probe)
    # a third of the kills land after the end: the test sees both ends and the months between
    longest = _uninterrupted_seconds(["--db", str(probe), "merge", *map(str, files)], _env("区管理员", "abc12345"))
    rng = random.Random(7)
    seen = set()
    for n in range(KILLS):
        db_path = tmp_path / f"merge{n}.sqlite"
        shutil.copy(template, db_path)
        _kill_at_random(["--db", str(db_path), "merge", *map(str, files)], _env("区管理员", "abc12345"), rng, longest * 1.5)
        _check_passes(db_path)
        db = open_database(db_path)
        try:
            merged = {r[0] for r in db.execute("SELECT period FROM submissions")}
            valued = {r[0] for r in db.execute("SELECT DISTINCT period FROM merged_values")}
            rows = db.execute("SELECT count(*) FROM merged_records WHERE sheet = '失业人员实名登记'").fetchone()[0]
        finally:
            db.close()
        assert merged <= {"2023-01", "2023-02", "2023-03"}
        assert valued == merged, (n, merged, valued)        # a month is merged whole or not at all
        assert rows == (len(records) if merged else 0), (n, rows)
        seen.add(len(merged))
    assert len(seen) > 1, "every kill landed at the same point"
