"""register list | import | export: the registers of this office from the command line."""
from __future__ import annotations

from pathlib import Path

from desktop.plan.store import active_plan
from desktop.unit import unit_of
from desktop.registers.error_book import write_error_workbook
from desktop.registers.export import export_register
from desktop.registers.importer import open_source, run_import
from desktop.registers.records import count_records, find_register
from desktop.registers.schema import ensure_tables

from .common import EXIT_OK, EXIT_PARTIAL, emit, logged_in, opened


def register(sub) -> None:
    p = sub.add_parser("register", help="台账：列出、导入、导出")
    psub = p.add_subparsers(dest="register_command", metavar="操作", required=True)
    lst = psub.add_parser("list", help="列出台账及本街道的记录数")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)
    imp = psub.add_parser("import", help="从 Excel（.xlsx/.xls）或 CSV 导入台账记录")
    imp.add_argument("name", metavar="NAME", help="台账代码（unemployed/elderly/parking）或中文名称")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--errors", metavar="OUT.xlsx", help="把未导入的行及原因写入此工作簿")
    imp.add_argument("--on-duplicate", choices=("skip", "update"), default="skip",
                     help="与台账中已有记录重复时：skip 跳过（默认），update 用文件中的值更新")
    imp.add_argument("--reason", metavar="T",
                     help="修改原因：导入的记录会改变已导出报送月份的数字时必填（记入审计日志，该月须重新导出）")
    imp.add_argument("--confirm-name-changes", action="store_true",
                     help="更新时允许改变已有记录的姓名（默认不更新这样的行，写入未导入工作簿）")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import)
    exp = psub.add_parser("export", help="把台账导出为 .xlsx")
    exp.add_argument("name", metavar="NAME")
    exp.add_argument("--out", metavar="FILE", required=True)
    exp.set_defaults(func=cmd_export)


def cmd_list(args) -> int:
    with opened(args) as db:
        plan, unit = active_plan(db), unit_of(db)
        ensure_tables(db, plan)
        data = [{"id": r.id, "name": r.name, "records": count_records(db, r, unit.code),
                 "fields": [f.label for f in r.fields], "logs": [lg.name for lg in r.logs]}
                for r in plan.registers]
    text = "\n".join(f"{d['id']}\t{d['name']}\t{d['records']} 条" for d in data)
    emit(args, data, text)
    return EXIT_OK


def cmd_import(args) -> int:
    with logged_in(args) as s:       # the session brings the plan's register tables up to date
        register = find_register(s.plan, args.name)
        source = open_source(Path(args.file), register)
        result = run_import(s.db, s.plan, register, s.unit.code, source, user=s.user, on_duplicate=args.on_duplicate,
                            exported_reason=args.reason, confirmed=args.confirm_name_changes)
        errors_path = None
        if args.errors and result.problems:
            errors_path = str(write_error_workbook(s.db, args.errors, source, result, user=s.user, register=register))
    data = {"register": register.id, "file": args.file, "total": result.total, "imported": result.imported,
            "updated": result.updated, "rejected": result.rejected, "duplicated": result.duplicated,
            "errors_file": errors_path,
            "problems": [{"row": p.row_number, "reason": p.reason, "duplicate": p.duplicate}
                         for p in result.problems]}
    lines = [f"{register.name}：{result.summary()}"]
    lines += [f"  第 {p.row_number} 行：{p.reason}" for p in result.problems[:50]]
    if len(result.problems) > 50:
        lines.append(f"  ……另有 {len(result.problems) - 50} 行")
    if errors_path:
        lines.append(f"未导入的行及原因已写入 {errors_path}")
    emit(args, data, "\n".join(lines))
    return EXIT_OK if result.complete else EXIT_PARTIAL


def cmd_export(args) -> int:
    with logged_in(args) as s:
        register = find_register(s.plan, args.name)
        count = export_register(s.db, s.plan, register.id, s.unit.code, Path(args.out), user=s.user)
    print(f"已导出{register.name} {count} 条记录到 {args.out}")
    return EXIT_OK
