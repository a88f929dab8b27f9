"""check and backup: is the file sound, and keep a copy of it."""
from __future__ import annotations

from pathlib import Path

from desktop.security import audit_anchor
from desktop.system import backups
from desktop.errors import UserError

from .common import EXIT_ERROR, EXIT_OK, db_path, emit, logged_in, opened


def register(sub) -> None:
    p = sub.add_parser("check", help="检查数据库完好（quick_check）、审计日志链及其外部凭证（已签名报送表、备份）")
    p.add_argument("--anchor", metavar="PATH", nargs="*", default=[],
                   help="另外比对的报送表（.xlsx）、备份（.sqlite）或其所在文件夹")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("backup", help="备份数据库（SQLite 在线备份，文件名含时间；保留最近 14 天和 12 个月）")
    p.add_argument("--to", metavar="DIR", help="备份文件夹（默认：设置中的备份文件夹，或数据库旁的 backups）")
    p.add_argument("--list", action="store_true", help="列出已有备份")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="用备份替换数据库（先校验备份并另存当前数据库；须管理员登录）")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_restore)


def cmd_check(args) -> int:
    with opened(args) as db:   # runs quick_check and refuses a damaged file; puts back missing triggers
        result = audit_anchor.check(db, db_path(args), [Path(p) for p in args.anchor])
    data = {"db": str(db_path(args)), "quick_check": "ok", "audit_chain": "ok" if result.ok else "problem",
            "audit": result.as_dict()}
    if not result.ok and not getattr(args, "json", False):
        raise UserError(audit_anchor.summary(result))
    emit(args, data, f"数据库完好：{db_path(args)}（quick_check 通过，{audit_anchor.summary(result)}）")
    return EXIT_OK if result.ok else EXIT_ERROR


def cmd_backup(args) -> int:
    path = db_path(args)
    with logged_in(args) as s:      # a backup holds every ID in full: never without a login
        db, user = s.db, s.user
        folder = Path(args.to) if args.to else backups.folder_for(db, path)
        if args.list:
            found = backups.list_backups(folder, path.stem)
            emit(args, [{"file": str(b.path), "taken_at": b.taken_at.isoformat(timespec="seconds"),
                         "bytes": b.size, "label": b.label} for b in found],
                 "\n".join(f"{b.taken_at:%Y年%m月%d日 %H:%M}  {b.size:>12,} 字节  {b.path}" for b in found)
                 or f"{folder} 中还没有备份")
            return EXIT_OK
        target = backups.take_manual(db, path, user=user, folder=folder)
    emit(args, {"backup": str(target), "bytes": target.stat().st_size},
         f"已备份到 {target}（{target.stat().st_size:,} 字节）")
    return EXIT_OK


def cmd_restore(args) -> int:
    path = db_path(args)
    with logged_in(args) as s:
        user, unit = s.user, s.unit.code
    safety = backups.restore(path, Path(args.file), user=user, expected_unit=unit)
    emit(args, {"restored": str(args.file), "previous_saved_as": str(safety)},
         f"已用 {args.file} 恢复数据库；恢复前的数据库已另存为 {safety}")
    return EXIT_OK
