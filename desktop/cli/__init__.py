"""The command line over the same core as the window. One module per group of commands."""
from __future__ import annotations

import argparse

from desktop import __version__

from . import (entry_cmds, feedback_cmds, key_cmds, maintenance_cmds, merge_cmds, plan_cmds, register_cmds, report_cmds,
               setup_cmds, submission_cmds, trust_cmds, user_cmds)

# Each module adds its subcommands; a new group of commands is one more line here.
COMMAND_GROUPS = [setup_cmds, plan_cmds, entry_cmds, register_cmds, key_cmds, submission_cmds, trust_cmds,
                  merge_cmds, report_cmds, feedback_cmds, user_cmds, maintenance_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="street-ledger",
        description="街道民生台账 Street Ledger：不带子命令时打开窗口；子命令在命令行中运行。",
    )
    parser.add_argument("--version", action="version", version=f"street-ledger {__version__}")
    parser.add_argument("--db", metavar="PATH", help="数据库文件（默认：用户数据文件夹中的 street-ledger.sqlite）")
    parser.add_argument("--demo", action="store_true", help="打开示例街道数据库（没有时自动生成）")
    parser.add_argument("--self-test", action="store_true",
                        help="自检：建临时数据库、加载计划、构建窗口、导出并校验报送表，通过则退出码为 0")
    parser.add_argument("--user", metavar="NAME",
                        help="登录用户名（默认：环境变量 STREET_LEDGER_USER；密码取自 STREET_LEDGER_PASSWORD）")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser
