"""What starting the window costs: no command-line modules or openpyxl, derived indicators read
in one scan per register, the same figures as one query per indicator."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from db import register_stats
from db.schema import open_database
from desktop.entry import derived
from desktop.plan.store import active_plan
from desktop.registers.schema import log_table_name, table_name

ROOT = Path(__file__).resolve().parents[1]


def test_window_options_need_no_command_line_modules(tmp_path):
    code = ("import sys, types\nfrom desktop.main import main, parsers_are_safe\n"
            "from desktop.system.window_args import window_args\n"
            "window = types.ModuleType('ui.app')\nwindow.run_gui = lambda args: 7 if args.db == 'x.sqlite' else 1\n"
            "sys.modules['ui.app'] = window\nassert main(['--db', 'x.sqlite']) == 7\n"
            "a = window_args(['--db', 'x.sqlite', '--demo'])\n"
            "assert a.db == 'x.sqlite' and a.demo and a.command is None, a\n"
            "assert window_args(['export', '--period', '2023-03']) is None\n"
            "assert window_args(['--help']) is None\n"
            "assert parsers_are_safe()\n"
            "bad = [m for m in sys.modules if m.startswith(('desktop.cli', 'openpyxl', 'numpy', 'pandas'))]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "STREET_LEDGER_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr


# The real start (desktop.main → ui.app → login → main window shown), login accepted at once as
# the benchmark does; what is loaded when the window is up, that the dashboard's figures are
# read off the UI thread, that the one integrity check ran on its thread while the window loaded,
# and that the day's first backup ran after the window was shown, on a worker, said in the status bar.
_REAL_START = """
import json, sys, threading
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog
import desktop.main, desktop.entry.dashboard as dash
import ui.pages.dashboard_page as page
from desktop.security.auth import login
from ui.login import LoginDialog
reads, shown = [], []
real = page.dashboard_data
def recording(*a):
    reads.append("main thread" if threading.current_thread() is threading.main_thread() else "worker")
    return real(*a)
page.dashboard_data = recording
import db.connection, desktop.system.early_check as early
checks, real_check = [], db.connection.quick_check
def counted(db):
    checks.append(threading.current_thread().name)
    return real_check(db)
db.connection.quick_check = early.quick_check = counted
import ui.daily_backup as daily
from ui.main_window import MainWindow
import ui.app
backups, real_backup, real_start = [], daily.daily_backup_if_due, ui.app.start_daily_backup
def backup(*a, **k):
    backups.append("main thread" if threading.current_thread() is threading.main_thread() else "worker")
    return real_backup(*a, **k)
def start_backup(window, path):
    backups.append("window shown" if window.isVisible() else "window not shown yet")
    return real_start(window, path)
daily.daily_backup_if_due, ui.app.start_daily_backup = backup, start_backup
def accept(dialog):
    dialog.user = login(dialog.db, "demo", "demo2023")
    return QDialog.DialogCode.Accepted
def exec_(app=None):
    shown.append(sorted(m for m in sys.modules if m.startswith(WATCHED)))
    QThreadPool.globalInstance().waitForDone()
    QApplication.instance().processEvents()
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    shown.append(window.statusBar().currentMessage())
    return 0
