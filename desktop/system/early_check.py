"""The start's one integrity check, begun before the window is loaded.

``PRAGMA quick_check`` reads the whole file (0.1–0.5 s at 200,000 register rows) and SQLite
lets other Python threads run meanwhile, so the window starts it on a thread with its own
read-only connection as soon as it knows the file, and loads its modules and Qt in the
meantime. Opening the database then takes that verdict instead of checking again
(``open_database(path, checked=...)``): still one check, still before anything is written."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from db.connection import connect, quick_check

log = logging.getLogger(__name__)
_started: dict[Path, "EarlyCheck"] = {}


class EarlyCheck:
    def __init__(self, path: Path):
        self.path = path
        self._problems: list[str] | None = None
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            db = connect(self.path, read_only=True)
        except Exception as exc:      # the open at start then checks, and says what is wrong plainly
            log.info("early integrity check not run: %s", exc)
            return
        try:
            self._problems = quick_check(db)
        finally:
            db.close()

    def problems(self) -> list[str] | None:
        """The check's problems (empty: sound); None when it could not run."""
        self._thread.join()
        return self._problems


def start(path: Path) -> None:
    """Begin checking ``path`` if it exists; the next ``take(path)`` collects it."""
    path = Path(path)
    if path.is_file() and path not in _started:
        _started[path] = EarlyCheck(path)


def take(path: Path):
    """The verdict of the check begun for ``path``, for ``open_database(checked=...)``, or None
    (none begun, or already used: a second open checks for itself)."""
    check = _started.pop(Path(path), None)
    return check.problems if check is not None else None
