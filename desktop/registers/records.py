"""Register records and their child log rows: check, save, soft delete, read.

One user action is one transaction and one audit entry (two when it changes an exported
month's figures: then a reason is required, see desktop.entry.stale). This is also the API the export and
merge read through: ``fields_in_order``, ``iter_records`` and ``iter_log_rows`` give every live
record of an office, in id order, with typed values (date, Decimal, int, bool, tuple, str).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Iterator

from db import audit, register_rows
from db.connection import write
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.entry.exported_figures import log_indicators, record_indicators, register_indicators
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.plan.model import Field, Log, Plan, Register
from desktop.security.roles import require
from desktop.entry.stale import guard

from .schema import ensure_tables, log_table_name, name_field, table_name, unique_fields
from .validation import Checked, check, fill_derived
from .values import typed, with_current_age

NO_SUCH_RECORD = QT_TRANSLATE_NOOP("core", "该记录不存在，请刷新列表")


class RecordInvalid(UserError):
    """Save refused; ``checked.errors`` says which field and why."""

    def __init__(self, checked: Checked, fields):
        self.checked = checked
        super().__init__(QT_TRANSLATE_NOOP("core", "未保存：{0}"), checked.reasons(fields))


@dataclass(frozen=True)
class Record:
    id: int
    values: dict          # field id -> typed value, every field of the register


@dataclass(frozen=True)
class LogRow:
    id: int
    record_id: int
    values: dict


def find_register(plan: Plan, name: str) -> Register:
    """By id (unemployed) or Chinese name (失业人员实名登记)."""
    for reg in plan.registers:
        if name in (reg.id, reg.name):
            return reg
    names = "、".join(f"{r.id}（{r.name}）" for r in plan.registers)
    raise UserError(QT_TRANSLATE_NOOP("core", "没有名为「{0}」的台账。可选：{1}"), name, names)


def fields_in_order(register: Register | Log) -> tuple[Field, ...]:
    return register.fields


def communities(plan: Plan, office: str) -> tuple[str, ...]:
    try:
        return plan.office(office).communities
    except StopIteration:
        return ()


def duplicate_of(db, register: Register, office: str, field_id: str, value,
                 exclude_id: int | None = None) -> int | None:
    if value in (None, ""):
        return None
    return register_rows.find_live(db, table_name(register), office, field_id, value, exclude_id)


def check_record(db, plan: Plan, register: Register, office: str, raw: dict,
                 record_id: int | None = None, today: date | None = None) -> Checked:
    """Field checks plus uniqueness among this office's live records."""
    checked = check(register.fields, raw, communities=communities(plan, office), today=today)
    for f in unique_fields(register):
        other = duplicate_of(db, register, office, f.id, checked.values.get(f.id), record_id)
        if other is not None and f.id not in checked.errors:
            who = describe(db, register, other)
            checked.errors[f.id] = Message(QT_TRANSLATE_NOOP("core", "台账中已有相同{0}的记录（{1}），请打开那条记录修改，不要重复登记"),
                                           f.label, who)
    return checked


def describe(db, register: Register, record_id: int) -> str:
    row = register_rows.get(db, table_name(register), record_id) or {}
    name = name_field(register)
    return f"第 {record_id} 号" + (f"，{row.get(name.id)}" if name and row.get(name.id) else "")


def save_record(db, plan: Plan, register: Register, office: str, raw: dict, *, user: User,
                record_id: int | None = None, today: date | None = None,
                exported_reason: str | None = None) -> int:
    """Add or change a record. A change that alters an exported month's figures needs
    ``exported_reason`` (see desktop.entry.stale)."""
    require(user, "edit_registers")
    ensure_tables(db, plan, user.name)
    checked = check_record(db, plan, register, office, raw, record_id, today)
    if not checked.ok:
        raise RecordInvalid(checked, register.fields)
    values = dict(checked.values)
    fill_derived(register.fields, values, today)
    at, table = now_text(), table_name(register)
    change = (f"修改台账记录 {register.name}#{record_id}" if record_id is not None
              else f"新增台账记录 {register.name} {_who(register, values)}")
    with write(db):
        old = register_rows.get(db, table, record_id) if record_id is not None else None
        if record_id is not None and old is None:
            raise UserError(NO_SUCH_RECORD)
        with guard(db, plan, office, record_indicators(plan, office, register, old, values), user=user.name,
                   reason=exported_reason, change=change):
            if old is None:
                record_id = register_rows.insert(db, table, {"office": office, **values,
                                                             "created_at": at, "updated_at": at})
                audit.append(db, at=at, user=user.name, action="新增台账记录", target=f"{register.name}#{record_id}",
                             new=_json(values))
            else:
                changed = {k: v for k, v in values.items() if old.get(k) != v}
                if not changed:
                    return record_id
                register_rows.update(db, table, record_id, {**changed, "updated_at": at})
                audit.append(db, at=at, user=user.name, action="修改台账记录", target=f"{register.name}#{record_id}",
                             old=_json({k: old.get(k) for k in changed}), new=_json(changed))
    return record_id


