"""The layout of the monthly submission workbook (报送表), shared by the office's export and the
district's merge so the two can never drift apart.

Sheets, in order: 封面 (headerless label/value pairs), 指标进度 (one row per reported indicator),
then one sheet per register (all records not deleted) and one per child log. The register and
log sheets start with a 记录编号 column: the record's number in the office database, which the
log rows use to point at their record.
"""
from __future__ import annotations

from desktop.plan.model import Field, Log, Register
from desktop.exchange.workbook.sheets import Column
from desktop.registers.field_types import of

COVER_SHEET = "封面"
INDICATOR_SHEET = "指标进度"
RECORD_KEY = "记录编号"
PARENT_KEY = "所属记录编号"

# The indicator sheet: the first column is the indicator's id, so a merge never depends on names.
# Widths are print layout (not signed): narrow enough that A4 landscape prints the sheet at a
# readable size, the long texts (措施, 指标, 说明) wrapping within their columns.
INDICATOR_COLUMNS = [
    Column("编号", width=22, hidden=True), Column("领域", width=9), Column("措施", width=12), Column("指标", width=18),
    Column("单位", width=7), Column("年度目标", "auto", width=9, thousands=True),
    Column("力争", "auto", width=7, thousands=True), Column("阶段目标", "auto", width=9, thousands=True),
    Column("本月", "auto", width=9, thousands=True), Column("累计", "auto", width=9, thousands=True),
    # ratios to 0.1% (0.935 = 93.5%): numbers a spreadsheet can sort and sum, printed as percentages
    Column("完成率", "decimal", places=3, width=8, percent=True),
    Column("序时进度", "decimal", places=3, width=9, percent=True), Column("状态", width=6),
    Column("完成日期", "date", width=11), Column("说明", width=18),
]
IND = {c.header: i for i, c in enumerate(INDICATOR_COLUMNS)}

NOT_APPLICABLE = "不适用"
MISSING = "未填"


def column_for(field: Field) -> Column:
    """How a register field is typed in the workbook (and so in the signed content): its kind says."""
    return of(field).column(field)


def register_columns(register: Register) -> list[Column]:
    return [Column(RECORD_KEY, "integer", width=10)] + [column_for(f) for f in register.fields]


def log_columns(log: Log) -> list[Column]:
    return [Column(PARENT_KEY, "integer", width=12)] + [column_for(f) for f in log.fields]


def register_sheet_name(register: Register) -> str:
    return register.name[:31]


def log_sheet_name(register: Register, log: Log) -> str:
    return f"{register.name[:14]}-{log.name}"[:31]


def file_name(unit_name: str, period: str, revision: int) -> str:
    return f"{unit_name}_{period}_第{revision}版.xlsx"
