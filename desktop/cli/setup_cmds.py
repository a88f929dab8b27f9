"""init and demo: create an office or district database."""
from __future__ import annotations

import os

from desktop.demo.databases import DEMO_ADMIN, DEMO_PASSWORD, make_demo
from desktop.errors import UserError
from desktop.plan.loader import load_plan_file
from desktop.system.provision import initialise

from .common import EXIT_OK, db_path, emit, passphrase_from_env


def register(sub) -> None:
    p = sub.add_parser("init", help="新建数据库：街道（--office 代码）、区汇总（--district）或市汇总（--city）")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--office", metavar="CODE", help="街道代码，如 NHL（宁海路街道）")
    who.add_argument("--district", action="store_true", help="区汇总数据库")
    who.add_argument("--city", action="store_true", help="市汇总数据库：合并各区的汇总表（须给出 --code 和 --name）")
    p.add_argument("--code", metavar="C", help="区或市的代码，如 GL（市里据此区分各区）；区不写时为 DISTRICT")
    p.add_argument("--name", metavar="N", help="区或市的名称，如 鼓楼区；区不写时取计划的下达单位")
    p.add_argument("--admin", required=True, metavar="NAME", help="管理员用户名")
    p.add_argument("--plan", metavar="FILE", help="计划文件（默认：出厂计划）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="生成示例数据库（默认示例街道；--district 为区汇总）")
    p.add_argument("--district", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)


def cmd_init(args) -> int:
    password = os.environ.get("STREET_LEDGER_PASSWORD")
    if not password:
        raise UserError("请在环境变量 STREET_LEDGER_PASSWORD 中提供管理员密码（命令行上不接受密码）")
    if args.office and (args.code or args.name):
        raise UserError("--code 和 --name 用于区或市；街道的代码写在 --office 后，名称取自计划")
    plan = load_plan_file(args.plan) if args.plan else None
    result = initialise(db_path(args), district=args.district or args.city, city=args.city,
                        office_code=args.office or args.code, unit_name=args.name,
                        admin=args.admin, password=password, passphrase=passphrase_from_env(),
                        plan=plan, plan_source=args.plan)
    emit(args, {"db": str(result.path), "unit": result.unit.code, "name": result.unit.name,
                "fingerprint": result.fingerprint},
         f"已创建 {result.unit.name} 数据库：{result.path}\n签名密钥指纹：{result.fingerprint}")
    return EXIT_OK


def cmd_demo(args) -> int:
    path = db_path(args) if args.db else None
    result = make_demo(path, district=args.district)
    emit(args, {"db": str(result.path), "unit": result.unit.code, "admin": DEMO_ADMIN},
         f"已生成示例数据库：{result.path}（{result.unit.name}）\n"
         f"登录用户 {DEMO_ADMIN}，密码 {DEMO_PASSWORD}")
    return EXIT_OK
