"""The layout of the plan workbook (计划工作簿), shared by its export and import so they never drift.

Like an XLSForm: one sheet per kind of thing, one row per item, codes in the columns the program
reads and names beside them for people. Nested values are written as short text a supervisor can
edit in Excel: stages as ``2023-10:50%；2024-06:100%``, conditions as ``字段=值1、值2；字段2=值``.
"""
from __future__ import annotations

import re
from decimal import Decimal

from desktop.exchange.workbook.sheets import Column

README_SHEET = "说明"
AREA_SHEET = "领域"
MEASURE_SHEET = "措施"
INDICATOR_SHEET = "指标"
FIELD_SHEET = "台账字段"
CHOICE_SHEET = "选项"
OFFICE_SHEET = "街道"
ASSIGNMENT_SHEET = "任务分解"
RULE_SHEET = "审核公式"
SHEETS = (README_SHEET, AREA_SHEET, MEASURE_SHEET, INDICATOR_SHEET, FIELD_SHEET, CHOICE_SHEET,
          OFFICE_SHEET, ASSIGNMENT_SHEET, RULE_SHEET)
# Sheets added after plan workbooks were first issued: an older workbook without them still reads.
OPTIONAL_SHEETS = frozenset({RULE_SHEET})

DOCUMENT = "plan"       # the signed meta's "document": a plan workbook is never taken for a submission

# 说明: label → key of [plan] (the order is the order on the sheet)
HEAD_LABELS = {"计划编号": "id", "计划名称": "title", "年度": "year", "发布单位": "issuer", "版本": "version",
               "每月报送截止日": "report_deadline_day", "来源文件": "source"}
HEAD_INTEGERS = ("year", "version", "report_deadline_day")
README_COLUMNS = [Column("项目", width=18), Column("内容", "auto", width=100)]

AREA_COLUMNS = [Column("编号", width=12), Column("名称", width=14), Column("口号", width=12),
                Column("待下发", "yes_no", width=8), Column("备注", width=50)]
MEASURE_COLUMNS = [Column("编号", width=22), Column("所属领域", width=10), Column("名称", width=30),
                   Column("内容", width=80)]
INDICATOR_COLUMNS = [
    Column("编号", width=24), Column("领域", width=10), Column("所属措施", width=22), Column("指标名称", width=34),
    Column("单位", width=8), Column("类型", width=10), Column("方向", width=9), Column("目标", "auto", width=9),
    Column("力争", "auto", width=8), Column("基数", "auto", width=8), Column("范围", width=9),
    Column("分解方式", width=9), Column("分阶段目标", width=30), Column("截止月份", width=10),
    Column("待区里确认", "yes_no", width=10), Column("来源台账", width=12), Column("来源子记录", width=12),
    Column("统计方式", width=9), Column("日期字段", width=14), Column("求和字段", width=12),
    Column("统计条件", width=30), Column("说明", width=40), Column("每月上限", "auto", width=9),
]
# Columns added after plan workbooks were first issued: an older workbook without them still reads.
OPTIONAL_HEADERS = frozenset({"每月上限"})
FIELD_COLUMNS = [
    Column("台账编号", width=12), Column("台账名称", width=16), Column("子记录编号", width=12),
    Column("子记录名称", width=12), Column("字段编号", width=18), Column("字段名称", width=20),
    Column("类型", width=12), Column("必填", "yes_no", width=6), Column("唯一", "yes_no", width=6),
    Column("最小值", "auto", width=8), Column("最大值", "auto", width=9), Column("小数位", "auto", width=7),
    Column("最多字数", "auto", width=8), Column("选项表", width=18), Column("派生规则", width=18),
    Column("默认值", width=10), Column("条件必填", width=26), Column("低于此年龄提醒", "auto", width=14),
]
CHOICE_COLUMNS = [Column("选项表", width=22), Column("选项", width=30)]
OFFICE_COLUMNS = [Column("街道代码", width=10), Column("街道名称", width=16), Column("社区", width=100)]
ASSIGNMENT_COLUMNS = [Column("街道代码", width=10), Column("街道名称", width=14), Column("指标编号", width=24),
                      Column("指标名称", width=34), Column("单位", width=8), Column("任务", "auto", width=10)]
