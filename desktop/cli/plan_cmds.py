"""plan show | export | import: the installed plan, its workbook, and a new plan version."""
from __future__ import annotations

from pathlib import Path

from desktop.errors import PlanError, UserError
from desktop.system.paths import default_plan_path
from desktop.plan.loader import load_plan_file
from desktop.plan.report import plan_as_data, plan_as_text
from desktop.plan.store import active_plan
from desktop.plan.workbook_export import export_plan
from desktop.plan.workbook_import import import_plan

from .common import EXIT_ERROR, EXIT_OK, db_path, emit, logged_in, opened, passphrase_from_env


def register(sub) -> None:
    p = sub.add_parser("plan", help="计划：查看、导出为工作簿、导入新版本")
    psub = p.add_subparsers(dest="plan_command", metavar="操作", required=True)
    show = psub.add_parser("show", help="列出计划的领域、措施、指标、台账、街道和任务分解")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)
    exp = psub.add_parser("export", help="把现行计划导出为工作簿（区里导出时用区里的密钥签名）")
    exp.add_argument("file", metavar="FILE", nargs="?", help="输出的 .xlsx 文件")
    exp.add_argument("--out", metavar="FILE", help="同 FILE")
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(func=cmd_export)
    imp = psub.add_parser("import", help="校验计划工作簿并安装为新版本计划（列出每处错误的工作表、行号和原因）")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="只校验，不安装")
    imp.add_argument("--trust-fingerprint", metavar="FP",
                     help="街道首次导入区里的计划时：电话核对后的区里密钥指纹")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import)


def cmd_show(args) -> int:
    if db_path(args).exists():
        with opened(args) as db:
            plan, note = active_plan(db), ""
    else:
        plan, note = load_plan_file(default_plan_path()), "（尚未初始化数据库，以下为出厂计划）\n"
    emit(args, plan_as_data(plan), note + plan_as_text(plan))
    return EXIT_OK


def cmd_export(args) -> int:
    out = args.file or args.out
    if not out:
        raise UserError("请指明输出文件：street-ledger plan export 计划.xlsx")
    with logged_in(args) as s:
        passphrase = passphrase_from_env("区里签名密钥口令：") if s.unit.is_district else None
        result = export_plan(s.db, s.plan, Path(out), user=s.user, passphrase=passphrase)
    data = {"file": str(result.path), "signed": result.signed, "fingerprint": result.fingerprint,
            "rows": result.row_counts}
    how = f"已用区里密钥签名（指纹 {result.fingerprint}）" if result.signed else "未签名（仅供查看）"
    emit(args, data, f"已导出计划工作簿 {result.path}，{how}")
    return EXIT_OK


def cmd_import(args) -> int:
    with logged_in(args) as s:
        db, user = s.db, s.user
        try:
            result = import_plan(db, Path(args.file), user=user, trust_fingerprint=args.trust_fingerprint,
                                 dry_run=args.dry_run)
        except PlanError as exc:
            return _report_errors(args, exc.problems)
    data = result.as_dict()
    if args.dry_run:
        text = f"计划工作簿无误：第{result.plan.version}版（现行第{result.previous_version}版），未安装（--dry-run）"
    else:
        text = f"已安装计划第{result.plan.version}版（原第{result.previous_version}版）：{result.plan.title}"
        if result.trusted_now:
            text += f"\n已信任区里签名密钥，指纹 {result.fingerprint}"
        if result.changes:
            text += "\n台账表结构变更：" + "；".join(result.changes)
    emit(args, data, text)
    return EXIT_OK


def _report_errors(args, problems: list[str]) -> int:
    """Every problem, one a line, and a non-zero exit: the district fixes its workbook in one go."""
    emit(args, {"status": "invalid", "errors": problems},
         f"计划工作簿有 {len(problems)} 处错误，未导入：\n" + "\n".join(f"  - {p}" for p in problems))
    return EXIT_ERROR
