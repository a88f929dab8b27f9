"""The one entry point: ``street-ledger`` and ``python -m desktop``.

With a subcommand it runs headless and returns an exit status; without one it opens the
window (the Qt face is imported only then, so the core stays importable without a display).
"""
from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import sys

from db.errors import storage_error
from desktop.system import early_check
from desktop.system.console import make_output_safe
from desktop.errors import StorageError, UserError
from desktop.system.logs import setup_logging
from desktop.system.paths import chosen_db_path
from desktop.system.running import hold_running_mutex
from desktop.system.window_args import window_args

log = logging.getLogger(__name__)


def parsers_are_safe() -> bool:
    """openpyxl parses XML through defusedxml only when it is installed (and not switched off by
    OPENPYXL_DEFUSEDXML); we never run without it. Asked of openpyxl once it is loaded; before
    that by its own two conditions, so the window starts without importing it."""
    if "openpyxl" in sys.modules:
        return bool(getattr(sys.modules["openpyxl"], "DEFUSEDXML", False))
    return importlib.util.find_spec("defusedxml") is not None and os.environ.get("OPENPYXL_DEFUSEDXML", "True") == "True"


def _begin_integrity_check(args) -> None:
    if args.demo:
        return                  # the sample is made (or found) by the window itself
    try:
        path = chosen_db_path(args.db)
    except UserError:
        return                  # the window says so
    early_check.start(path)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    make_output_safe()
    hold_running_mutex()          # the installer waits while any of our programs runs
    log_path = setup_logging()
    if not parsers_are_safe():
        print("错误：缺少 defusedxml，无法安全读取 Excel 文件。请重新安装本程序。", file=sys.stderr)
        return 1
    args = window_args(argv)           # the window needs none of the command line's modules
    if args is None:
        from desktop.cli import build_parser
        args = build_parser().parse_args(argv)
    if args.self_test:
        return importlib.import_module("ui.self_test").run_self_test()
    if args.command is None:
        _begin_integrity_check(args)        # runs while the window's modules load
        return importlib.import_module("ui.app").run_gui(args)
    from desktop.cli.access import command_access
    from desktop.cli.common import EXIT_ERROR, EXIT_OK

    try:
        with command_access(args):
            status = args.func(args)
        if status == EXIT_OK and getattr(args, "pdf", None):     # export --pdf: Qt draws the paper copy
            return importlib.import_module("ui.paper_cli").write_from_command(args)
        return status
    except (UserError, StorageError) as exc:
        print("错误：" + " ".join(exc.message.split()), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug: one plain line for the user, the detail in the log
        plain = storage_error(exc)      # busy or full reached here untranslated: say it plainly
        if plain is not None:
            print("错误：" + plain.message, file=sys.stderr)
            return EXIT_ERROR
        log.exception("command %s failed", args.command)
        print(f"内部错误（{type(exc).__name__}）：{exc}。详细信息已写入日志 {log_path}", file=sys.stderr)
        return EXIT_ERROR
