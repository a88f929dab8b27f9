"""The options that open the window, without the command line's modules: starting the window
must not import every command (and openpyxl with them) that it never shows."""
from __future__ import annotations

import argparse

from desktop import __version__

DESCRIPTION = "街道民生台账 Street Ledger：不带子命令时打开窗口；子命令在命令行中运行。"


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"street-ledger {__version__}")
    parser.add_argument("--db", metavar="PATH", help="数据库文件（默认：用户数据文件夹中的 street-ledger.sqlite）")
    parser.add_argument("--demo", action="store_true", help="打开示例街道数据库（没有时自动生成）")
    parser.add_argument("--self-test", action="store_true",
                        help="自检：建临时数据库、加载计划、构建窗口、导出并校验报送表，通过则退出码为 0")
    parser.add_argument("--user", metavar="NAME",
                        help="登录用户名（默认：环境变量 STREET_LEDGER_USER；密码取自 STREET_LEDGER_PASSWORD）")


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """The parsed options when ``argv`` opens the window (or runs the self-test); None when it
    names a command or asks for help, which only the whole command line can answer."""
    if any(a in ("-h", "--help") for a in argv):
        return None
    parser = argparse.ArgumentParser(prog="street-ledger", description=DESCRIPTION, add_help=False)
    add_global_options(parser)
    args, rest = parser.parse_known_args(argv)
    if rest:
        return None
    args.command = None
    return args
