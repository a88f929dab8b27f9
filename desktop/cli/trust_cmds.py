"""trust add / list / revoke: the district's trust store of office keys (supervisor only)."""
from __future__ import annotations

from desktop.security import trust

from .common import EXIT_OK, emit, logged_in


def register(sub) -> None:
    p = sub.add_parser("trust", help="信任密钥（区汇总）：导入街道公钥、查看、吊销")
    tsub = p.add_subparsers(dest="trust_command", metavar="操作", required=True)
    add = tsub.add_parser("add", help="导入街道公钥文件并绑定到该街道（文件中的单位代码须与 --office 一致）")
    add.add_argument("key_file", metavar="F.pub")
    add.add_argument("--office", metavar="CODE", help="街道代码；带有效更换声明的新公钥可省略")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add)
    lst = tsub.add_parser("list", help="列出信任的密钥：指纹、街道、导入时间、使用次数、是否吊销")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)
    rev = tsub.add_parser("revoke", help="吊销密钥（--cutoff 日期起区里收到的文件不再接受；不写则全部不再接受）")
    rev.add_argument("fingerprint", metavar="FINGERPRINT")
    rev.add_argument("--cutoff", metavar="YYYY-MM-DD")
    rev.add_argument("--json", action="store_true")
    rev.set_defaults(func=cmd_revoke)


def _line(k: trust.TrustedKey) -> str:
    state = (f"已吊销（{k.revoked_at[:10]}" + (f"，{k.revoke_cutoff} 起收到的文件不接受）" if k.revoke_cutoff else "）")
             if k.revoked else f"已停用（{k.retired_at[:10]} 被新密钥取代，此后收到的文件不接受）" if k.retired else "有效")
    return (f"{k.unit_name}（{k.unit_code}）  {k.fingerprint}\n"
            f"    {trust.HOW_LABELS[k.how]}，{k.added_at[:10]} 由 {k.added_by} 导入；使用 {k.use_count} 次"
            f"{'，最近 ' + k.last_used_at[:10] if k.last_used_at else ''}；{state}")


def cmd_add(args) -> int:
    with logged_in(args) as s:
        db, user = s.db, s.user
        key = trust.add_key_file(db, args.key_file, args.office, user=user)
    emit(args, key.as_dict(), f"已信任 {key.unit_name}（{key.unit_code}）的密钥（{trust.HOW_LABELS[key.how]}）\n"
                              f"指纹：{key.fingerprint}")
    return EXIT_OK


def cmd_list(args) -> int:
    with logged_in(args) as s:
        db = s.db
        rows = trust.list_keys(db)
    emit(args, [k.as_dict() for k in rows], "\n".join(_line(k) for k in rows) or "信任库中还没有密钥")
    return EXIT_OK


def cmd_revoke(args) -> int:
    with logged_in(args) as s:
        db, user = s.db, s.user
        key = trust.revoke(db, args.fingerprint, args.cutoff, user=user)
    emit(args, key.as_dict(), "已吊销：" + _line(key))
    return EXIT_OK
