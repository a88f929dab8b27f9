"""``street-ledger --self-test``: prove this build works end to end, frozen or not.

Creates a temporary office database, loads the plan, builds the main window offscreen, exports
a small signed workbook and verifies it. Prints each step; exit 0, or 1 naming the failing step.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

PASSWORD, PASSPHRASE = "selftest2023", "selftest-key-1"


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="street-ledger-selftest-"))
    os.environ["STREET_LEDGER_HOME"] = str(work / "数据")   # never touch the user's own data
    state: dict = {}
    steps = [("创建临时街道数据库", _create), ("加载计划", _load_plan), ("构建主窗口", _build_window),
             ("导出并校验报送表", _export_and_verify)]
    try:
        for name, step in steps:
            try:
                detail = step(work, state)
            except Exception as exc:  # report the step, never a bare traceback
                print(f"✗ {name}：{type(exc).__name__}: {exc}", flush=True)
                traceback.print_exc(file=sys.stderr)
                return 1
            print(f"✓ {name}" + (f"：{detail}" if detail else ""), flush=True)
        print("自检通过", flush=True)
        return 0
    finally:
        if "db" in state:
            state["db"].close()
        shutil.rmtree(work, ignore_errors=True)


def _create(work: Path, state: dict) -> str:
    from desktop.provision import initialise

    result = initialise(work / "自检街道.sqlite", district=False, office_code="NHL", admin="自检",
                        password=PASSWORD, passphrase=PASSPHRASE)
    state["path"] = result.path
    return result.unit.name


def _load_plan(work: Path, state: dict) -> str:
    from db.schema import open_database
    from desktop.auth import login
    from desktop.session import Session

    db = state["db"] = open_database(state["path"])
    state["session"] = Session.start(state["path"], db, login(db, "自检", PASSWORD))
    plan = state["session"].plan
    return f"{plan.title}，{len(plan.indicators)} 项指标"


def _build_window(work: Path, state: dict) -> str:
    from ui.app import make_app
    from ui.main_window import MainWindow

    state["app"] = make_app()
    window = MainWindow(state["session"])
    window.show()
    state["app"].processEvents()
    pages = window.nav.count()
    window.close()
    return f"{pages} 个页面"


def _export_and_verify(work: Path, state: dict) -> str:
    from desktop.export import SignOff, export_period
    from desktop.office_verify import verify_own

    s = state["session"]
    result = export_period(s.db, s.plan, s.unit, s.user, f"{s.plan.year}-03", folder=work,
                           sign_off=SignOff("自检", "自检", "自检", "000"), passphrase=PASSPHRASE)
    status = verify_own(s.db, result.path)
    if status.status != "verified":
        raise RuntimeError(status.reason)
    return result.path.name
