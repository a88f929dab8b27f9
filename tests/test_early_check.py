"""The start's one integrity check, begun on a thread before the window loads: its verdict is
what opening the database acts on — a damaged file is refused and nothing is written."""
from __future__ import annotations

import pytest

from db.errors import DatabaseCorrupt
from db.schema import open_database
from desktop.system import early_check


def test_the_early_verdict_is_what_the_open_acts_on(tmp_path, monkeypatch):
    """A problem only the early check saw (the open itself would pass the file) refuses it."""
    import db.connection

    path = tmp_path / "c.sqlite"
    open_database(path).close()
    before = path.read_bytes()
    monkeypatch.setattr(early_check, "quick_check", lambda d: ["*** in database main *** Page 7: btreeInitPage() error"])
    early_check.start(path)
    ran_here = []
    monkeypatch.setattr(db.connection, "quick_check", lambda d: ran_here.append(1) or [])   # would pass it
    with pytest.raises(DatabaseCorrupt) as info:
        open_database(path, checked=early_check.take(path))
    assert "Page 7" in info.value.message and "损坏" in info.value.message and not ran_here
    assert path.read_bytes() == before


def test_a_verdict_is_used_once_and_an_unrun_check_is_made_at_open(tmp_path, monkeypatch):
    import db.connection

    path = tmp_path / "ok.sqlite"
    open_database(path).close()
    early_check.start(path)
    checked = early_check.take(path)
    assert checked() == [] and early_check.take(path) is None         # a second open checks itself
    monkeypatch.setattr(early_check, "connect", lambda *a, **k: (_ for _ in ()).throw(OSError("gone")))
    early_check.start(path)
    checked = early_check.take(path)
    assert checked() is None                                           # could not run
    ran_here = []
    monkeypatch.setattr(db.connection, "quick_check", lambda d: ran_here.append(1) or ["page 3 broken"])
    with pytest.raises(DatabaseCorrupt):
        open_database(path, checked=checked)
    assert ran_here == [1]
    assert early_check.take(tmp_path / "never-started.sqlite") is None
