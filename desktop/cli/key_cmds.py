"""key show / key export / key passwd / key rotate: this unit's signing key."""
from __future__ import annotations

import os

from desktop.security import signing
from desktop.errors import UserError

from .common import EXIT_OK, emit, logged_in, passphrase_from_env


def register(sub) -> None:
    p = sub.add_parser("key", help="本单位签名密钥：查看指纹、导出公钥、修改口令、更换密钥")
    ksub = p.add_subparsers(dest="key_command", metavar="操作", required=True)
    show = ksub.add_parser("show", help="显示密钥指纹（可电话读给区里核对）")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)
    export = ksub.add_parser("export", help="把公钥导出为文本文件，交给区里")
    export.add_argument("--out", required=True, metavar="F.pub")
    export.add_argument("--json", action="store_true")
    export.set_defaults(func=cmd_export)
    passwd = ksub.add_parser("passwd", help="修改密钥口令（旧口令取自 STREET_LEDGER_PASSPHRASE，新口令取自 STREET_LEDGER_NEW_PASSPHRASE）")
    passwd.set_defaults(func=cmd_passwd)
    rotate = ksub.add_parser("rotate", help="更换新密钥（新公钥文件带有旧密钥签名的更换声明）")
    rotate.add_argument("--json", action="store_true")
    rotate.set_defaults(func=cmd_rotate)


def _new_passphrase() -> str:
    value = os.environ.get("STREET_LEDGER_NEW_PASSPHRASE")
    if not value:
        raise UserError("请在环境变量 STREET_LEDGER_NEW_PASSPHRASE 中提供新的密钥口令")
    return value


def cmd_show(args) -> int:
    with logged_in(args) as s:
        db = s.db
        key = signing.show_key(db, user=s.user)
    emit(args, {"unit": key.unit_code, "name": key.unit_name, "fingerprint": key.fingerprint,
                "created_at": key.created_at},
         f"{key.unit_name} 签名密钥\n指纹：{key.fingerprint}\n生成时间：{key.created_at}")
    return EXIT_OK


def cmd_export(args) -> int:
    with logged_in(args) as s:
        db, user = s.db, s.user
        out = signing.export_public_key(db, args.out, user=user)
        fingerprint = signing.active_key(db).fingerprint
    emit(args, {"file": str(out), "fingerprint": fingerprint}, f"已导出公钥：{out}\n指纹：{fingerprint}")
    return EXIT_OK


def cmd_passwd(args) -> int:
    with logged_in(args) as s:
        db, user = s.db, s.user
        signing.change_passphrase(db, passphrase_from_env("当前密钥口令："), _new_passphrase(), user=user)
    print("密钥口令已修改")
    return EXIT_OK


def cmd_rotate(args) -> int:
    with logged_in(args) as s:
        db, user = s.db, s.user
        key = signing.rotate(db, passphrase_from_env("当前密钥口令："), _new_passphrase(), user=user)
    emit(args, {"fingerprint": key.fingerprint, "created_at": key.created_at},
         f"已更换签名密钥，新指纹：{key.fingerprint}\n请用 key export 导出新公钥交给区里（文件中带有旧密钥签名的更换声明）")
    return EXIT_OK
