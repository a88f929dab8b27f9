"""Signed workbooks made before must still verify: the canonical content of register sheets —
each field's workbook column (type, places, choices) and the canonical text of every value, from
what a clerk typed through what is stored and read back — is pinned to the digest this code gave
before the field types were gathered into one registry (desktop/registers/field_types.py)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from desktop.exchange.submission_format import log_columns, register_columns
from desktop.exchange.workbook.digest import ContentDigest
from desktop.plan.model import Field, Log, Register
from desktop.registers.validation import check, fill_derived
from desktop.registers.values import typed

CHOICES = ("甲类", "乙类", "丙类")
FIELDS = (
    Field("name", "姓名", "text", required=True),
    Field("id_number", "公民身份号码", "cn_id", unique=True),
    Field("sex", "性别", "text", derived="sex_from_id"),
    Field("born", "出生日期", "date", derived="birth_date_from_id"),
    Field("age", "年龄", "integer", derived="age_from_id"),
    Field("phone", "联系电话", "phone"),
    Field("community", "所属社区", "community"),
    Field("registered_on", "登记日期", "date"),
    Field("kind", "类别", "choice", choices=CHOICES),
    Field("tags", "标签", "multi_choice", choices=CHOICES),
    Field("count", "人数", "integer", min=Decimal(0)),
    Field("amount", "金额（万元）", "decimal", places=2),
    Field("ratio", "比例", "decimal", places=0),
    Field("insured", "是否参保", "yes_no"),
)
LOG = Log("visits", "走访", (Field("date", "走访日期", "date"), Field("minutes", "时长", "integer"),
                              Field("note", "备注", "text")))
REGISTER = Register("people", "人员", FIELDS, (LOG,))
ROWS = [
    {"name": " 张三 ", "id_number": "11010519491231002x", "phone": "139 1234 5678", "community": "宁海路",
     "registered_on": "2023年3月5日", "kind": "乙类", "tags": "丙类、甲类", "count": 3.0, "amount": "1,234.5",
     "ratio": 7, "insured": "有"},
    {"name": "=SUM(A1)", "id_number": "320106197506151245", "phone": "025-83241234", "community": "宁海路社区",
     "registered_on": datetime(2023, 4, 1, 9, 30), "kind": "甲类", "tags": "乙类", "count": "１２",
     "amount": Decimal("0.1"), "ratio": "0", "insured": "否"},
    {"name": "李四", "registered_on": date(2024, 2, 29), "count": 0, "insured": "0"},
]
LOG_ROWS = [{"date": "2023-03-06", "minutes": "45", "note": "+上门"}, {"date": "20230307", "minutes": 0}]
COMMUNITIES = ("宁海路社区", "湖南路社区")
PINNED = "0db28b64e2bfafea10cbab914cfda24047cedfd0692ad120ec0e7ef07d3bdf41"


def _stored(fields, raw: dict) -> dict:
    checked = check(fields, raw, communities=COMMUNITIES, today=date(2024, 6, 1))
    assert checked.ok, checked.errors
    values = dict(checked.values)
    fill_derived(fields, values, date(2024, 6, 1))
    return {f.id: values.get(f.id) for f in fields}


def _digest() -> str:
    digest = ContentDigest({"unit_code": "NHL", "period": "2023-03"})
    digest.start_sheet("人员", register_columns(REGISTER))
    digest.add_row([c.header for c in register_columns(REGISTER)], as_text=True)
    for n, raw in enumerate(ROWS, start=1):
        stored = _stored(FIELDS, raw)
        digest.add_row([n] + [typed(f, stored.get(f.id)) for f in FIELDS])
    digest.start_sheet("人员-走访", log_columns(LOG))
    digest.add_row([c.header for c in log_columns(LOG)], as_text=True)
    for raw in LOG_ROWS:
        stored = _stored(LOG.fields, raw)
        digest.add_row([1] + [typed(f, stored.get(f.id)) for f in LOG.fields])
    return digest.hexdigest()


def test_register_sheet_digest_is_unchanged():
    assert _digest() == PINNED
