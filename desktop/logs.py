"""A rotating log file in the data folder: the detail behind every plain message."""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.paths import log_dir

_handler: RotatingFileHandler | None = None


def setup_logging() -> Path:
    """Log to the current data folder's file (once; again only if the data folder changed)."""
    global _handler
    path = log_dir() / "street-ledger.log"
    if _handler is None or Path(_handler.baseFilename) != path.resolve():
        root = logging.getLogger()
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        _handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(_handler)
        root.setLevel(logging.INFO)
    return path
