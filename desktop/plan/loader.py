"""Read a plan (TOML file, or the JSON stored in a database) and refuse it if anything is off.

Every problem is collected, not just the first, and each names the item and what is wrong, so
the district can fix its plan file in one go.
"""
from __future__ import annotations

import json
import re
import tomllib
from decimal import Decimal, InvalidOperation
from pathlib import Path

from desktop.errors import PlanError
from desktop.registers.field_types import TYPES as FIELD_TYPES

from .rule_load import read_rules
from .model import (DERIVATIONS, DIRECTIONS, KINDS, SCOPES, Area, Field,
                    Indicator, Log, Measure, Office, Plan, Register, Stage)
from desktop.messages import Message, QT_TRANSLATE_NOOP

_PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def load_plan_file(path: Path | str) -> Plan:
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = tomllib.load(fh, parse_float=Decimal)
    except OSError as exc:
        raise PlanError(str(path), [f"无法读取文件：{exc.strerror or exc}"]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise PlanError(str(path), [f"不是有效的 TOML 格式：{exc}"]) from exc
    return plan_from_dict(raw, path.name)


def plan_from_json(text: str, source: str = "数据库中的计划") -> Plan:
    return plan_from_dict(json.loads(text, parse_float=Decimal), source)


def plan_to_json(plan: Plan) -> str:
    """The plan as it was read, so a database holds exactly what the district issued."""
    return json.dumps(plan.raw, ensure_ascii=False, default=str)


def plan_from_dict(raw: dict, source: str, *, assignment_rows: dict | None = None) -> Plan:
    """``raw`` items may carry ``_at`` (where a workbook row came from) and ``assignment_rows``
    maps (office, indicator) to the same, so every problem names its sheet and row."""
    check = _Checker()
    head = raw.get("plan") or {}
    item = Message(QT_TRANSLATE_NOOP("core", "{0}计划（[plan]）"), _at(head))
    plan_id = check.text(head, "id", item)
    year = check.integer(head, "year", item, 2000, 2100)
    version = check.integer(head, "version", item, 1, 100000)
    deadline = head.get("report_deadline_day", 5)
    if not isinstance(deadline, int) or not 1 <= deadline <= 28:
        check.problem(item, Message(QT_TRANSLATE_NOOP("core", "report_deadline_day 应为 1–28 之间的整数")))
        deadline = 5

    areas = tuple(_areas(raw.get("areas", []), check))
    area_ids = {a.id for a in areas}
    measures = tuple(_measures(raw.get("measures", []), area_ids, check))
    choices = {k: tuple(str(c) for c in v) for k, v in (raw.get("choices") or {}).items()}
    registers = tuple(_registers(raw.get("registers", []), choices, check))
    indicators = tuple(_indicators(raw.get("indicators", []), {m.id for m in measures},
                                   {r.id: r for r in registers}, check))
    offices = tuple(_offices(raw.get("offices", []), check))
    indicator_at = {d.get("id"): _at(d) for d in raw.get("indicators", []) if isinstance(d, dict)}
    assignments = _assignments(raw.get("assignments") or {}, offices, indicators, check,
                               assignment_rows or {}, indicator_at)

    rules = tuple(read_rules(raw.get("rules", []), {i.id: i for i in indicators},
                             {r.id: r for r in registers}, check.problem))

    if check.problems:
        raise PlanError(source, check.problems)
    return Plan(
        id=plan_id, title=str(head.get("title", "")), year=year, issuer=str(head.get("issuer", "")),
        version=version, report_deadline_day=deadline, source=str(head.get("source", "")),
        areas=areas, measures=measures, indicators=indicators, registers=registers,
        offices=offices, choices=choices, assignments=assignments, raw=raw, rules=rules,
    )


def _at(d) -> str:
    """Where an item was read from, when it came from a workbook: 「指标」第5行."""
    at = d.get("_at") if isinstance(d, dict) else None
    return Message("{0} ", at) if at else ""


class _Checker:
    def __init__(self):
        self.problems: list[str] = []

    def problem(self, item: str, what: str) -> None:
        self.problems.append(Message(QT_TRANSLATE_NOOP("core", "{0}：{1}"), item, what))

    def text(self, d: dict, key: str, item: str) -> str:
        value = d.get(key)
        if not isinstance(value, str) or not value.strip():
            self.problem(item, Message(QT_TRANSLATE_NOOP("core", "缺少 {0}"), key))
            return ""
        return value

    def integer(self, d: dict, key: str, item: str, lo: int, hi: int) -> int:
        value = d.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
            self.problem(item, Message(QT_TRANSLATE_NOOP("core", "{0} 应为 {1}–{2} 之间的整数"), key, lo, hi))
            return lo
        return value

    def number(self, d: dict, key: str, item: str) -> Decimal | None:
        value = d.get(key)
        if value is None:
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            number = None
        if number is None or isinstance(value, bool) or not number.is_finite():
            self.problem(item, Message(QT_TRANSLATE_NOOP("core", "{0} 应为数字，实为 {1}"), key, repr(value)))
            return None
        return number

    def unique(self, seen: set, key: str, item: str) -> None:
        if key in seen:
            self.problem(item, Message(QT_TRANSLATE_NOOP("core", "编号 {0} 重复"), key))
        seen.add(key)


def _areas(items, check):
    seen: set = set()
    for a in items:
        item = Message(QT_TRANSLATE_NOOP("core", "{0}领域 {1}"), _at(a), a.get('id', '?'))
        check.unique(seen, check.text(a, "id", item), item)
        yield Area(id=a.get("id", ""), name=check.text(a, "name", item), slogan=a.get("slogan", ""),
                   pending=bool(a.get("pending", False)), note=a.get("note", ""))


def _measures(items, area_ids, check):
    seen: set = set()
    for m in items:
        item = Message(QT_TRANSLATE_NOOP("core", "{0}措施 {1}"), _at(m), m.get('id', '?'))
        check.unique(seen, check.text(m, "id", item), item)
        if m.get("area") not in area_ids:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "所属领域 {0} 不存在"), repr(m.get('area'))))
        yield Measure(id=m.get("id", ""), area_id=m.get("area", ""), name=check.text(m, "name", item),
                      text=m.get("text", ""))


