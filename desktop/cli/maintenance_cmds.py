"""check and backup: is the file sound, and keep a copy of it."""
from __future__ import annotations

from pathlib import Path

from db import audit
from db.backup import backup_to
from db.schema import backups_folder
from desktop.errors import UserError

from .common import EXIT_OK, db_path, emit, open_existing


def register(sub) -> None:
    p = sub.add_parser("check", help="检查数据库完好（quick_check）和审计日志链")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("backup", help="备份数据库（SQLite 在线备份，文件名含时间）")
    p.add_argument("--to", metavar="DIR", help="备份文件夹（默认：数据库旁的 backups 文件夹）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup)


def cmd_check(args) -> int:
    db = open_existing(args)   # runs quick_check and refuses a damaged file
    try:
        broken = audit.verify_chain(db)
    finally:
        db.close()
    if broken is not None:
        raise UserError(f"审计日志第 {broken} 条记录与前后记录的校验链不符：日志可能被改动过")
    emit(args, {"db": str(db_path(args)), "quick_check": "ok", "audit_chain": "ok"},
         f"数据库完好：{db_path(args)}（quick_check 通过，审计日志链完整）")
    return EXIT_OK


def cmd_backup(args) -> int:
    path = db_path(args)
    db = open_existing(args)
    try:
        folder = Path(args.to) if args.to else backups_folder(path)
        target = backup_to(db.conn, folder, path.stem, "manual")
    finally:
        db.close()
    emit(args, {"backup": str(target), "bytes": target.stat().st_size},
         f"已备份到 {target}（{target.stat().st_size:,} 字节）")
    return EXIT_OK
