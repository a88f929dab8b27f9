"""Window and user preferences in an INI file in the data folder (no registry entries)."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.system.paths import data_dir


def app_settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