def delete_record(db, register: Register, record_id: int, *, user: User, reason: str,
                  exported_reason: str | None = None, plan: Plan | None = None) -> None:
    """Soft delete with the deletion reason; a record counted in an exported month's figures
    also needs ``exported_reason`` (see desktop.entry.stale)."""
    require(user, "edit_registers")
    reason = (reason or "").strip()
    if not reason:
        raise UserError(QT_TRANSLATE_NOOP("core", "删除记录需要填写原因，例如“重复登记”或“已迁出本街道”"))
    at, table = now_text(), table_name(register)
    plan = plan or _active_plan(db)
    with write(db):
        old = register_rows.get(db, table, record_id)
        if old is None or old["deleted_at"]:
            raise UserError(QT_TRANSLATE_NOOP("core", "该记录不存在或已删除，请刷新列表"))
        with guard(db, plan, old["office"], register_indicators(plan, old["office"], register.id), user=user.name,
                   reason=exported_reason, change=f"删除台账记录 {register.name}#{record_id}（{reason}）"):
            register_rows.soft_delete(db, table, record_id, at, reason)
            audit.append(db, at=at, user=user.name, action="删除台账记录", target=f"{register.name}#{record_id}",
                         old=_json({f.id: old.get(f.id) for f in register.fields}), reason=reason)


def load_record(db, register: Register, record_id: int) -> dict | None:
    """Stored values by field id (plus id, office and deletion columns)."""
    return register_rows.get(db, table_name(register), record_id)


def save_log_row(db, plan: Plan, register: Register, log: Log, record_id: int, raw: dict, *,
                 user: User, row_id: int | None = None, exported_reason: str | None = None) -> int:
    require(user, "edit_registers")
    checked = check(log.fields, raw)
    if not checked.ok:
        raise RecordInvalid(checked, log.fields)
    at, table = now_text(), log_table_name(register, log)
    target = f"{register.name}#{record_id}/{log.name}"
    office = _office_of(db, register, record_id)
    with guard(db, plan, office, log_indicators(plan, office, register, log), user=user.name,
               reason=exported_reason, change=("新增" if row_id is None else "修改") + f"子记录 {target}"):
        if row_id is None:
            row_id = register_rows.insert(db, table, {"record_id": record_id, **checked.values,
                                                      "created_at": at, "updated_at": at})
            audit.append(db, at=at, user=user.name, action="新增子记录", target=f"{target}#{row_id}",
                         new=_json(checked.values))
        else:
            old = register_rows.get(db, table, row_id)
            register_rows.update(db, table, row_id, {**checked.values, "updated_at": at})
            audit.append(db, at=at, user=user.name, action="修改子记录", target=f"{target}#{row_id}",
                         old=_json({f.id: old.get(f.id) for f in log.fields}), new=_json(checked.values))
    return row_id


def delete_log_row(db, register: Register, log: Log, row_id: int, *, user: User, reason: str = "",
                   exported_reason: str | None = None, plan: Plan | None = None) -> None:
    require(user, "edit_registers")
    at, table = now_text(), log_table_name(register, log)
    plan = plan or _active_plan(db)
    with write(db):
        old = register_rows.get(db, table, row_id)
        target = f"{register.name}#{old['record_id']}/{log.name}#{row_id}"
        office = _office_of(db, register, old["record_id"])
        with guard(db, plan, office, log_indicators(plan, office, register, log), user=user.name,
                   reason=exported_reason, change=f"删除子记录 {target}"):
            register_rows.soft_delete(db, table, row_id, at, reason or "删除子记录")
            audit.append(db, at=at, user=user.name, action="删除子记录", target=target,
                         old=_json({f.id: old.get(f.id) for f in log.fields}), reason=reason)


def log_rows(db, register: Register, log: Log, record_id: int) -> list[tuple[int, dict]]:
    """(row id, stored values) of a record's live log rows, oldest first."""
    cols = [f.id for f in log.fields]
    return [(r[0], dict(zip(cols, r[1:])))
            for r in register_rows.log_rows(db, log_table_name(register, log), record_id, cols)]


def count_records(db, register: Register, office: str) -> int:
    return register_rows.count_live(db, table_name(register), office)


def iter_records(db, plan: Plan, register_id: str, office: str) -> Iterator[Record]:
    """Every live record of the office, by id, values typed, in the register's field order;
    ages are as of today."""
    register = plan.register(register_id)
    ensure_tables(db, plan)
    fields = register.fields
    for row in register_rows.iter_live(db, table_name(register), office, [f.id for f in fields]):
        stored = with_current_age(fields, dict(zip((f.id for f in fields), row[1:])))
        yield Record(row[0], {f.id: typed(f, stored[f.id]) for f in fields})


def iter_log_rows(db, plan: Plan, register_id: str, log_id: str, office: str) -> Iterator[LogRow]:
    """Every live log row under the office's live records, by record then row id."""
    register = plan.register(register_id)
    log = next(lg for lg in register.logs if lg.id == log_id)
    ensure_tables(db, plan)
    fields = log.fields
    for row in register_rows.iter_live_logs(db, log_table_name(register, log), table_name(register),
                                            office, [f.id for f in fields]):
        yield LogRow(row[0], row[1], {f.id: typed(f, v) for f, v in zip(fields, row[2:])})


def _who(register: Register, values: dict) -> str:
    name = name_field(register)
    return str(values.get(name.id) or "") if name else ""


def _office_of(db, register: Register, record_id: int) -> str:
    row = register_rows.get(db, table_name(register), record_id)
    if row is None:
        raise UserError(NO_SUCH_RECORD)
    return row["office"]


def _active_plan(db) -> Plan:
    from desktop.plan.store import active_plan   # the callers that pass no plan: deletes
    return active_plan(db)


def _json(values: dict) -> str:
    return json.dumps(values, ensure_ascii=False, default=str, separators=(",", ":"))
