"""feedback: the district's comments to an office (退回意见) and the office's answers (desktop.feedback)."""
from __future__ import annotations

from pathlib import Path

from desktop.feedback.answers import answer, received
from desktop.feedback.comments import from_csv, from_specs
from desktop.feedback.inbox import import_feedback
from desktop.feedback.status import sent_feedback
from desktop.feedback.statuses import state_label, verdict_label, verdict_labels
from desktop.feedback.write import write_feedback

from .common import EXIT_OK, emit, logged_in, passphrase_from_env


def register(sub) -> None:
    p = sub.add_parser("feedback", help="退回意见：区里写给街道（write），街道导入（import）、查看（list）、答复（answer）")
    fsub = p.add_subparsers(dest="feedback_command", metavar="操作", required=True)

    w = fsub.add_parser("write", help="区汇总：为一个街道的某月写带数字签名的退回意见（口令取自 STREET_LEDGER_PASSPHRASE）")
    w.add_argument("--office", required=True, metavar="CODE", help="街道代码，如 NHL")
    w.add_argument("--period", required=True, metavar="YYYY-MM")
    w.add_argument("--out", required=True, metavar="F.xlsx")
    w.add_argument("--comment", action="append", default=[], metavar="INDICATOR_ID:状态:文字",
                   help=f"对指标的意见，状态为 {verdict_labels()} 之一（可重复）")
    w.add_argument("--record", action="append", default=[], metavar="REGISTER:RECORD_NO:状态:文字",
                   help="对台账记录的意见，台账写编号或名称（可重复）")
    w.add_argument("--from", dest="from_csv", metavar="comments.csv", help="意见表（表头：指标或台账,记录编号,状态,意见）")
    w.add_argument("--json", action="store_true")
    w.set_defaults(func=cmd_write)

    i = fsub.add_parser("import", help="街道：导入区里发来的退回意见（须由本街道信任的区里密钥签名且未经改动）")
    i.add_argument("file", metavar="F.xlsx")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_import)

    ls = fsub.add_parser("list", help="街道：列出收到的意见及答复")
    ls.add_argument("--period", metavar="YYYY-MM")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    a = fsub.add_parser("answer", help="街道：答复一条意见（说明，或 --value 更正指标数值）")
    a.add_argument("id", type=int, metavar="ID", help="意见编号（feedback list 中的 id）")
    a.add_argument("--note", required=True, metavar="文字")
    a.add_argument("--value", metavar="V", help="更正后的本月数值")
    a.add_argument("--reason", metavar="文字", help="该月已导出时的修改原因（记入审计日志）")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_answer)


def cmd_write(args) -> int:
    with logged_in(args) as s:
        plan, office = s.plan, args.office.strip().upper()
        comments = from_specs(s.db, plan, office, args.comment, args.record)
        if args.from_csv:
            comments += from_csv(s.db, plan, office, Path(args.from_csv))
        result = write_feedback(s.db, Path(args.out), office, args.period, comments, user=s.user,
                                passphrase=passphrase_from_env())
    emit(args, {"file": str(result.path), "office": result.office, "period": result.period, "number": result.number,
                "based_on_revision": result.based_on_revision, "comments": result.comments,
                "needs_resubmit": result.needs_resubmit},
         f"已生成退回意见：{result.path}（{result.office_name} {result.period} 第{result.number}号，{result.comments} 条意见，"
         f"针对第{result.based_on_revision}版）" + ("\n报送情况将显示“退回待重报”，直至该街道报来新版本" if result.needs_resubmit else ""))
    return EXIT_OK


def cmd_import(args) -> int:
    with logged_in(args) as s:
        result = import_feedback(s.db, Path(args.file), user=s.user)
    text = (f"该文件已导入过（{result.period} 第{result.number}号），未作改动" if result.already else
            f"已导入{result.district_name}的退回意见：{result.period} 第{result.number}号，{len(result.comments)} 条意见。"
            "请在录入页和台账页逐条答复后导出下一版报送表")
    emit(args, {"period": result.period, "number": result.number, "comments": len(result.comments),
                "already": result.already}, text)
    return EXIT_OK


def _data(r) -> dict:
    return {"id": r.id, "period": r.period, "number": r.number, "seq": r.seq, "kind": r.kind, "target": r.target,
            "state": r.state, "text": r.text, "answer": r.answer, "corrected": r.corrected}


def cmd_list(args) -> int:
    with logged_in(args) as s:
        if s.unit.is_district:
            return _list_sent(args, s.db)
        items = received(s.db, args.period)
    lines = [f"[{r.id}] {r.period} 第{r.number}号第{r.seq}条 {r.target} {verdict_label(r.state)}：{r.text}"
             + (f" → 答复：{r.answer}" + (f"（更正值 {r.corrected}）" if r.corrected else "") if r.answered else " → 未答复")
             for r in items]
    emit(args, [_data(r) for r in items], "\n".join(lines) or "没有收到退回意见")
    return EXIT_OK


def _list_sent(args, db) -> int:
    """At the district: each feedback sent, where it stands, and the answers carried back."""
    out = []
    for s in sent_feedback(db, args.period):
        out.append({"office": s.office, "period": s.period, "number": s.number, "based_on_revision": s.based_on_revision,
                    "comments": s.comments, "state": s.state, "answers": s.answers})
    lines = [f"{d['office']} {d['period']} 第{d['number']}号（针对第{d['based_on_revision']}版，{d['comments']} 条）"
             f"{state_label(d['state']) or '仅确认'}" + (f"，已收到 {len(d['answers'])} 条答复" if d["answers"] else "") for d in out]
    emit(args, out, "\n".join(lines) or "还没有发出退回意见")
    return EXIT_OK


def cmd_answer(args) -> int:
    with logged_in(args) as s:
        r = answer(s.db, s.plan, s.unit, args.id, user=s.user, note=args.note, corrected=args.value,
                   reason=args.reason)
    emit(args, _data(r), f"已答复第{r.number}号第{r.seq}条意见；导出下一版报送表时答复随表报送")
    return EXIT_OK
