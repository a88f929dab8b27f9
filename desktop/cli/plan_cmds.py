"""plan show: the plan installed in the database (or the shipped plan before any setup)."""
from __future__ import annotations

from desktop.paths import default_plan_path
from desktop.plan.loader import load_plan_file
from desktop.plan.report import plan_as_data, plan_as_text
from desktop.plan.store import active_plan

from .common import EXIT_OK, db_path, emit, open_existing


def register(sub) -> None:
    p = sub.add_parser("plan", help="计划：查看")
    psub = p.add_subparsers(dest="plan_command", metavar="操作", required=True)
    show = psub.add_parser("show", help="列出计划的领域、措施、指标、台账、街道和任务分解")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)


def cmd_show(args) -> int:
    if db_path(args).exists():
        db = open_existing(args)
        try:
            plan, note = active_plan(db), ""
        finally:
            db.close()
    else:
        plan, note = load_plan_file(default_plan_path()), "（尚未初始化数据库，以下为出厂计划）\n"
    emit(args, plan_as_data(plan), note + plan_as_text(plan))
    return EXIT_OK
