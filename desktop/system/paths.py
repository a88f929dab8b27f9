"""Where things live: per-user data folder, default database, logs, shipped resources.

The core cannot ask Qt (no PySide6 here), so it follows the platform conventions directly:
%LOCALAPPDATA% on Windows, XDG on Linux. ``STREET_LEDGER_HOME`` overrides (tests, portable use).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_ID


def data_dir() -> Path:
    override = os.environ.get("STREET_LEDGER_HOME")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_ID
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_ID
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "street-ledger"
    base.mkdir(parents=True, exist_ok=True)
    return base


def default_db_path() -> Path:
    return data_dir() / "street-ledger.sqlite"


def demo_db_path(district: bool = False) -> Path:
    return data_dir() / ("demo-district.sqlite" if district else "demo.sqlite")


def log_dir() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def resources_dir() -> Path:
    """The shipped data, found the same way from source, an installed wheel or a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    import resources

    return Path(resources.__file__).resolve().parent


def default_plan_path() -> Path:
    return resources_dir() / "plan" / "default_plan.toml"


def chosen_db_path(db: str | None, demo: bool = False) -> Path:
    """The database the user asked for: --db, else the demo's or the default one."""
    if db:
        return Path(db)
    return demo_db_path() if demo else default_db_path()