LoginDialog.exec = accept
QApplication.exec = exec_
assert desktop.main.main(["--db", sys.argv[1]]) == 0
print(json.dumps({"loaded": shown[0], "reads": reads, "checks": checks, "backups": backups, "status": shown[1]}))
"""
WATCHED = ("desktop.cli", "openpyxl", "python_calamine", "numpy", "pandas", "cryptography", "desktop.demo",
           "desktop.exchange.workbook", "desktop.exchange.guard", "desktop.exchange.export", "desktop.exchange.merge",
           "ui.wizard")


def test_the_real_window_start_loads_only_what_it_shows(demo_db_path, tmp_path):
    code = f"WATCHED = {WATCHED!r}\n" + _REAL_START
    result = subprocess.run([sys.executable, "-c", code, str(demo_db_path)], cwd=ROOT, capture_output=True,
                            text=True, env={**os.environ, "STREET_LEDGER_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stdout + result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["loaded"] == []                        # none of WATCHED when the window is up
    assert seen["reads"] and set(seen["reads"]) == {"worker"}, seen
    assert seen["checks"] == ["integrity-check"], seen     # one quick_check, on its thread
    assert seen["backups"] == ["window shown", "worker"], seen          # the first start of the day
    assert seen["status"].startswith("今日自动备份已完成："), seen


def test_sqlite_utils_without_numpy_numpy_still_importable():
    """numpy is hidden from sqlite-utils' import alone: the next import of numpy works."""
    code = ("import sys\nimport db.schema\nassert 'numpy' not in sys.modules\nimport sqlite_utils.db\n"
            "assert sqlite_utils.db.np is None\nimport numpy\nprint(numpy.__name__)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.split() == ["numpy"], result.stdout + result.stderr


def test_parsers_are_safe_agrees_with_openpyxl(monkeypatch):
    code = ("import desktop.main as m\nbefore = m.parsers_are_safe()\nimport openpyxl\n"
            "print(before, m.parsers_are_safe(), openpyxl.DEFUSEDXML)")
    for setting in ("True", "False"):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                             env={**os.environ, "OPENPYXL_DEFUSEDXML": setting}).stdout.split()
        assert out == [setting] * 3, out


def _one_query_each(db, plan, indicator) -> dict[str, Decimal]:
    src, register, log, fields = derived._parts(plan, indicator)
    where = [(fid, [str(v) for v in values], fields[fid].type == "multi_choice")
             for fid, values in (src.get("where") or {}).items()]
    rows = register_stats.monthly(db, table=table_name(register), office="NHL", date_field=src["date_field"],
                                  value_field=src["field"] if src.get("aggregate") == "sum" else None, where=where,
                                  log_table=log_table_name(register, log) if log else None)
    out: dict[str, Decimal] = {}
    for period, value in rows:
        out[period] = out.get(period, Decimal(0)) + Decimal(str(value))
    return out


def test_derived_figures_in_one_scan_per_register(demo_db_path):
    db = open_database(demo_db_path)
    try:
        plan = active_plan(db)
        indicators = [i for i in plan.indicators if i.kind == "derived"]
        tables = {derived._table_of(i) for i in indicators}
        assert len(tables) < len(indicators)          # some registers carry several indicators
        scans: list[str] = []
        db.conn.set_trace_callback(lambda sql: scans.append(sql) if "substr(" in sql else None)
        values = {i.id: derived.derived_month_values(db, plan, "NHL", i) for i in indicators}
        assert len(scans) == len(tables), scans
        db.conn.set_trace_callback(None)
        expected = {i.id: _one_query_each(db, plan, i) for i in indicators}
        assert values == expected
        assert any(v for v in values.values())          # the demo counts something
    finally:
        db.close()


def test_connections_run_no_sqlite_utils_plugins(tmp_path):
    """A plugin another installed package registers never reaches our connections (and finding
    them — every distribution's entry points — is not paid at each start)."""
    import sqlite_utils
    from sqlite_utils.plugins import pm

    from db.connection import connect

    class Intruder:
        @sqlite_utils.hookimpl
        def prepare_connection(self, conn):
            conn.create_function("intruder", 0, lambda: "here")

    plugin = Intruder()
    pm.register(plugin, name="intruder")
    try:
        db = connect(tmp_path / "x.sqlite")
        try:
            assert "no such function" in _error_of(db, "SELECT intruder()")
        finally:
            db.close()
    finally:
        pm.unregister(name="intruder")


def _error_of(db, sql: str) -> str:
    import sqlite3
    try:
        db.conn.execute(sql)
    except sqlite3.OperationalError as exc:
        return str(exc)
    return ""
