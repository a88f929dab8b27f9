"""Every file and folder chooser of the program, built one way that never opens a file.

Qt's file dialog asks its icon provider for each file's icon and type, and the stock provider
sniffs content (it opens and reads the file). On Linux a POSIX lock belongs to the process: one
open() and close() of the database, -wal or -shm file anywhere in the window's process drops
SQLite's locks, and another process's connection then believes it is alone and deletes the WAL
on close. So the dialog is Qt's own (the same on every system, never a platform plug-in that may
sniff), its icons and types come from the name alone, and SQLite's side files and our lock files
are not listed at all, nor is the open database itself: it can never be picked as a file to
import (read by another open()) or to write over. Test: tests/test_single_writer.py.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileInfo, QSortFilterProxyModel
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyle, QWidget

HIDDEN_SUFFIXES = ("-wal", "-shm", "-journal", ".lock", ".restoring", ".partial")
_protected: set[str] = set()      # the open database, by normalised path (compared, never opened)


def _key(path: str | Path) -> str:
    return os.path.normcase(os.path.abspath(str(path)))


def protect(db_path: Path) -> None:
    """The window's database: never listed, never accepted from a dialog."""
    _protected.add(_key(db_path))


def is_protected(path: str | Path) -> bool:
    return _key(path) in _protected or str(path).endswith(HIDDEN_SUFFIXES)


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from the file's name; never reads a file."""

    def __init__(self):
        super().__init__()
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._drive = style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)

    def icon(self, what) -> QIcon:
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return self._drive
            return self._folder if what.isDir() else self._file
        if what == QAbstractFileIconProvider.IconType.Drive:
            return self._drive
        if what == QAbstractFileIconProvider.IconType.File:
            return self._file
        return self._folder

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("file_dialogs", "文件夹")
        suffix = info.suffix()
        return (QApplication.translate("file_dialogs", "{0} 文件").format(suffix.upper()) if suffix
                else QApplication.translate("file_dialogs", "文件"))


class HideSideFiles(QSortFilterProxyModel):
    """Leaves out SQLite's -wal/-shm/-journal files and our .lock files: nobody picks them."""

    def filterAcceptsRow(self, row: int, parent) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        name = index.data()
        if isinstance(name, str) and name.endswith(HIDDEN_SUFFIXES):
            return False
        return not (_protected and _key(self.sourceModel().filePath(index)) in _protected)


def make_dialog(parent: QWidget | None, title: str, start: str, *, mode: QFileDialog.FileMode,
                save: bool = False, name_filter: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, start)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog._icons = NameOnlyIcons()      # Qt does not own it: kept alive with the dialog
    dialog.setIconProvider(dialog._icons)
    dialog.setProxyModel(HideSideFiles(dialog))
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if name_filter:
        dialog.setNameFilter(name_filter)
    return dialog


def _chosen(dialog: QFileDialog) -> list[str]:
    parent = dialog.parentWidget()
    try:
        chosen = dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()
    if any(is_protected(c) for c in chosen):      # typed by name: hidden, but still refused
        QMessageBox.warning(parent, QApplication.translate("file_dialogs", "不能选择该文件"),
                            QApplication.translate("file_dialogs", "这是正在使用的数据库文件（或它的附属文件），"
                                                   "不能在这里选择。请选择其他文件。"))
        return []
    return chosen


def open_file(parent, title: str, start: str = "", name_filter: str = "") -> str:
    """One existing file, or "" when cancelled."""
    chosen = _chosen(make_dialog(parent, title, start, mode=QFileDialog.FileMode.ExistingFile,
                                 name_filter=name_filter))
    return chosen[0] if chosen else ""


def open_files(parent, title: str, start: str = "", name_filter: str = "") -> list[str]:
    return _chosen(make_dialog(parent, title, start, mode=QFileDialog.FileMode.ExistingFiles,
                               name_filter=name_filter))


def save_file(parent, title: str, suggested: str = "", name_filter: str = "") -> str:
    """Where to write a file (asks before replacing one), or "" when cancelled."""
    chosen = _chosen(make_dialog(parent, title, suggested, mode=QFileDialog.FileMode.AnyFile,
                                 save=True, name_filter=name_filter))
    return chosen[0] if chosen else ""


def existing_folder(parent, title: str, start: str = "") -> str:
    chosen = _chosen(make_dialog(parent, title, start, mode=QFileDialog.FileMode.Directory))
    return chosen[0] if chosen else ""
