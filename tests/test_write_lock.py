"""``db.connection.write`` takes the write lock at BEGIN (BEGIN IMMEDIATE): a second writer is
refused before its action starts, never half-way through it after work has been done."""
from __future__ import annotations

import pytest

from db.connection import connect, set_busy_timeout, write
from db.errors import DatabaseBusy


def _pair(tmp_path):
    first, second = connect(tmp_path / "a.sqlite"), connect(tmp_path / "a.sqlite")
    with write(first):
        first.execute("CREATE TABLE t (x INTEGER)")
    set_busy_timeout(second, 0)       # give up at once rather than wait for the first
    return first, second


def test_a_second_writer_is_refused_at_begin_before_its_action_runs(tmp_path):
    first, second = _pair(tmp_path)
    ran = []
    try:
        with write(first):
            first.execute("INSERT INTO t VALUES (1)")
            with pytest.raises(DatabaseBusy):
                with write(second):
                    ran.append("body")       # a deferred BEGIN would get here (reads need no lock)
        assert ran == []
        assert second.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    finally:
        first.close()
        second.close()


def test_write_begins_immediate(tmp_path):
    first, second = _pair(tmp_path)
    seen = []
    first.conn.set_trace_callback(seen.append)
    try:
        with write(first):
            first.execute("INSERT INTO t VALUES (1)")
        assert seen[0] == "BEGIN IMMEDIATE" and seen[-1] == "COMMIT"
    finally:
        first.close()
        second.close()
