"""One context for open-and-log-in: every command with a user goes through ``logged_in``, which
keeps access.py's read-only/writer split and always closes the connection."""
from __future__ import annotations

import ast
import pathlib
import sqlite3

import pytest

from desktop.cli import build_parser, common
from desktop.errors import UserError

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _args(path, *command):
    return build_parser().parse_args(["--db", str(path), "--user", "张三", *command])


@pytest.fixture
def opened_dbs(monkeypatch):
    """Every connection the CLI context opens, to see it closed afterwards."""
    seen, real = [], common.open_existing

    def recording(args):
        db = real(args)
        seen.append(db)
        return db
    monkeypatch.setattr(common, "open_existing", recording)
    return seen


def _closed(db) -> bool:
    try:
        db.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def test_logged_in_yields_the_users_session_and_closes_it(office_db_path, monkeypatch, opened_dbs):
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    with common.logged_in(_args(office_db_path, "entry", "set", "--period", "2023-03",
                                "--indicator", "x", "--value", "1")) as s:
        assert (s.user.name, s.unit.code, s.path) == ("张三", "NHL", office_db_path)
        assert s.plan.indicators
        s.db.execute("CREATE TABLE scratch (a)")          # a writer command's connection writes
    assert len(opened_dbs) == 1 and _closed(opened_dbs[0])


def test_a_read_only_command_gets_a_read_only_session(office_db_path, monkeypatch, opened_dbs):
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    with common.logged_in(_args(office_db_path, "entry", "show", "--period", "2023-03")) as s:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            s.db.execute("CREATE TABLE scratch (a)")
    assert _closed(opened_dbs[0])


def test_a_failed_login_or_a_failing_command_closes_the_connection(office_db_path, monkeypatch, opened_dbs):
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "wrong-pass")
    with pytest.raises(UserError):
        with common.logged_in(_args(office_db_path, "user", "add", "李四", "--role", "clerk")):
            pass
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    with pytest.raises(RuntimeError):
        with common.logged_in(_args(office_db_path, "user", "add", "李四", "--role", "clerk")):
            raise RuntimeError("the command failed half-way")
    assert len(opened_dbs) == 2 and all(_closed(db) for db in opened_dbs)


def test_no_command_opens_or_logs_in_by_hand():
    # the commands reach the database through logged_in (or opened, when no user is needed)
    hits = []
    for path in sorted((ROOT / "desktop" / "cli").glob("*_cmds.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
                    "open_existing", "authenticate", "open_database", "open_file", "login"):
                hits.append(f"{path.name}:{node.lineno}: {node.func.id}(")
    assert hits == []
