"""The command line over the same core as the window. One module per group of commands."""
from __future__ import annotations

import argparse

from desktop.system.window_args import DESCRIPTION, add_global_options

from . import (entry_cmds, feedback_cmds, key_cmds, maintenance_cmds, merge_cmds, plan_cmds, register_cmds, report_cmds,
               setup_cmds, submission_cmds, trust_cmds, user_cmds)

# Each module adds its subcommands; a new group of commands is one more line here.
COMMAND_GROUPS = [setup_cmds, plan_cmds, entry_cmds, register_cmds, key_cmds, submission_cmds, trust_cmds,
                  merge_cmds, report_cmds, feedback_cmds, user_cmds, maintenance_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="street-ledger", description=DESCRIPTION)
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser
