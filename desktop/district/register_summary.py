"""The registers as the district's report carries them up: per office, counts and sums, not rows.

A city needs how many people each register holds and how they stand (就业状态, 人员类别, 泊位
…), not 260,000 named people: the summary keeps the report small enough for any reader (the
level above merges it through the same guard as an office file) and keeps names, ID numbers
and phones at the level that works with them. Per office and sheet (a register or one of its
logs): 记录条数; each choice and multi-choice option with its count (a multi-choice record
counts once for each option it holds); each number field entered by hand with how many records
fill it and their sum. One 合计 line per statistic follows the offices. The hidden 单位代码
column ("" on the 合计 lines) is what the level above reads the counts by."""
from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Iterator

from db import merged
from desktop.exchange.submission_format import log_sheet_name, register_sheet_name
from desktop.exchange.workbook.sheets import Column, Sheet
from desktop.plan.model import Plan, Register
from desktop.messages import Message, QT_TRANSLATE_NOOP
from desktop.registers.field_types import of
from desktop.registers.schema import MULTI_SEPARATOR

SUMMARY_SHEET = "台账汇总"
RECORDS = "记录条数"
TOTAL = "合计"
COLUMNS = [Column("单位代码", width=10, hidden=True), Column("台账编号", width=12, hidden=True),
           Column("街道", width=14), Column("台账", width=24), Column("统计项", width=18),
           Column("分类", width=18), Column("条数", "integer", width=10, thousands=True),
           Column("合计", "auto", width=12, thousands=True)]
CODE, REGISTER, UNIT, SHEET, ITEM, OPTION, COUNT, SUM = range(8)


def _layouts(reg: Register):
    """(sheet name, fields) of a register and its logs; cells hold the record key first."""
    yield register_sheet_name(reg), reg.fields
    for log in reg.logs:
        yield log_sheet_name(reg, log), log.fields


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class _Tally:
    """One office's statistics for one sheet, filled record by record."""

    def __init__(self, fields):
        self.records = 0
        self.options = {f.id: dict.fromkeys(f.choices, 0) for f in fields if of(f).plan_choices}
        self.filled = {f.id: 0 for f in fields if of(f).numeric and not f.derived}
        self.sums = {f: Decimal(0) for f in self.filled}
        self.at = {f.id: i + 1 for i, f in enumerate(fields)}
        self.multi = {f.id for f in fields if of(f).multiple}

    def add(self, cells: list) -> None:
        self.records += 1
        for fid, counts in self.options.items():
            text = cells[self.at[fid]] if self.at[fid] < len(cells) else ""
            for option in (text.split(MULTI_SEPARATOR) if fid in self.multi else (text,)):
                if option in counts:
                    counts[option] += 1
        for fid in self.filled:
            text = cells[self.at[fid]] if self.at[fid] < len(cells) else ""
            value = _number(text) if text else None
            if value is not None:
                self.filled[fid] += 1
                self.sums[fid] += value


def _tallies(db, source: str, fields) -> dict[str, _Tally]:
    out: dict[str, _Tally] = {}
    for unit, cells in merged.iter_records(db, source):       # streamed: 13 × 20,000 rows
        tally = out.get(unit) or out.setdefault(unit, _Tally(fields))
        row = json.loads(cells)
        tally.add(row if isinstance(row, list) else [])
    return out


def _lines(tally: _Tally, fields) -> Iterator[tuple[str, str, int, Decimal | None]]:
    """(统计项, 分类, 条数, 合计) of one tally, in the fields' order."""
    yield RECORDS, "", tally.records, None
    for f in fields:
        if f.id in tally.options:
            for option, n in tally.options[f.id].items():
                yield f.label, option, n, None
        elif f.id in tally.filled:
            yield f.label, "", tally.filled[f.id], tally.sums[f.id]


def summary_rows(db, plan: Plan, names: dict[str, str]) -> Iterator[list]:
    for reg in plan.registers:
        for source, fields in _layouts(reg):
            tallies = _tallies(db, source, fields)
            if not tallies:
                continue
            totals: dict[tuple[str, str], list] = {}
            for unit in sorted(tallies):
                for item, option, n, total in _lines(tallies[unit], fields):
                    yield [unit, reg.id, names.get(unit, unit), source, item, option, n, total]
                    acc = totals.setdefault((item, option), [0, None])
                    acc[0] += n
                    if total is not None:
                        acc[1] = (acc[1] or Decimal(0)) + total
            for (item, option), (n, total) in totals.items():
                yield ["", reg.id, TOTAL, source, item, option, n, total]


def summary_sheet(db, plan: Plan, names: dict[str, str]) -> Sheet:
    return Sheet(SUMMARY_SHEET, COLUMNS, summary_rows(db, plan, names))


def carried_counts(plan: Plan, rows: list[list[str]]) -> dict[str, int]:
    """register id -> records, summed over the offices of a report's 台账汇总 (as read back:
    text cells). A count that is not a whole number is refused, never guessed."""
    sheets = {register_sheet_name(reg): reg.id for reg in plan.registers}
    out: dict[str, int] = {}
    for n, row in enumerate(rows[1:], start=2):
        if len(row) <= COUNT or not row[CODE] or row[ITEM] != RECORDS or sheets.get(row[SHEET]) != row[REGISTER]:
            continue
        text = str(row[COUNT]).strip()
        if not (text.isascii() and text.isdigit()):
            raise ValueError(Message(QT_TRANSLATE_NOOP("core", "台账汇总第{0}行的条数 {1} 不是整数"), n, repr(text)))
        out[row[REGISTER]] = out.get(row[REGISTER], 0) + int(text)
    return out
