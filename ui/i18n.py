"""Translations: Chinese is the source language; English and others load from .qm files.

Qt's own strings (wizard buttons, standard dialogs) need Qt's translation too."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.system.paths import resources_dir

_installed: list[QTranslator] = []   # kept alive: Qt does not own installed translators


def install_translators(app, language: str = "zh_CN") -> None:
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    QLocale.setDefault(QLocale(language))
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"qt_{language}", qt_dir),
                         (f"street_ledger_{language}", str(resources_dir() / "i18n"))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
