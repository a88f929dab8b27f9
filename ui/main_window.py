"""The main window: navigation on the left, one page at a time, menus and a status bar."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QLabel, QListWidget, QMainWindow, QMessageBox, QSplitter, QWidget,
                               QStackedWidget)

from desktop import __version__
from desktop.system.guide import guide_path
from ui.pages import make_pages
from ui.geometry import remember_geometry
from ui.guide_dialog import GuideDialog


# role names come from the core; marked here so the window shows them translated
QT_TRANSLATE_NOOP("roles", "管理员")
QT_TRANSLATE_NOOP("roles", "填报人")
QT_TRANSLATE_NOOP("roles", "审核人")
QT_TRANSLATE_NOOP("roles", "区汇总")


class MainWindow(QMainWindow):
    def __init__(self, session, *, demo: bool = False):
        super().__init__()
        self.session = session
        unit, user = session.unit, session.user
        suffix = self.tr("（示例数据）") if demo else ""
        self.setWindowTitle(self.tr("街道民生台账") + f" — {unit.name}{suffix}")
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("页面导航"))
        self.stack = QStackedWidget()
        self.page_keys: list[str] = []
        self._builders: dict[str, object] = {}
        for key, title, build in make_pages(session, self):
            self.nav.addItem(title)
            self.stack.addWidget(QWidget())          # stands in until the page is first shown
            self.page_keys.append(key)
            self._builders[key] = build
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.itemActivated.connect(lambda item: self.enter_page(self.page_keys[self.nav.row(item)]))
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 900])
        self.setCentralWidget(splitter)
        self._menus()
        bar = self.statusBar()
        bar.addPermanentWidget(QLabel(self.tr("{0}｜{1}（{2}）｜计划第{3}版").format(
            unit.name, user.name, QCoreApplication.translate("roles", user.role_label), session.plan.version)))
        self.nav.setCurrentRow(0)
        remember_geometry(self, "window/geometry", QSize(1200, 760))

    def show_page(self, key: str) -> None:
        if key in self.page_keys:
            self.nav.setCurrentRow(self.page_keys.index(key))

    def enter_page(self, key: str) -> None:
        """Show a page and put the cursor where work starts (Ctrl+1…9, Enter in the list)."""
        self.show_page(key)
        page = self.page_widget(key)
        if page is None:
            return
        focus = getattr(page, "focus_first", None)
        if callable(focus):
            focus()
        else:
            page.focusNextChild()

    def page_widget(self, key: str):
        """The page shown under ``key``, built on first use (None if this database has no such page)."""
        if key not in self.page_keys:
            return None
        index = self.page_keys.index(key)
        build = self._builders.pop(key, None)
        if build is not None:
            stand_in = self.stack.widget(index)
            page = build()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        return self.stack.widget(index)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.page_keys):
            self.stack.setCurrentWidget(self.page_widget(self.page_keys[row]))

    def current_page_key(self) -> str:
        return self.page_keys[self.nav.currentRow()]

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("页面(&P)"))
        for row, key in enumerate(self.page_keys):
            action = QAction(self.nav.item(row).text(), self)
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, k=key: self.enter_page(k))
            go_menu.addAction(action)
            self.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        guide = QAction(self.tr("用户指南"), self)
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        shortcuts = QAction(self.tr("快捷键一览"), self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self._show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("关于"), self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    def show_guide(self):
        path = guide_path()
        if path is None:
            QMessageBox.warning(self, self.tr("用户指南"), self.tr("找不到用户指南文件，本程序可能安装不完整。请重新安装。"))
            return None
        dialog = GuideDialog(path, self)
        dialog.show()
        return dialog

    def _show_shortcuts(self) -> None:
        lines = [self.tr("全局"), self.tr("Ctrl+1 … Ctrl+9：切换页面"), self.tr("F1：快捷键一览"),
                 self.tr("Ctrl+Q：退出"), "",
                 self.tr("指标填报"), self.tr("输入数字：填写；Enter：保存并下移；Tab：右移；Esc：取消；F2：编辑"),
                 self.tr("“-”或“不适用”：本月不适用；Del：清空为未填"),
                 self.tr("Ctrl+Z / Ctrl+Y：撤销 / 重做；Ctrl+PgUp / Ctrl+PgDn：上月 / 下月；Alt+M：选择月份"), "",
                 self.tr("台账"), self.tr("Ctrl+F：查找；Ctrl+N：新增记录；Enter 或双击：打开记录；Del：删除（须填原因）"),
                 self.tr("记录表单：Ctrl+S 保存；Ctrl+L 添加子记录（如服务记录）；Esc 关闭（有未保存的修改时先询问）")]
        QMessageBox.information(self, self.tr("快捷键一览"), "\n".join(lines))

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("关于"), self.tr("{0} {1}\n数据库：{2}").format(
            self.tr("街道民生台账"), __version__, self.session.path))