def _indicators(items, measure_ids, registers, check):
    seen: set = set()
    for d in items:
        item = Message(QT_TRANSLATE_NOOP("core", "{0}指标 {1}（{2}）"), _at(d), d.get('id', '?'), d.get('name', ''))
        check.unique(seen, check.text(d, "id", item), item)
        check.text(d, "name", item)
        if d.get("measure") not in measure_ids:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "所属措施 {0} 不存在"), repr(d.get('measure'))))
        kind = d.get("kind")
        if kind not in KINDS:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "未知的指标类型 {0}（应为 {1} 之一）"),
                                        repr(kind), '、'.join(KINDS)))
        if kind != "milestone" and not d.get("unit"):
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "缺少计量单位 unit")))
        direction = d.get("direction", "at_least")
        if direction not in DIRECTIONS:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "方向 direction 应为 at_least 或 at_most，实为 {0}"),
                                        repr(direction)))
        scope = d.get("scope", "district")
        if scope not in SCOPES:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "范围 scope 应为 office 或 district，实为 {0}"),
                                        repr(scope)))
        target = check.number(d, "target", item)
        if target is not None and target < 0:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "目标不能为负数")))
        if kind == "rate" and d.get("unit") == "%" and target is not None and target > 100:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "百分比目标不能超过100")))
        split = d.get("split")
        if scope == "office" and target is not None and split not in ("share", "same"):
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "分解到街道的指标需写明 split = \"share\"（相加等于全区目标）或 \"same\"（各街道相同）")))
        if kind == "derived":
            _check_source(d.get("source"), registers, item, check)
        elif d.get("source") is not None:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "只有 derived 类型的指标才能写 source")))
        stages = tuple(_stages(d.get("stages") or [], item, check))
        max_month = check.number(d, "max_month", item)
        if max_month is not None and max_month <= 0:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "每月上限 max_month 应为正数")))
        due = d.get("due")
        if due is not None and not (isinstance(due, str) and _PERIOD.match(due)):
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "截止月份 due 应写成 YYYY-MM，实为 {0}"), repr(due)))
        yield Indicator(
            id=d.get("id", ""), measure_id=d.get("measure", ""), name=d.get("name", ""),
            kind=kind if kind in KINDS else "count", unit=d.get("unit", ""), direction=direction,
            target=target, stretch=check.number(d, "stretch", item),
            baseline=check.number(d, "baseline", item), scope=scope, split=split, stages=stages,
            due=due, confirm=bool(d.get("confirm", False)), note=d.get("note", ""),
            source=d.get("source"), max_month=max_month,
        )


