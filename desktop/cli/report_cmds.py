"""report, bulletin and chase: the district's month end (desktop.district)."""
from __future__ import annotations

from pathlib import Path

from desktop.district.bulletin import draft
from desktop.district.bulletin_docx import write_bulletin
from desktop.district.chase import chase_list, chase_text, write_chase_workbook
from desktop.district.level_words import words_for
from desktop.district.report import make_report
from desktop.district.statuses import DONE_PACE, SLOW
from desktop.exchange.export import SignOff

from .common import EXIT_OK, emit, logged_in, passphrase_from_env


def register(sub) -> None:
    p = sub.add_parser("report", help="区汇总：生成带数字签名的全区汇总表（口令取自 STREET_LEDGER_PASSPHRASE；内容未变时不生成新版本）")
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.add_argument("--out", required=True, metavar="F.xlsx")
    for flag, label in (("--filler", "填报人"), ("--reviewer", "审核人"), ("--head", "单位负责人"), ("--phone", "联系电话")):
        p.add_argument(flag, default="", metavar="N", help=f"封面{label}")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("bulletin", help="区汇总：生成本月为民工程推进情况通报（Word 草稿）")
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.add_argument("--out", metavar="F.docx", help="保存 Word 文件（可与 --text 同用）")
    p.add_argument("--text", action="store_true", help="把通报全文打印出来")
    p.set_defaults(func=cmd_bulletin)

    p = sub.add_parser("chase", help="区汇总：催报清单（缺报、迟报、拒收、同版本冲突及需要做什么）")
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.add_argument("--out", metavar="F.xlsx", help="另存为工作簿")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_chase)


def cmd_report(args) -> int:
    with logged_in(args) as s:
        sign_off = SignOff(args.filler, args.reviewer, args.head, args.phone)
        result = make_report(s.db, args.out, args.period, user=s.user, passphrase=passphrase_from_env(),
                             sign_off=sign_off)
    data = {"file": str(result.path), "revision": result.revision, "digest": result.digest,
            "fingerprint": result.fingerprint, "offices_reporting": result.offices_reporting,
            "unchanged": result.unchanged}
    if result.unchanged:
        text = (f"内容与第{result.revision}版相同，未生成新版本；第{result.revision}版仍然有效：{result.path}")
    else:
        text = (f"已生成汇总表：{result.path}（第{result.revision}版，本月报送街道 {result.offices_reporting} 个）\n"
                f"签名密钥指纹：{result.fingerprint}")
    emit(args, data, text)
    return EXIT_OK


def cmd_bulletin(args) -> int:
    with logged_in(args) as s:
        bulletin = draft(s.db, args.period, user=s.user)
    if args.out:
        path = write_bulletin(bulletin, Path(args.out))
        if not args.text:
            print(f"已生成通报草稿：{path}（已完成 {bulletin.counts[DONE_PACE]} 项，慢于序时 {bulletin.counts[SLOW]} 项）")
    if args.text or not args.out:
        print(bulletin.text(), end="")
    return EXIT_OK


def cmd_chase(args) -> int:
    with logged_in(args) as s:
        items, unit = chase_list(s.db, s.plan, args.period, user=s.user), s.unit
    if args.out:
        write_chase_workbook(Path(args.out), items, args.period, unit.name)
    text = chase_text(items, args.period, words_for(unit)) + (f"\n已保存：{args.out}" if args.out else "")
    emit(args, [i.as_data() for i in items], text)
    return EXIT_OK
