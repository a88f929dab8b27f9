"""entry set / entry show: a month's figures from the command line, over the same core."""
from __future__ import annotations

import argparse

from desktop.entry.service import EntryService
from desktop.entry.rows import row_as_data
from desktop.entry.values import display
from desktop.plan.formatting import percent, quantity
from desktop.plan.periods import check_in_plan, label
from desktop.plan.statuses import progress_label

from .common import EXIT_OK, emit, logged_in

SET_HELP = """\
填写一个指标某月的数值（与窗口中相同的校验；修改已导出的月份须用 --reason 说明原因）。
--value 可以是：数字（0 也是数字）；“不适用”、“-” 或 na（本月不适用，不算未填）；
空字符串 ""（清空为未填）。节点任务填 未启动、推进中 或 已完成（也可写 0、1、2），
完成日期用 --date YYYY-MM-DD，或写在状态后面，如 --value "已完成 2023-06-30"。
数值异常（超过本单位月中位数 3 倍，或累计超过全年任务 2 倍）时须用 --note 写明说明。"""


def register(sub) -> None:
    p = sub.add_parser("entry", help="指标填报：填写、查看某月各项指标")
    esub = p.add_subparsers(dest="entry_command", metavar="操作", required=True)
    s = esub.add_parser("set", help="填写一个指标某月的数值", description=SET_HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("--period", required=True, metavar="YYYY-MM", help="月份，如 2023-03")
    s.add_argument("--indicator", required=True, metavar="ID", help="指标编号（见 entry show）")
    s.add_argument("--value", required=True, metavar="V", help="数值、不适用/na、\"\"（清空）或节点状态")
    s.add_argument("--date", metavar="YYYY-MM-DD", help="节点任务的完成日期")
    s.add_argument("--note", metavar="T", help="说明（数值异常时必填；不写则保留原说明）")
    s.add_argument("--reason", metavar="T", help="修改原因（月份已导出报送时必填，记入审计日志）")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_set)
    sh = esub.add_parser("show", help="列出某月各项指标：本月、累计、目标、完成率、序时进度、状态")
    sh.add_argument("--period", required=True, metavar="YYYY-MM", help="月份，如 2023-03")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=cmd_show)


def _service(s) -> EntryService:
    return EntryService(s.db, s.plan, s.unit, s.user)


def cmd_set(args) -> int:
    with logged_in(args) as s:
        service = _service(s)
        check_in_plan(service.plan, args.period)
        change = service.set_text(args.indicator, args.period, args.value, note=args.note,
                                  reason=args.reason, done_on=args.date)
        row = service.row(args.indicator, args.period)
    ind = row.indicator
    data = {"period": args.period, "indicator": ind.id, "old": display(change.old),
            "new": display(change.new), **row_as_data(row)}
    emit(args, data, f"已保存：{label(args.period)}「{ind.name}」{data['old'] or '（空）'} → "
                     f"{data['new'] or '（空）'}；累计 {quantity(row.ytd, ind.unit) or '—'}，状态 {progress_label(row.status)}")
    return EXIT_OK


def cmd_show(args) -> int:
    with logged_in(args) as s:
        service = _service(s)
        rows = service.rows(args.period)
        closed = service.is_closed(args.period)
    data = {"period": args.period, "closed": closed, "indicators": [row_as_data(r) for r in rows]}
    lines = [f"{label(args.period)}{'（已导出报送）' if closed else ''}"]
    for r in rows:
        ind = r.indicator
        lines.append(f"{ind.id:<22} {ind.name}：本月 {display(r.month) or '未填'}"
                     f"｜累计 {quantity(r.ytd, ind.unit) or '—'}｜目标 {quantity(r.target, ind.unit) or '—'}"
                     f"｜完成 {percent(r.completion) or '—'}｜序时 {percent(r.elapsed)}｜{progress_label(r.status)}")
    emit(args, data, "\n".join(lines))
    return EXIT_OK
