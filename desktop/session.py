"""A logged-in user working on one database: what every page and command works through."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.security.auth import User
from desktop.plan.model import Plan
from desktop.plan.store import active_plan
from desktop.unit import Unit, unit_of
from desktop.registers.schema import ensure_tables


@dataclass
class Session:
    path: Path
    db: object          # sqlite_utils.Database, owned by the thread that opened it
    user: User
    plan: Plan
    unit: Unit

    @classmethod
    def start(cls, path: Path, db, user: User) -> "Session":
        plan = active_plan(db)
        ensure_tables(db, plan, user.name)   # a new plan version's register fields become columns
        return cls(path=Path(path), db=db, user=user, plan=plan, unit=unit_of(db))

    def close(self) -> None:
        self.db.close()
