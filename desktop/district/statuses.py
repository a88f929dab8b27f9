"""The district's month-end words as codes: where an indicator stands against 序时进度 in the
report and the 通报 (its pace), and why an office is on the 催报 list (its chase state).

Codes are English and stable (``chase --json`` prints the chase state); labels are the Chinese
the report, the 通报, the chase list and the CLI text say, marked for translation (context
"status") for the window. Same shape as desktop.exchange.statuses and desktop.plan.statuses."""
from __future__ import annotations

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.plan.statuses import ERROR, OK, WARNING, Status

DONE_PACE, AHEAD, ON_PACE, SLOW = "done", "ahead", "on_pace", "slow"
NOT_REPORTED, NOT_FILLED, NO_TARGET = "not_reported", "not_filled", "no_target"
PACE_STATUSES: dict[str, Status] = {s.code: s for s in (
    Status(DONE_PACE, QT_TRANSLATE_NOOP("status", "已完成"), OK, QT_TRANSLATE_NOOP("status", "无需处理")),
    Status(AHEAD, QT_TRANSLATE_NOOP("status", "超序时"), OK, QT_TRANSLATE_NOOP("status", "无需处理")),
    Status(ON_PACE, QT_TRANSLATE_NOOP("status", "按序时"), OK, QT_TRANSLATE_NOOP("status", "无需处理")),
    Status(SLOW, QT_TRANSLATE_NOOP("status", "慢于序时"), ERROR,
           QT_TRANSLATE_NOOP("status", "督促滞后街道加快推进，并在通报中列出")),
    Status(NOT_REPORTED, QT_TRANSLATE_NOOP("status", "未报送"), WARNING,
           QT_TRANSLATE_NOOP("status", "按催报清单催报")),
    Status(NOT_FILLED, QT_TRANSLATE_NOOP("status", "未填"), WARNING, QT_TRANSLATE_NOOP("status", "请填写本月数值")),
    Status(NO_TARGET, QT_TRANSLATE_NOOP("status", "无目标"), OK, QT_TRANSLATE_NOOP("status", "无需处理")),
)}
PACES = tuple(PACE_STATUSES)        # the order the report's cover counts them in

MISSING, PENDING, LATE, REFUSED, CONFLICT = "missing", "pending", "late", "refused", "conflict"
CHASE_STATES: dict[str, Status] = {s.code: s for s in (
    Status(MISSING, QT_TRANSLATE_NOOP("status", "缺报"), ERROR, QT_TRANSLATE_NOOP("status", "电话催报")),
    Status(PENDING, QT_TRANSLATE_NOOP("status", "待报送"), WARNING, QT_TRANSLATE_NOOP("status", "提醒截止日期")),
    Status(LATE, QT_TRANSLATE_NOOP("status", "迟报"), WARNING, QT_TRANSLATE_NOOP("status", "提醒今后按时报送")),
    Status(REFUSED, QT_TRANSLATE_NOOP("status", "拒收"), ERROR, QT_TRANSLATE_NOOP("status", "请该街道重新导出")),
    Status(CONFLICT, QT_TRANSLATE_NOOP("status", "同版本冲突"), ERROR,
           QT_TRANSLATE_NOOP("status", "与该街道核实后，由其导出新版本")),
)}


def pace_label(code: str) -> str:
    try:
        return PACE_STATUSES[code].label
    except KeyError:
        raise ValueError(f"unknown pace {code!r}: add it to desktop.district.statuses") from None


def chase_label(code: str) -> str:
    try:
        return CHASE_STATES[code].label
    except KeyError:
        raise ValueError(f"unknown chase state {code!r}: add it to desktop.district.statuses") from None
