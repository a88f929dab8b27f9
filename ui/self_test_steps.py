"""The steps of ``--self-test`` (ui/self_test.py runs them in order and names each).

Each step drives the same core functions and widgets a clerk or supervisor uses; a step returns
its value, or (value, detail) for the line it prints."""
from __future__ import annotations

from pathlib import Path

from desktop.exchange.statuses import MERGED, VERIFIED

PASSWORD, PASSPHRASE = "selftest2023", "selftest-key-1"
OFFICE_ADMIN, DISTRICT_ADMIN = "自检", "自检区汇总"


def process_events() -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.processEvents()


def create_office(work: Path):
    from desktop.system.provision import initialise

    result = initialise(work / "自检街道.sqlite", district=False, office_code="NHL", admin=OFFICE_ADMIN,
                        password=PASSWORD, passphrase=PASSPHRASE)
    return result.path, result.unit.name


def create_district(work: Path):
    from desktop.system.provision import initialise

    result = initialise(work / "自检区汇总.sqlite", district=True, office_code=None, admin=DISTRICT_ADMIN,
                        password=PASSWORD, passphrase=PASSPHRASE)
    return result.path, result.unit.name


def log_in(path: Path, user: str):
    from desktop.session import Session

    session = Session.log_in(path, user, PASSWORD)
    return session, f"{session.plan.title}，{len(session.plan.indicators)} 项指标"


def make_application():
    from ui.app import make_app

    return make_app()


def build_window(session):
    from ui.main_window import MainWindow

    window = MainWindow(session)
    window.show()
    return window, f"{window.nav.count()} 个页面"


def pages(window) -> list[tuple[str, str]]:
    return [(key, window.nav.item(row).text()) for row, key in enumerate(window.page_keys)]


def open_page(window, key: str):
    """Open the page as a click on the navigation does, and check it is the page, not a stand-in."""
    window.show_page(key)
    process_events()
    page = window.page_widget(key)        # builds it if the click's slot did not (and raises why)
    if window.stack.currentWidget() is not page:
        raise RuntimeError(f"页面 {key} 未显示")
    return page, type(page).__name__


def dialogs(window, work: Path) -> list[tuple[str, object]]:
    """Every dialog a page of this window opens without a file, as (title, factory)."""
    from desktop.security.users import active_user_names
    from desktop.system.paths import default_plan_path
    from desktop.plan.loader import load_plan_file
    from ui.login import LoginDialog
    from ui.password_dialog import ChangePasswordDialog
    from ui.wizard import SetupWizard

    s = window.session
    found = [("用户指南", lambda: _guide(window)),
             ("登录", lambda: LoginDialog(s.db, s.unit.name, active_user_names(s.db), window)),
             ("修改密码", lambda: ChangePasswordDialog(s, window)),
             ("设置向导", lambda: SetupWizard(work / "向导.sqlite", load_plan_file(default_plan_path()), window))]
    if s.unit.role == "office":
        from ui.pages.feedback_inbox_dialog import FeedbackInboxDialog
        from ui.registers.record_dialog import RecordDialog

        found += [(f"新增记录（{reg.name}）", lambda reg=reg: RecordDialog(s, reg, None, window))
                  for reg in s.plan.registers]
        found += [("退回意见", lambda: FeedbackInboxDialog(s, f"{s.plan.year}-03", window))]
    else:
        from desktop.security import signing
        from ui.pages.feedback_dialog import FeedbackDialog
        from ui.pages.key_confirm_dialog import KeyConfirmDialog
        from ui.pages.month_end_dialog import MonthEndDialog
        from ui.pages.revoke_dialog import RevokeDialog

        fp = signing.active_key(s.db).fingerprint
        office = s.plan.offices[0]
        found += [("核对密钥指纹", lambda: KeyConfirmDialog(window, offices=[(office.code, office.name)],
                                                      office=office.code, fingerprint=fp)),
                  ("吊销密钥", lambda: RevokeDialog(window, office=office.code, fingerprint=fp)),
                  ("生成全区汇总表", lambda: MonthEndDialog(s, window)),
                  ("写退回意见", lambda: FeedbackDialog(s, office.code, office.name, f"{s.plan.year}-03", window))]
    return found


def _guide(window):
    import re

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from desktop.system.guide import guide_path
    from ui.guide_dialog import GuideDialog

    path = guide_path()
    if path is None:
        raise RuntimeError("用户指南未随程序安装")
    dialog = GuideDialog(path, window)
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", path.read_text(encoding="utf-8"))
    missing = [name for name in images if not dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource,
                                                                          QUrl(name))]
    if not images or missing:
        raise RuntimeError(f"用户指南缺少插图：{'、'.join(missing) or '无'}")
    return dialog


def open_dialog(make):
    dialog = make()
    dialog.show()
    process_events()
    if not dialog.isVisible():
        raise RuntimeError("对话框未显示")
    title = dialog.windowTitle()
    dialog.close()
    dialog.deleteLater()
    return None, title


def export_month(session, work: Path):
    from desktop.exchange.export import SignOff, export_period

    result = export_period(session.db, session.plan, session.unit, session.user, f"{session.plan.year}-03",
                           folder=work, sign_off=SignOff("自检", "自检", "自检", "000"), passphrase=PASSPHRASE)
    return result.path, result.path.name


def _require(status, wanted: tuple[str, ...]) -> str:
    if status.status not in wanted:
        raise RuntimeError(f"{status.status}：{status.reason}")
    return status.status


def verify_at_office(session, path: Path):
    from desktop.exchange.office_verify import verify_own

    return None, _require(verify_own(session.db, path), (VERIFIED,))


def render_paper_copy(workbook: Path, work: Path):
    # through the module `export --pdf` reaches by name, so the frozen bundle proves it has it
    from importlib import import_module
    from types import SimpleNamespace

    pdf = work / "纸质版.pdf"
    import_module("ui.paper_cli").write_from_command(SimpleNamespace(written=(workbook, None), pdf=str(pdf)))
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("纸质版不是 PDF 文件")
    return pdf, f"{pdf.stat().st_size:,} 字节"


def trust_office(district, office, work: Path):
    from desktop.security import signing, trust

    key_file = signing.export_public_key(office.db, work / "街道公钥.pub", user=office.user)
    added = trust.add_key_file(district.db, key_file, office.unit.code, user=district.user)
    return None, added.fingerprint


def verify_at_district(district, path: Path):
    from desktop.exchange.merge import verify_files

    return None, _require(verify_files(district.db, [path])[0], (VERIFIED,))


def merge(district, path: Path):
    from desktop.exchange.merge import merge_files

    return None, _require(merge_files(district.db, [path], user=district.user)[0], (MERGED,))


def district_report(district, work: Path):
    from desktop.district.report import make_report
    from desktop.exchange.export import SignOff

    result = make_report(district.db, work / "全区汇总.xlsx", f"{district.plan.year}-03", user=district.user,
                         passphrase=PASSPHRASE, sign_off=SignOff("自检", "自检", "自检", "000"))
    return result.path, result.path.name
