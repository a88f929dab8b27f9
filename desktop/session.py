"""A logged-in user working on one database: what every page and command works through.

The file is opened once (``open_file``: network-path check, quick_check, migrations) when the
window or a command starts; a worker thread then asks the session for its own connection
(``connect``), which only sets the pragmas — the checks and migrations are not run again."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from db.connection import UI_BUSY_TIMEOUT_MS, connect, set_busy_timeout
from db.schema import open_database
from desktop.security.auth import User, login
from desktop.plan.model import Plan
from desktop.plan.store import active_plan
from desktop.unit import Unit, unit_of
from desktop.registers.schema import ensure_tables

# The window's own connection gives up on another writer after this long and says so: the UI
# thread never freezes behind a lock (workers keep the normal wait).
WINDOW_BUSY_TIMEOUT_MS = UI_BUSY_TIMEOUT_MS


def open_file(path: Path | str, *, read_only: bool = False, checked=None):
    """The one checked opening of a database file: refuse a damaged or newer file, migrate.
    ``checked``: the integrity check already begun for this file (desktop.system.early_check)."""
    return open_database(path, read_only=read_only, checked=checked)


@dataclass
class Session:
    path: Path
    db: object          # sqlite_utils.Database, owned by the thread that opened it
    user: User
    plan: Plan
    unit: Unit

    @classmethod
    def start(cls, path: Path, db, user: User, *, busy_timeout_ms: int | None = None) -> "Session":
        if busy_timeout_ms is not None:
            set_busy_timeout(db, busy_timeout_ms)
        plan = active_plan(db)
        ensure_tables(db, plan, user.name)   # a new plan version's register fields become columns
        return cls(path=Path(path), db=db, user=user, plan=plan, unit=unit_of(db))

    @classmethod
    def log_in(cls, path: Path, name: str, password: str) -> "Session":
        """Open the file (checked once) and log in: the self-test and scripts start this way."""
        db = open_file(path)
        try:
            return cls.start(path, db, login(db, name, password))
        except BaseException:
            db.close()
            raise

    def connect(self):
        """A new connection to the same file for another thread (each thread its own): the
        pragmas only — the file was checked and migrated when the session started."""
        return connect(self.path)

    @contextmanager
    def connection(self) -> Iterator[object]:
        """``with session.connection() as db:`` — a worker's own connection, closed after."""
        db = self.connect()
        try:
            yield db
        finally:
            db.close()

    def close(self) -> None:
        self.db.close()