def _stages(items, item, check):
    last_by, last_pct = "", Decimal(0)
    for s in items:
        by, pct = s.get("by"), check.number(s, "percent", item)
        if not (isinstance(by, str) and _PERIOD.match(by)):
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "分阶段目标的截止月份应写成 YYYY-MM，实为 {0}"), repr(by)))
            continue
        if pct is None or not 0 < pct <= 100:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "分阶段目标 {0} 的百分比应在 0–100 之间"), by))
            continue
        if by <= last_by or pct < last_pct:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "分阶段目标应按时间先后排列，且百分比逐级提高")))
        last_by, last_pct = by, pct
        yield Stage(by=by, percent=pct)


def _check_source(src, registers, item, check):
    if not isinstance(src, dict) or src.get("register") not in registers:
        check.problem(item, Message(QT_TRANSLATE_NOOP("core", "台账统计指标的来源台账 {0} 不存在"),
                                    repr(src and src.get('register'))))
        return
    reg = registers[src["register"]]
    fields = {f.id for f in reg.fields}
    if src.get("log"):
        logs = {lg.id: lg for lg in reg.logs}
        if src["log"] not in logs:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "台账 {0} 没有子记录 {1}"),
                                        reg.name, repr(src['log'])))
            return
        fields = {f.id for f in logs[src["log"]].fields}
    if src.get("aggregate") not in ("count", "sum"):
        check.problem(item, Message(QT_TRANSLATE_NOOP("core", "来源的 aggregate 应为 count 或 sum")))
    for key in ["date_field"] + (["field"] if src.get("aggregate") == "sum" else []):
        if src.get(key) not in fields:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "来源字段 {0} = {1} 在台账中不存在"),
                                        key, repr(src.get(key))))
    for key in (src.get("where") or {}):
        if key not in fields:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "来源条件字段 {0} 在台账中不存在"), repr(key)))


def _fields(items, choices, item, check):
    seen: set = set()
    for f in items:
        fitem = Message(QT_TRANSLATE_NOOP("core", "{0}{1} 字段 {2}（{3}）"), _at(f), item, f.get('id', '?'),
                        f.get('label', ''))
        check.unique(seen, check.text(f, "id", fitem), fitem)
        check.text(f, "label", fitem)
        ftype = f.get("type")
        kind = FIELD_TYPES.get(ftype) if isinstance(ftype, str) else None
        if kind is None:
            check.problem(fitem, Message(QT_TRANSLATE_NOOP("core", "未知的字段类型 {0}（应为 {1} 之一）"),
                                         repr(ftype), '、'.join(FIELD_TYPES)))
        opts: tuple[str, ...] = ()
        if kind is not None and kind.plan_choices:
            if f.get("choices") not in choices:
                check.problem(fitem, Message(QT_TRANSLATE_NOOP("core", "选项表 {0} 不存在"), repr(f.get('choices'))))
            else:
                opts = choices[f["choices"]]
        places = f.get("places")
        if kind is not None and kind.plan_places and not (isinstance(places, int) and 0 <= places <= 6):
            check.problem(fitem, Message(QT_TRANSLATE_NOOP("core", "小数字段需写明 places（0–6 位小数）")))
        if f.get("derived") is not None and f["derived"] not in DERIVATIONS:
            check.problem(fitem, Message(QT_TRANSLATE_NOOP("core", "未知的派生规则 {0}"), repr(f['derived'])))
        yield Field(
            id=f.get("id", ""), label=f.get("label", ""), type=ftype or "text",
            required=bool(f.get("required", False)), unique=bool(f.get("unique", False)),
            choices=opts, choice_list=f["choices"] if kind is not None and kind.plan_choices and f.get("choices") in choices else "",
            places=places, min=check.number(f, "min", fitem),
            max=check.number(f, "max", fitem), max_length=f.get("max_length"),
            derived=f.get("derived"), default=f.get("default"),
            required_unless=f.get("required_unless"), warn_under_age=f.get("warn_under_age"),
        )


