"""Read the plan workbook's sheets back into a plan, collecting every problem with its sheet and row.

The sheets become the same data a plan file holds, each item tagged with where it came from,
and then go through the one plan validation (``loader.plan_from_dict``): the workbook adds no
rules of its own beyond reading its cells. Columns are found by their header, so a supervisor
who moves a column in Excel does not break the import."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from desktop.errors import PlanError
from desktop.exchange.workbook.cells import CellError, canon_text, canon_yes_no

from . import workbook_layout as wl
from .canonical import plan_to_dict
from .loader import plan_from_dict
from .model import KIND_LABELS, Plan
from desktop.messages import Message, QT_TRANSLATE_NOOP

_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")      # register and field ids become SQLite names
_COMMUNITIES = re.compile(r"[、，,；;\n]")
_KIND_BY_LABEL = {label: kind for kind, label in KIND_LABELS.items()}


def where(sheet: str, row: int | None = None) -> str:
    return Message(QT_TRANSLATE_NOOP("core", "「{0}」第{1}行"), sheet, row) if row else Message(
        QT_TRANSLATE_NOOP("core", "「{0}」"), sheet)


class _Sheets:
    """The workbook's rows as {header: value}, with the problems found while reading cells."""

    def __init__(self, book_rows: dict[str, list[list]]):
        self.book = book_rows
        self.problems: list[str] = []

    def problem(self, sheet: str, row: int | None, what: str) -> None:
        self.problems.append(Message(QT_TRANSLATE_NOOP("core", "{0}：{1}"), where(sheet, row), what))

    def rows(self, sheet: str):
        """(row number, {header: cell}) for each non-empty data row."""
        rows = self.book.get(sheet)
        if rows is None:
            self.problem(sheet, None, Message(QT_TRANSLATE_NOOP("core", "缺少该工作表（请勿删除或改名工作表）")))
            return
        if not rows:
            return
        headers = [canon_text(h).strip() for h in rows[0]]
        missing = [c.header for c in wl.COLUMNS[sheet] if c.header not in headers
                   and c.header not in wl.OPTIONAL_HEADERS]
        if missing:
            self.problem(sheet, 1, Message(QT_TRANSLATE_NOOP("core", "缺少列「{0}」（请勿删除或改名列名）"),
                                           '」「'.join(missing)))
            return
        for n, row in enumerate(rows[1:], start=2):
            cells = {h: row[i] if i < len(row) else "" for i, h in enumerate(headers) if h}
            if any(canon_text(v).strip() for v in cells.values()):
                yield n, cells

    def yes(self, sheet: str, row: int, header: str, value) -> bool:
        try:
            return canon_yes_no(value.strip() if isinstance(value, str) else value) == "是"
        except CellError:
            self.problem(sheet, row, Message(QT_TRANSLATE_NOOP("core", "「{0}」应填“是”或“否”，实为 {1}"),
                                             header, repr(value)))
            return False

    def whole(self, sheet: str, row: int, header: str, value):
        """An integer cell; anything else is reported here and left out."""
        number = to_number(value)
        if number is None:
            return None
        if isinstance(number, Decimal) and number == number.to_integral_value():
            return int(number)
        self.problem(sheet, row, Message(QT_TRANSLATE_NOOP("core", "「{0}」应为整数，实为 {1}"), header, repr(value)))
        return None

    def ident(self, sheet: str, row: int, header: str, value: str) -> None:
        if value and not _IDENT.match(value):
            self.problem(sheet, row, Message(QT_TRANSLATE_NOOP("core", "「{0}」{1} 只能用小写英文字母、数字和下划线，且不以数字开头"),
                                             header, repr(value)))


def text(value) -> str:
    return canon_text(value).strip()


def to_number(value):
    """Decimal for a number cell or numeric text; None when empty; other text as is (the plan
    validation then says the item's number is not a number)."""
    if value is None or value == "" or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int):
        return Decimal(value)
    try:
        return Decimal(str(value).strip())
    except InvalidOperation:
        return str(value).strip()


def _compact(d: dict) -> dict:
    return {k: v for k, v in d.items() if not (v is None or v == "" or v == [] or v == {})}


def _head(s: _Sheets) -> dict:
    head: dict = {"_at": where(wl.README_SHEET)}
    for n, (label, value) in _readme_rows(s):
        key = wl.HEAD_LABELS.get(label)
        if key in wl.HEAD_INTEGERS:
            head[key] = s.whole(wl.README_SHEET, n, label, value)
        elif key:
            head[key] = text(value)
    return _compact(head)


