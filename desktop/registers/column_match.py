"""Which column of a clerk's spreadsheet holds which field: by header, with the names offices
actually use (身份证号码, 手机…). The user can change every match before importing."""
from __future__ import annotations

import re

from desktop.plan.model import Field, Register

from .field_types import of

# The headers offices use for a kind of field (身份证号码, 手机…) are the kind's own (field_types).
SYNONYMS_BY_ID = {
    "name": ("姓名", "名字", "人员姓名"),
    "registered_on": ("登记日期", "登记时间"),
    "employment_status": ("就业状态", "就业情况"),
    "employed_on": ("就业日期", "就业时间", "再就业日期", "创业日期"),
    "employer": ("就业单位", "创业项目", "工作单位", "就业单位/创业项目"),
    "categories": ("人员类别", "类别", "人员类型"),
    "education": ("文化程度", "学历"),
    "loan_amount": ("小额担保贷款", "贷款金额", "贷款金额(万元)", "小额担保贷款(万元)"),
    "loan_date": ("贷款日期", "放款日期"),
    "note": ("备注", "说明"),
    "living": ("居住状况", "居住情况"),
    "self_care": ("自理能力", "身体状况"),
    "services": ("服务项目", "服务内容"),
    "ankangtong_on": ("安康通开通日期", "安康通开通时间"),
    "project": ("项目名称", "项目", "名称"),
    "address": ("地址", "地点", "位置"),
    "type": ("类型", "泊位类型"),
    "planned": ("计划泊位数", "计划泊位", "计划数"),
    "completed": ("已建成泊位数", "建成泊位数", "已建成"),
    "started_on": ("开工日期", "开工时间"),
    "completed_on": ("完工日期", "完工时间", "竣工日期"),
    "status": ("状态", "建设状态"),
}
_NOISE = re.compile(r"[\s*＊※:：]+")
_PAREN = re.compile(r"[（(][^）)]*[）)]")


def normal(header) -> str:
    text = "" if header is None else str(header)
    return _NOISE.sub("", text.replace("（", "(").replace("）", ")")).lower()


def names_for(field: Field) -> set[str]:
    names = {field.label, field.id, *of(field).header_names, *SYNONYMS_BY_ID.get(field.id, ())}
    out = {normal(n) for n in names}
    return out | {_PAREN.sub("", n) for n in out if _PAREN.sub("", n)}


def importable(register: Register) -> list[Field]:
    """Fields a file can fill: derived ones (sex, birth date, age) come from the ID instead."""
    return [f for f in register.fields if not f.derived]


def field_for(header, register: Register) -> Field | None:
    key = normal(header)
    if not key:
        return None
    fields = importable(register)
    for f in fields:
        if key in names_for(f) or _PAREN.sub("", key) in names_for(f):
            return f
    return None


def is_derived_header(header, register: Register) -> bool:
    key = _PAREN.sub("", normal(header))
    return any(key in names_for(f) for f in register.fields if f.derived)


def match_columns(headers: list[str], register: Register) -> list[str | None]:
    """Field id per column (None: not imported); each field taken by its first column."""
    taken: set[str] = set()
    out: list[str | None] = []
    for header in headers:
        f = field_for(header, register)
        if f is not None and f.id not in taken:
            taken.add(f.id)
            out.append(f.id)
        else:
            out.append(None)
    return out