def _registers(items, choices, check):
    seen: set = set()
    for r in items:
        item = Message(QT_TRANSLATE_NOOP("core", "{0}台账 {1}（{2}）"), _at(r), r.get('id', '?'), r.get('name', ''))
        check.unique(seen, check.text(r, "id", item), item)
        fields = tuple(_fields(r.get("fields", []), choices, item, check))
        if not fields:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "没有字段")))
        logs = []
        for lg in r.get("logs", []):
            litem = Message(QT_TRANSLATE_NOOP("core", "{0} 子记录 {1}"), item, lg.get('id', '?'))
            logs.append(Log(id=check.text(lg, "id", litem), name=check.text(lg, "name", litem),
                            fields=tuple(_fields(lg.get("fields", []), choices, litem, check))))
        yield Register(id=r.get("id", ""), name=check.text(r, "name", item), fields=fields,
                       logs=tuple(logs))


def _offices(items, check):
    codes: set = set()
    names: set = set()
    for o in items:
        item = Message(QT_TRANSLATE_NOOP("core", "{0}街道 {1}（{2}）"), _at(o), o.get('code', '?'), o.get('name', ''))
        check.unique(codes, check.text(o, "code", item), item)
        name = check.text(o, "name", item)
        if name in names:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "街道名称 {0} 重复"), name))
        names.add(name)
        communities = o.get("communities") or []
        if not communities:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "至少要有一个社区")))
        yield Office(code=o.get("code", ""), name=name, communities=tuple(communities))


def _assignments(raw, offices, indicators, check, rows, indicator_at) -> dict[tuple[str, str], Decimal]:
    by_code = {o.code for o in offices}
    by_id = {i.id: i for i in indicators}
    result: dict[tuple[str, str], Decimal] = {}
    for code, targets in raw.items():
        for ind_id, value in targets.items():
            where = rows.get((code, ind_id), "")
            item = Message(QT_TRANSLATE_NOOP("core", "{0}任务分解 [{1}] {2}"), Message("{0} ", where) if where else "",
                           code, ind_id)
            if code not in by_code:
                check.problem(item, Message(QT_TRANSLATE_NOOP("core", "该街道不在街道名单中")))
                continue
            ind = by_id.get(ind_id)
            if ind is None:
                check.problem(item, Message(QT_TRANSLATE_NOOP("core", "该指标不存在")))
                continue
            if ind.scope != "office" or ind.target is None:
                check.problem(item, Message(QT_TRANSLATE_NOOP("core", "该指标不分解到街道，不能有街道任务")))
                continue
            number = check.number(targets, ind_id, item)
            if number is not None:
                if number < 0:
                    check.problem(item, Message(QT_TRANSLATE_NOOP("core", "任务不能为负数")))
                result[(code, ind_id)] = number
    for ind in indicators:
        if ind.scope != "office" or ind.target is None:
            continue
        shares = [v for (c, i), v in result.items() if i == ind.id]
        item = Message(QT_TRANSLATE_NOOP("core", "{0}指标 {1}（{2}）"), indicator_at.get(ind.id, ''), ind.id, ind.name)
        if not shares:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "分解到街道的指标没有任何街道任务")))
        elif ind.split == "share" and sum(shares) != ind.target:
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "各街道任务合计 {0}，与全区目标 {1} 不一致"),
                                        sum(shares), ind.target))
        elif ind.split == "same" and any(v != ind.target for v in shares):
            check.problem(item, Message(QT_TRANSLATE_NOOP("core", "各街道目标应与全区目标 {0} 相同"), ind.target))
    return result