def _readme_rows(s: _Sheets):
    rows = s.book.get(wl.README_SHEET)
    if rows is None:
        s.problem(wl.README_SHEET, None, Message(QT_TRANSLATE_NOOP("core", "缺少该工作表（请勿删除或改名工作表）")))
        return
    for n, row in enumerate(rows, start=1):
        if len(row) >= 2 and text(row[0]) in wl.HEAD_LABELS:
            yield n, (text(row[0]), row[1])


def _areas(s: _Sheets) -> list[dict]:
    sh = wl.AREA_SHEET
    return [_compact({"id": text(c["编号"]), "name": text(c["名称"]), "slogan": text(c["口号"]),
                      "pending": s.yes(sh, n, "待下发", c["待下发"]) or None, "note": text(c["备注"]),
                      "_at": where(sh, n)}) for n, c in s.rows(sh)]


def _measures(s: _Sheets) -> list[dict]:
    sh = wl.MEASURE_SHEET
    return [_compact({"id": text(c["编号"]), "area": text(c["所属领域"]), "name": text(c["名称"]),
                      "text": text(c["内容"]), "_at": where(sh, n)}) for n, c in s.rows(sh)]


def _conditions(s: _Sheets, sheet: str, n: int, header: str, value) -> dict | None:
    raw = text(value)
    parsed = wl.parse_conditions(raw)
    if parsed is None:
        s.problem(sheet, n, Message(QT_TRANSLATE_NOOP("core", "「{0}」{1} 应写成“字段编号=值1、值2”，多个条件用“；”分隔"),
                                    header, repr(raw)))
    return parsed or None


def _source(s: _Sheets, n: int, c: dict) -> dict | None:
    src = _compact({"register": text(c["来源台账"]), "log": text(c["来源子记录"]),
                    "aggregate": text(c["统计方式"]), "date_field": text(c["日期字段"]),
                    "field": text(c["求和字段"]),
                    "where": _conditions(s, wl.INDICATOR_SHEET, n, "统计条件", c["统计条件"])})
    return src or None


def _indicators(s: _Sheets) -> list[dict]:
    sh, out = wl.INDICATOR_SHEET, []
    for n, c in s.rows(sh):
        stages_raw = text(c["分阶段目标"])
        stages = wl.parse_stages(stages_raw)
        if stages is None:
            s.problem(sh, n, Message(QT_TRANSLATE_NOOP("core", "「分阶段目标」{0} 应写成“2023-10:50%；2024-06:80%”"),
                                     repr(stages_raw)))
        kind = text(c["类型"])
        out.append(_compact({
            "id": text(c["编号"]), "measure": text(c["所属措施"]), "name": text(c["指标名称"]),
            "unit": text(c["单位"]), "kind": _KIND_BY_LABEL.get(kind, kind) or None,
            "direction": text(c["方向"]), "target": to_number(c["目标"]), "stretch": to_number(c["力争"]),
            "baseline": to_number(c["基数"]), "scope": text(c["范围"]), "split": text(c["分解方式"]),
            "stages": stages, "due": text(c["截止月份"]), "confirm": s.yes(sh, n, "待区里确认", c["待区里确认"]) or None,
            "note": text(c["说明"]), "source": _source(s, n, c), "max_month": to_number(c.get("每月上限", "")),
            "_at": where(sh, n)}))
    return out


def _field(s: _Sheets, n: int, c: dict) -> dict:
    sh = wl.FIELD_SHEET
    field_id = text(c["字段编号"])
    s.ident(sh, n, "字段编号", field_id)
    return _compact({
        "id": field_id, "label": text(c["字段名称"]), "type": text(c["类型"]),
        "required": s.yes(sh, n, "必填", c["必填"]) or None, "unique": s.yes(sh, n, "唯一", c["唯一"]) or None,
        "min": to_number(c["最小值"]), "max": to_number(c["最大值"]),
        "places": s.whole(sh, n, "小数位", c["小数位"]), "max_length": s.whole(sh, n, "最多字数", c["最多字数"]),
        "choices": text(c["选项表"]), "derived": text(c["派生规则"]), "default": text(c["默认值"]),
        "required_unless": _conditions(s, sh, n, "条件必填", c["条件必填"]),
        "warn_under_age": s.whole(sh, n, "低于此年龄提醒", c["低于此年龄提醒"]), "_at": where(sh, n)})


