"""verify (and, with the export feature, export): the signed monthly workbook."""
from __future__ import annotations

import json
import os
from pathlib import Path

from desktop.entry.rule_check import failing_rules
from desktop.errors import UserError
from desktop.exchange.export import SignOff, export_period
from desktop.exchange.office_verify import verify_own
from desktop.exchange.statuses import label
from desktop.plan.periods import check_in_plan
from desktop.unit import unit_of

from .common import EXIT_OK, EXIT_PARTIAL, emit, logged_in, opened, passphrase_from_env
from .merge_cmds import district_verify


def register(sub) -> None:
    p = sub.add_parser("export", help="导出某月的报送表（带数字签名；导出后该月关账）。本单位要求审核人确认时，"
                                      "审核人的密码取自 STREET_LEDGER_REVIEWER_PASSWORD")
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.add_argument("--out", metavar="F.xlsx", help="输出文件（默认：当前文件夹下「街道_月份_第N版.xlsx」）")
    p.add_argument("--filler", required=True, metavar="N", help="填报人")
    p.add_argument("--reviewer", required=True, metavar="N", help="审核人")
    p.add_argument("--head", required=True, metavar="N", help="单位负责人")
    p.add_argument("--phone", required=True, metavar="T", help="联系电话")
    p.add_argument("--pdf", metavar="F.pdf",
                   help="同时写出纸质版 PDF（封面和指标进度，供签字盖章），由签名后的报送表生成")
    p.add_argument("--explain", action="append", default=[], metavar="RULE_ID=TEXT",
                   help="未通过的审核公式的说明（可重复）；“必须”类审核公式未通过时必须写明说明才能导出")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("verify", help="校验报送表：街道库中看是否由本单位密钥签名；区汇总库中给出合并时的结论（不合并）")
    p.add_argument("files", nargs="+", metavar="F.xlsx")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)


def cmd_export(args) -> int:
    with logged_in(args) as s:
        result = export_period(s.db, s.plan, s.unit, s.user, check_in_plan(s.plan, args.period),
                               out=Path(args.out) if args.out else None,
                               sign_off=SignOff(args.filler, args.reviewer, args.head, args.phone),
                               passphrase=passphrase_from_env(),
                               reviewer_password=os.environ.get("STREET_LEDGER_REVIEWER_PASSWORD"),
                               explanations=explanations(args.explain))
        failing = failing_rules(s.db, s.plan, s.unit, result.period)
        args.written = (result.path, s.plan)        # for --pdf (desktop.main draws it with ui)
    rules = [{"rule": r.rule.id, "importance": r.rule.importance, "summary": r.summary,
              "message": r.rule.message} for r in failing]
    text = result.message if result.unchanged else f"{result.message}\nSHA-256：{result.digest}"
    text += "".join(f"\n审核公式未通过（{r['importance']}）：{r['summary']} — {r['message']}" for r in rules)
    emit(args, {"file": str(result.path), "period": result.period, "revision": result.revision,
                "digest": result.digest, "fingerprint": result.fingerprint, "rows": result.row_counts,
                "unchanged": result.unchanged, "message": result.message, "failing_rules": rules}, text)
    return EXIT_OK


def explanations(items: list[str]) -> dict[str, str]:
    """--explain R01=文字 (a full-width ＝ works too), one per rule."""
    out: dict[str, str] = {}
    for item in items:
        rule_id, sep, text = item.replace("＝", "=").partition("=")
        if not sep or not rule_id.strip():
            raise UserError(f"--explain {item!r} 应写成 审核公式编号=说明，例如 --explain R01=本月集中补录上年登记人员")
        if rule_id.strip() in out:
            raise UserError(f"审核公式 {rule_id.strip()} 的说明写了两次，请只写一次")
        out[rule_id.strip()] = text.strip()
    return out


def cmd_verify(args) -> int:
    with opened(args) as db:
        if unit_of(db).is_district:        # the district answers as merge would, merging nothing
            return district_verify(args, db)
        results = [verify_own(db, Path(f)) for f in args.files]
    if args.json:
        print(json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=2))
    else:
        for r in results:
            print(f"{r.file}：{label(r.status)}（{r.status}）— {r.reason}")
    return EXIT_OK if all(r.status == "verified" for r in results) else EXIT_PARTIAL