RULE_COLUMNS = [Column("编号", width=8), Column("左边", width=34), Column("关系", width=6),
                Column("右边", width=34), Column("重要程度", width=9), Column("提示信息", width=60)]

COLUMNS = {README_SHEET: README_COLUMNS, AREA_SHEET: AREA_COLUMNS, MEASURE_SHEET: MEASURE_COLUMNS,
           INDICATOR_SHEET: INDICATOR_COLUMNS, FIELD_SHEET: FIELD_COLUMNS, CHOICE_SHEET: CHOICE_COLUMNS,
           OFFICE_SHEET: OFFICE_COLUMNS, ASSIGNMENT_SHEET: ASSIGNMENT_COLUMNS,
           RULE_SHEET: RULE_COLUMNS}

LIST_SEPARATOR = "、"
_PARTS = re.compile(r"[；;]")
_STAGE = re.compile(r"^\s*(\d{4}-\d{2})\s*[:：]\s*([0-9.]+)\s*%?\s*$")

HOW_TO_EDIT = [
    "本工作簿是区里下发的计划，可在 Excel 或 WPS 中查看和修改；每行一项，第一行是列名，请勿改动列名和工作表名称。",
    "修改后请把「说明」中的版本改为更大的数字，再在区汇总中用“导入计划”（street-ledger plan import）安装，"
    "程序会逐项检查并列出每处错误（工作表、行号和原因）。",
    "区汇总安装后重新导出的计划工作簿带有区里的数字签名，街道只接受区里签名且未被改动的计划工作簿。",
    "类型：count 数量，amount 金额/面积，rate 时点值，milestone 节点任务，derived 由台账统计；"
    "方向：at_least 不低于，at_most 不高于；范围：office 分解到街道，district 区级填报；"
    "分解方式：share 各街道相加等于全区目标，same 各街道目标相同。",
    "分阶段目标写成“2023-10:50%；2024-06:80%”；统计条件和条件必填写成“字段编号=值1、值2”，多个条件用“；”分隔。",
    "台账字段类型：text 文字，integer 整数，decimal 小数（需填小数位），date 日期，choice 单选，multi_choice 多选，"
    "cn_id 公民身份号码，phone 电话，community 社区，yes_no 是/否；单选和多选需填「选项」表中的选项表名称。",
    "新增台账字段后，各街道安装新版计划时会自动在台账中增加该列；已有的列不会删除。",
    "审核公式：每行一条，「左边」「关系」「右边」构成一个比较（关系为 ≤ < ≥ > = ≠ 之一）；两边可写 本月(指标编号)、"
    "累计(指标编号)、计数(台账编号) 或 计数(台账编号, 字段编号=值)、合计(台账编号, 数字字段编号[, 字段编号=值])、数字和 + − ×，"
    "例如 累计(reemployed) ≤ 计数(unemployed)。重要程度“必须”：未通过时须写明说明才能导出；“提示”：只提醒。",
    "「指标」中的领域、「任务分解」中的街道名称、指标名称和单位只供查看，导入时以编号为准。",
]


def stages_text(stages) -> str:
    return "；".join(f"{s.by}:{format(s.percent.normalize(), 'f')}%" for s in stages)


def parse_stages(text: str) -> list[dict] | None:
    """None when the text does not read as stages (the caller reports where)."""
    out = []
    for part in filter(str.strip, _PARTS.split(text)):
        m = _STAGE.match(part)
        if not m:
            return None
        out.append({"by": m.group(1), "percent": Decimal(m.group(2))})
    return out


def conditions_text(conditions: dict | None) -> str:
    if not conditions:
        return ""
    return "；".join(f"{key}={LIST_SEPARATOR.join(map(str, values))}" for key, values in conditions.items())


def parse_conditions(text: str) -> dict | None:
    out: dict[str, list[str]] = {}
    for part in filter(str.strip, _PARTS.split(text)):
        key, sep, values = part.partition("=")
        if not sep or not key.strip():
            return None
        out[key.strip()] = [v.strip() for v in values.split(LIST_SEPARATOR) if v.strip()]
    return out