def _registers(s: _Sheets) -> list[dict]:
    """Rows grouped by register (and child log), in the order they first appear."""
    sh, registers = wl.FIELD_SHEET, {}
    for n, c in s.rows(sh):
        reg_id, reg_name = text(c["台账编号"]), text(c["台账名称"])
        log_id, log_name = text(c["子记录编号"]), text(c["子记录名称"])
        s.ident(sh, n, "台账编号", reg_id)
        s.ident(sh, n, "子记录编号", log_id)
        reg = registers.setdefault(reg_id, {"id": reg_id, "name": reg_name, "fields": [], "logs": {},
                                            "_at": where(sh, n)})
        if reg_name != reg["name"]:
            s.problem(sh, n, Message(QT_TRANSLATE_NOOP("core", "台账 {0} 的名称「{1}」与前面的行「{2}」不同"),
                                     reg_id, reg_name, reg['name']))
        if not log_id:
            reg["fields"].append(_field(s, n, c))
            continue
        log = reg["logs"].setdefault(log_id, {"id": log_id, "name": log_name, "fields": [], "_at": where(sh, n)})
        if log_name != log["name"]:
            s.problem(sh, n, Message(QT_TRANSLATE_NOOP("core", "子记录 {0} 的名称「{1}」与前面的行「{2}」不同"),
                                     log_id, log_name, log['name']))
        log["fields"].append(_field(s, n, c))
    return [dict(r, logs=list(r["logs"].values())) for r in registers.values()]


def _choices(s: _Sheets) -> dict[str, list[str]]:
    sh, out = wl.CHOICE_SHEET, {}
    for n, c in s.rows(sh):
        name, option = text(c["选项表"]), text(c["选项"])
        if not name or not option:
            s.problem(sh, n, Message(QT_TRANSLATE_NOOP("core", "选项表名称和选项都要填写")))
            continue
        options = out.setdefault(name, [])
        if option in options:
            s.problem(sh, n, Message(QT_TRANSLATE_NOOP("core", "选项表 {0} 中的选项「{1}」重复"), name, option))
        else:
            options.append(option)
    return out


def _offices(s: _Sheets) -> list[dict]:
    sh = wl.OFFICE_SHEET
    return [_compact({"code": text(c["街道代码"]), "name": text(c["街道名称"]),
                      "communities": [p.strip() for p in _COMMUNITIES.split(text(c["社区"])) if p.strip()],
                      "_at": where(sh, n)}) for n, c in s.rows(sh)]


def _assignments(s: _Sheets) -> tuple[dict, dict]:
    sh, targets, rows = wl.ASSIGNMENT_SHEET, {}, {}
    for n, c in s.rows(sh):
        code, ind_id = text(c["街道代码"]), text(c["指标编号"])
        if (code, ind_id) in rows:
            s.problem(sh, n, Message(QT_TRANSLATE_NOOP("core", "街道 {0} 的指标 {1} 已在{2}分解过，不能重复"),
                                     code, ind_id, rows[code, ind_id]))
            continue
        value = to_number(c["任务"])
        if value is None:
            s.problem(sh, n, Message(QT_TRANSLATE_NOOP("core", "街道 {0} 的指标 {1} 没有填写任务"), code, ind_id))
            continue
        targets.setdefault(code, {})[ind_id] = value
        rows[(code, ind_id)] = where(sh, n)
    return targets, rows


def _rules(s: _Sheets) -> list[dict]:
    sh = wl.RULE_SHEET
    if sh not in s.book:             # a workbook issued before audit rules: none
        return []
    return [{"id": text(c["编号"]), "left": text(c["左边"]), "op": text(c["关系"]), "right": text(c["右边"]),
             "importance": text(c["重要程度"]), "message": text(c["提示信息"]), "_at": where(sh, n)}
            for n, c in s.rows(sh)]


def plan_from_sheets(book_rows: dict[str, list[list]], source: str) -> Plan:
    """The plan the sheets describe; PlanError lists every problem, each with sheet and row."""
    s = _Sheets(book_rows)
    assignments, assignment_rows = _assignments(s)
    raw = {"plan": _head(s), "areas": _areas(s), "measures": _measures(s), "indicators": _indicators(s),
           "choices": _choices(s), "registers": _registers(s), "offices": _offices(s),
           "assignments": assignments, "rules": _rules(s)}
    try:
        plan = plan_from_dict(raw, source, assignment_rows=assignment_rows)
    except PlanError as exc:
        raise PlanError(source, s.problems + exc.problems) from None
    if s.problems:
        raise PlanError(source, s.problems)
    return replace(plan, raw=plan_to_dict(plan))    # stored as plain plan data, without the row tags
