"""The pages the navigation offers, in order. A feature adds its page here.

``units``: which kind of database shows the page ("office", "district" or both). A page
factory takes (session, main_window) and returns a QWidget; ``make_pages`` expands a spec with
``per_register`` into one page per register of the plan.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication

from desktop.security.roles import can



@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: Callable
    units: tuple[str, ...] = ("office", "district")
    per_register: bool = False
    permission: str | None = None      # hidden from users whose role lacks it (the core enforces it too)


def _lazy(module: str, cls: str, *, with_window: bool = True) -> Callable:
    """A factory that imports its page's module when the page is first shown: the window opens
    without loading what only other pages need (openpyxl, the merge core, the audit export)."""
    def build(session, window, **kw):
        from importlib import import_module
        page = getattr(import_module(f"{__name__}.{module}"), cls)
        return page(session, window, **kw) if with_window else page(session, **kw)
    return build


# The district pages import the merge core (workbook reading, signatures) only when first shown.
def _merge_page(session, window, **kw):
    from .merge_page import MergePage
    return MergePage(session, window)


def _submissions_page(session, window, **kw):
    from .submissions_page import SubmissionsPage
    return SubmissionsPage(session, window)


def _trust_page(session, window, **kw):
    from .trust_page import TrustPage
    return TrustPage(session, window)


def _dashboard(session, window, **kw):
    """The office's 工作台, or the district's over the merged offices and its own indicators."""
    if session.unit.role == "district":
        from .district_dashboard_page import DistrictDashboardPage
        return DistrictDashboardPage(session, window)
    from .dashboard_page import DashboardPage
    return DashboardPage(session, window)


PAGES: list[PageSpec] = [
    PageSpec("dashboard", lambda: QCoreApplication.translate("pages", "工作台"), _dashboard),
    PageSpec("entry", lambda: QCoreApplication.translate("pages", "指标填报"), _lazy("entry_page", "EntryPage"),
             permission="enter_data"),
    PageSpec("register", lambda: "", _lazy("register_page", "RegisterPage"),
             ("office",), per_register=True, permission="edit_registers"),
    PageSpec("export", lambda: QCoreApplication.translate("pages", "导出报送"), _lazy("export_page", "ExportPage"), ("office",),
             permission="export"),
    PageSpec("merge", lambda: QCoreApplication.translate("pages", "汇总合并"), _merge_page, ("district",),
             permission="merge"),
    PageSpec("submissions", lambda: QCoreApplication.translate("pages", "报送情况"), _submissions_page, ("district",)),
    PageSpec("trust", lambda: QCoreApplication.translate("pages", "信任密钥"), _trust_page, ("district",),
             permission="trust_keys"),
    PageSpec("keys", lambda: QCoreApplication.translate("pages", "签名密钥"), _lazy("key_page", "KeyPage"),
             permission="view_key"),
    PageSpec("plan", lambda: QCoreApplication.translate("pages", "计划与任务"), _lazy("plan_page", "PlanPage", with_window=False)),
    PageSpec("audit", lambda: QCoreApplication.translate("pages", "审计日志"), _lazy("audit_page", "AuditPage"),
             permission="view_audit"),
    PageSpec("settings", lambda: QCoreApplication.translate("pages", "设置"), _lazy("settings_page", "SettingsPage")),
]


def make_pages(session, window) -> list[tuple[str, str, Callable[[], object]]]:
    """(key, title, build) for every page this database shows, in navigation order. Pages are
    built when first shown, so the window opens without reading what nobody has looked at yet."""
    pages = []
    for spec in PAGES:
        if session.unit.role not in spec.units:
            continue
        if spec.permission and not can(session.user, spec.permission):
            continue
        if spec.per_register:
            for reg in session.plan.registers:
                pages.append((f"{spec.key}:{reg.id}", reg.name,
                              lambda spec=spec, reg=reg: spec.factory(session, window, register=reg)))
        else:
            pages.append((spec.key, spec.title(), lambda spec=spec: spec.factory(session, window)))
    return pages
