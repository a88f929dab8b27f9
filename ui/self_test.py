"""``street-ledger --self-test``: prove this build works end to end, frozen or not.

In temporary databases (an office and a district, never the user's own data): load the plan,
open every page of both units' windows and every dialog a page opens without a file, export a
signed workbook, verify it, render its paper copy, merge it at the district and build the
district report. Prints each step by name; exit 0, or 1 naming the first step that failed.

Marks are ASCII ("[OK]", "[FAIL]"): a Chinese console's code page (cp936) has no '✓'.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from ui import self_test_steps as steps


class StepFailed(Exception):
    pass


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="street-ledger-selftest-"))
    os.environ["STREET_LEDGER_HOME"] = str(work / "数据")   # never touch the user's own data
    opened: list = []
    try:
        _script(_Runner(opened), work)
    except StepFailed as failed:
        print(f"自检失败：{failed}", flush=True)
        return 1
    finally:
        for session in opened:
            session.close()
        shutil.rmtree(work, ignore_errors=True)
    print("自检通过", flush=True)
    return 0


class _Runner:
    """Runs one named step: an exception, or one raised inside a Qt slot meanwhile, fails it."""

    def __init__(self, opened: list):
        self.opened = opened

    def __call__(self, name: str, step, *args):
        slot_errors: list[BaseException] = []
        previous = sys.excepthook
        sys.excepthook = lambda _t, exc, _tb: slot_errors.append(exc)
        try:
            result = step(*args)
            steps.process_events()
            if slot_errors:
                raise slot_errors[0]
        except Exception as exc:  # report the step, never a bare traceback
            exc = slot_errors[0] if slot_errors else exc      # the cause, raised inside a slot
            print(f"[FAIL] {name}：{type(exc).__name__}: {exc}", flush=True)
            traceback.print_exception(exc, file=sys.stderr)
            raise StepFailed(name) from exc
        finally:
            sys.excepthook = previous
        value, detail = result if isinstance(result, tuple) else (result, "")
        print(f"[OK] {name}" + (f"：{detail}" if detail else ""), flush=True)
        if hasattr(value, "db") and hasattr(value, "close"):
            self.opened.append(value)
        return value


def _script(run: _Runner, work: Path) -> None:
    office = run("创建临时街道数据库", steps.create_office, work)
    clerk = run("登录街道数据库", steps.log_in, office, steps.OFFICE_ADMIN)
    run("启动界面", steps.make_application)
    window = run("构建街道主窗口", steps.build_window, clerk)
    _every_page_and_dialog(run, window, "街道", work)
    export = run("导出报送表（签名）", steps.export_month, clerk, work)
    run("本街道校验报送表", steps.verify_at_office, clerk, export)
    run("生成纸质版 PDF", steps.render_paper_copy, export, work)
    run("关闭街道主窗口", window.close)

    district = run("创建临时区汇总数据库", steps.create_district, work)
    supervisor = run("登录区汇总数据库", steps.log_in, district, steps.DISTRICT_ADMIN)
    run("信任街道公钥", steps.trust_office, supervisor, clerk, work)
    run("区里校验报送表", steps.verify_at_district, supervisor, export)
    run("合并报送表", steps.merge, supervisor, export)
    window = run("构建区汇总主窗口", steps.build_window, supervisor)
    _every_page_and_dialog(run, window, "区汇总", work)
    run("生成全区汇总表（签名）", steps.district_report, supervisor, work)
    run("关闭区汇总主窗口", window.close)


def _every_page_and_dialog(run: _Runner, window, unit: str, work: Path) -> None:
    for key, title in steps.pages(window):
        run(f"{unit}页面：{title}", steps.open_page, window, key)
    for title, make in steps.dialogs(window, work):
        run(f"{unit}对话框：{title}", steps.open_dialog, make)
