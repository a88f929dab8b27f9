"""Which commands may change the database, decided here for every command at once.

A command not listed as read-only is a writer: it takes the database's instance lock before it
runs (refused while the window or another writer holds it) and keeps it to the end. Read-only
commands open the file with ``mode=ro``, so they can never checkpoint or delete the window's -wal
and -shm files; they take the lock too when it is free (so neither a window nor ``restore`` starts
under them) and run without it beside the window.
"""
from __future__ import annotations

from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

from desktop.system.instance_lock import DatabaseInUse, InstanceLock, acquire, lock_path
from desktop.system.paths import chosen_db_path

# `backup` is not here: a backup takes every ID out of the database, so it writes a
# personal-data line into the audit log
READ_ONLY_COMMANDS = frozenset({
    "plan show", "entry show", "register list", "key show", "verify", "trust list", "user list",
    "check",
})


def command_name(args) -> str:
    """``entry set``, ``check``: the command and, for a group, its subcommand."""
    name = args.command or ""
    sub = getattr(args, f"{name}_command", None)
    return f"{name} {sub}" if sub else name


def is_read_only(args) -> bool:
    return command_name(args) in READ_ONLY_COMMANDS


_held: InstanceLock | None = None       # the lock the running command holds, if any


def writer_lock(path: Path, args):
    """The lock for a write within the command: the one it already holds, or a new one."""
    if _held is not None and _held.path == lock_path(path):
        return nullcontext(_held)
    return acquire(path, kind="command", user=getattr(args, "user", None) or "", command=command_name(args))


@contextmanager
def command_access(args) -> Iterator[None]:
    """Around the whole command: a writer holds the lock from start to end."""
    global _held
    path = chosen_db_path(args.db, getattr(args, "demo", False))
    reader = is_read_only(args)
    # A folder that does not exist holds no database to protect (init and demo create it).
    if not path.parent.is_dir() or (reader and not path.exists()):
        yield
        return
    try:
        lock = writer_lock(path, args)
    except DatabaseInUse:
        if not reader:
            raise
        yield                           # beside the window: read-only, without the lock
        return
    _held = lock
    try:
        with lock:
            yield
    finally:
        _held = None
