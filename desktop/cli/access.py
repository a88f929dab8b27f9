"""Which commands may change the database, decided here for every command at once.

A command not listed as read-only is a writer: it takes the database's instance lock before it
runs (refused while the window or another writer holds it) and keeps it to the end. Read-only
commands take no lock and open the file with ``mode=ro``, so they run beside the window and can
never checkpoint or delete the window's -wal and -shm files.
"""
from __future__ import annotations

from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

from desktop.instance_lock import InstanceLock, acquire
from desktop.paths import chosen_db_path

READ_ONLY_COMMANDS = frozenset({
    "plan show", "entry show", "register list", "key show", "verify", "trust list", "user list",
    "check", "backup",
})


def command_name(args) -> str:
    """``entry set``, ``check``: the command and, for a group, its subcommand."""
    name = args.command or ""
    sub = getattr(args, f"{name}_command", None)
    return f"{name} {sub}" if sub else name


def is_read_only(args) -> bool:
    return command_name(args) in READ_ONLY_COMMANDS


def writer_lock(path: Path, args) -> InstanceLock:
    return acquire(path, kind="command", user=getattr(args, "user", None) or "", command=command_name(args))


@contextmanager
def command_access(args) -> Iterator[None]:
    """Around the whole command: a writer holds the lock from start to end."""
    if is_read_only(args):
        yield
        return
    path = chosen_db_path(args.db, getattr(args, "demo", False))
    # A folder that does not exist holds no database to protect (init and demo create it).
    with writer_lock(path, args) if path.parent.is_dir() else nullcontext():
        yield
