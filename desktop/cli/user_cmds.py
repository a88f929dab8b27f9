"""user add / list / passwd: the administrator manages who may log in."""
from __future__ import annotations

import os

from desktop.security.auth import ROLE_LABELS
from desktop.errors import UserError
from desktop.security.users import add_user, change_password, list_users, reset_password

from .common import EXIT_OK, emit, logged_in, opened


def register(sub) -> None:
    p = sub.add_parser("user", help="用户：添加、列出、修改密码（新密码取自 STREET_LEDGER_NEW_PASSWORD）")
    usub = p.add_subparsers(dest="user_command", metavar="操作", required=True)
    add = usub.add_parser("add", help="添加用户（须管理员登录）")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=sorted(ROLE_LABELS))
    add.set_defaults(func=cmd_add)
    lst = usub.add_parser("list", help="列出用户")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)
    pw = usub.add_parser("passwd", help="修改自己的密码；管理员给出用户名时为重置该用户的密码")
    pw.add_argument("name", nargs="?")
    pw.set_defaults(func=cmd_passwd)


def _new_password() -> str:
    value = os.environ.get("STREET_LEDGER_NEW_PASSWORD")
    if not value:
        raise UserError("请在环境变量 STREET_LEDGER_NEW_PASSWORD 中提供新密码（命令行上不接受密码）")
    return value


def cmd_add(args) -> int:
    with logged_in(args) as s:
        db = s.db
        add_user(db, s.user, args.name, args.role, _new_password())
    print(f"已添加用户 {args.name}（{ROLE_LABELS[args.role]}）")
    return EXIT_OK


def cmd_list(args) -> int:
    with opened(args) as db:
        users = list_users(db)
    emit(args, users, "\n".join(f"{u['name']}\t{ROLE_LABELS.get(u['role'], u['role'])}"
                                + ("" if u["active"] else "\t（已停用）") for u in users))
    return EXIT_OK


def cmd_passwd(args) -> int:
    with logged_in(args) as s:
        db, user = s.db, s.user
        if args.name and args.name != user.name:
            reset_password(db, user, args.name, _new_password())
        else:
            change_password(db, user, os.environ.get("STREET_LEDGER_PASSWORD", ""), _new_password())
    print("密码已修改")
    return EXIT_OK
