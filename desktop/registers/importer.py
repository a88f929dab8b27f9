"""Import a clerk's spreadsheet into a register, explaining every row left out.

``open_source`` reads the file (behind the workbook guard), finds the table and suggests which
column is which field. ``run_import`` checks every row, reports duplicates within the file and
against the register, and writes the valid rows in one transaction — or nothing at all when
cancelled. ``write_error_workbook`` gives the rejected rows back with the reason beside each.
"""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from datetime import date
from pathlib import Path

from db import audit, register_rows
from desktop.registers import cn_id
from desktop.security.auth import User
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.entry.exported_figures import register_indicators
from desktop.messages import QT_TRANSLATE_NOOP, Message, joined
from desktop.plan.model import Plan, Register
from desktop.security.roles import require
from desktop.entry.stale import guard

from .column_match import match_columns
from .field_types import of
from .layout import Layout, find_layout
from .records import communities
from .schema import ensure_tables, name_field, table_name, unique_fields
from .sheet_source import read_rows
from .validation import check, fill_derived

LOST_DIGITS = ("身份证号被 Excel 存成了数字，后几位已经丢失（Excel 只保留 15 位有效数字）。请在原表中把该列"
               "设为「文本」格式，重新填写完整的 18 位号码后再导入")
PROGRESS_EVERY = 1000


class ImportCancelled(UserError):
    def __init__(self):
        super().__init__("已取消导入，台账未作任何改动")


@dataclass
class ImportSource:
    path: Path
    layout: Layout
    mapping: list[str | None]          # suggested field id per column; the user may change it


@dataclass
class Problem:
    row_number: int                    # the row in the clerk's sheet
    cells: list
    reason: str
    duplicate: bool = False


@dataclass
class ImportResult:
    total: int = 0
    imported: int = 0
    updated: int = 0
    rejected: int = 0
    duplicated: int = 0
    problems: list[Problem] = dc_field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        text = f"共 {self.total} 行：导入 {self.imported} 条"
        if self.updated:
            text += f"，更新 {self.updated} 条"
        return text + f"，有误未导入 {self.rejected} 行，重复 {self.duplicated} 行"


def open_source(path: Path | str, register: Register) -> ImportSource:
    path = Path(path)
    layout = find_layout(read_rows(path), register)
    if not layout.headers:
        raise UserError(QT_TRANSLATE_NOOP("core", "在 {0} 的前 15 行中没有找到表头（如“姓名”“公民身份号码”）。请确认选择了正确的文件，且表头在第一个工作表中"),
                        path.name)
    return ImportSource(path, layout, match_columns(layout.headers, register))


def _id_cell(cell):
    """An ID cell as text; a 15-digit number survives Excel intact, a longer one does not."""
    if isinstance(cell, float) and cell.is_integer() and len(str(int(cell))) == 15:
        return str(int(cell))
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return cell   # validation refuses it with the lost-digits reason
    return cell


def _id_reason(raw, errors: dict, fid: str) -> None:
    """Say "lost digits" where that is what happened, not just "bad checksum"."""
    if fid in errors and (isinstance(raw, (int, float)) and not isinstance(raw, bool)
                          or cn_id.looks_like_lost_digits(raw if raw is not None else "")):
        errors[fid] = LOST_DIGITS


@dataclass
class RowVerdict:
    """What the import does with one row: insert, update, refuse, duplicate, or confirm (an
    update that would change who the record is: refused unless that row is confirmed)."""
    row_number: int
    cells: list
    action: str
    reason: str = ""
    values: dict | None = None
    existing_id: int | None = None


def run_import(db, plan: Plan, register: Register, office: str, source: ImportSource,
               mapping: list[str | None] | None = None, *, user: User, on_duplicate: str = "skip",
               progress=None, today: date | None = None, exported_reason: str | None = None,
               confirmed: set[int] | bool = False) -> ImportResult:
    """Check and write; rows that change an exported month's figures need ``exported_reason``
    (the whole import is refused otherwise, see desktop.entry.stale). ``confirmed``: the sheet rows
    whose change of name (or other identity field) the clerk confirmed, or True for all (the
    CLI's --confirm-name-changes); other such rows are refused."""
    require(user, "edit_registers")
    result = ImportResult(total=len(source.layout.rows))
    inserts, updates = [], []
    for v in verdicts(db, plan, register, office, source, mapping, on_duplicate=on_duplicate,
                      progress=progress, today=today, user=user.name):
        if v.action == "confirm" and (confirmed is True or (confirmed and v.row_number in confirmed)):
            v.action = "update"
        if v.action == "insert":
            inserts.append(v.values)
        elif v.action == "update":
            updates.append((v.existing_id, v.values))
        elif v.action == "duplicate":
            result.duplicated += 1
            result.problems.append(Problem(v.row_number, v.cells, v.reason, duplicate=True))
        else:
            result.rejected += 1
            result.problems.append(Problem(v.row_number, v.cells, v.reason))
    _write(db, plan, register, office, source, inserts, updates, result, user, progress, exported_reason)
    return result


def preview(db, plan: Plan, register: Register, office: str, source: ImportSource,
            mapping: list[str | None] | None = None, *, on_duplicate: str = "skip", limit: int = 50,
            today: date | None = None) -> list[RowVerdict]:
    """The verdicts of the first ``limit`` rows, exactly as the import will decide them (a row
    depends only on the rows above it and on the register), without writing anything."""
    out = []
    for v in verdicts(db, plan, register, office, source, mapping, on_duplicate=on_duplicate, today=today):
        if len(out) >= limit:
            break
        out.append(v)
    return out


def verdicts(db, plan: Plan, register: Register, office: str, source: ImportSource,
             mapping: list[str | None] | None = None, *, on_duplicate: str = "skip", progress=None,
             today: date | None = None, user: str = ""):
    if on_duplicate not in ("skip", "update"):
        raise UserError(QT_TRANSLATE_NOOP("core", "重复记录的处理方式只能是 skip（跳过）或 update（更新）"))
    mapping = source.mapping if mapping is None else mapping
    mapped = {fid: i for i, fid in enumerate(mapping) if fid}
    _require_columns(register, mapped)
    ensure_tables(db, plan, user)
    today = today or date.today()
    comms = communities(plan, office)
    table = table_name(register)
    keys = [f for f in unique_fields(register) if f.id in mapped]
    existing = {f.id: register_rows.live_keys(db, table, office, f.id) for f in keys}
    seen: dict[str, dict] = {f.id: {} for f in keys}
    id_fields = [f.id for f in register.fields if of(f).identity]
    total = len(source.layout.rows)
    only_mapped = set(mapped)
    cache: dict = {}
    for n, (row_number, cells) in enumerate(source.layout.rows):
        if progress is not None and n % PROGRESS_EVERY == 0:
            if progress.cancelled:
                raise ImportCancelled()
            progress.update(n, total, f"正在检查第 {n + 1} 行…")
        raw = {fid: cells[i] for fid, i in mapped.items()}
        for fid in id_fields:
            if fid in raw:
                raw[fid] = _id_cell(raw[fid])
        checked = check(register.fields, raw, communities=comms, today=today, cache=cache)
        for fid in id_fields:
            _id_reason(raw.get(fid), checked.errors, fid)
        dup_reason, existing_id = _duplicate(register, keys, checked.values, seen, existing, row_number)
        if existing_id is not None and on_duplicate == "update" and dup_reason is None:
            checked = check(register.fields, raw, communities=comms, today=today, only=only_mapped, cache=cache)
        if not checked.ok:
            yield RowVerdict(row_number, cells, "refuse", checked.reasons(register.fields))
            continue
        if dup_reason is not None:
            yield RowVerdict(row_number, cells, "duplicate", dup_reason)
            continue
        values = dict(checked.values)
        fill_derived(register.fields, values, today)
        for f in keys:
            seen[f.id][values.get(f.id)] = row_number
        if existing_id is None:
            yield RowVerdict(row_number, cells, "insert", values=values)
        elif on_duplicate == "update":
            change = identity_change(db, register, existing_id, values)
            yield RowVerdict(row_number, cells, "confirm" if change else "update", change, values, existing_id)
        else:
            yield RowVerdict(row_number, cells, "duplicate", Message(QT_TRANSLATE_NOOP(
                "core", "台账中已有相同记录（第 {0} 号），按“跳过重复”未导入；如需用本行覆盖，请选择“更新已有记录”"), existing_id))


def identity_change(db, register: Register, record_id: int, values: dict) -> Message | str:
    """How an update would change who the record is (its name, or an ID it is not matched by):
    such a row is more often another person than a correction, so it needs confirming."""
    stored = register_rows.get(db, table_name(register), record_id) or {}
    name = name_field(register)
    bound = ([name] if name else []) + [f for f in register.fields if of(f).identity and not f.unique]
    changes = [Message(QT_TRANSLATE_NOOP("core", "{0}「{1}」→「{2}」"), f.label, stored.get(f.id), values[f.id]) for f in bound
               if values.get(f.id) not in (None, "") and stored.get(f.id) not in (None, "")
               and str(values[f.id]) != str(stored[f.id])]
    if not changes:
        return ""
    return Message(QT_TRANSLATE_NOOP("core", "将改变台账第 {0} 号记录的{1}：可能是另一个人，未更新。"
                                     "如确属更正，请在预览中勾选本行（命令行加 --confirm-name-changes）后重新导入"),
                   record_id, joined(changes, QT_TRANSLATE_NOOP("core", "{0}、{1}")))


def _require_columns(register: Register, mapped: dict) -> None:
    missing = [f.label for f in register.fields if f.required and not f.derived and f.id not in mapped
               and f.default is None]
    if missing:
        raise UserError(QT_TRANSLATE_NOOP("core", "文件中没有找到必填列：{0}。请在“列对应”中指定，或在文件中补上这些列"), '、'.join(missing))


def _duplicate(register, keys, values, seen, existing, row_number):
    """(reason when the row repeats an earlier row of the file, id of the register's record)."""
    existing_id = None
    for f in keys:
        value = values.get(f.id)
        if value in (None, ""):
            continue
        if value in seen[f.id]:
            return Message(QT_TRANSLATE_NOOP("core", "与文件第 {0} 行的{1}相同（文件内重复），未导入"),
                           seen[f.id][value], f.label), None
        existing_id = existing_id or existing[f.id].get(value)
    return None, existing_id


def _write(db, plan, register, office, source, inserts, updates, result, user, progress,
           exported_reason) -> None:
    at, table = now_text(), table_name(register)
    fields = [f.id for f in register.fields]
    with guard(db, plan, office, register_indicators(plan, office, register.id), user=user.name,
               reason=exported_reason, change=f"导入台账 {register.name}（{source.path.name}）"):
        if inserts:
            register_rows.insert_many(db, table, ["office", *fields, "created_at", "updated_at"],
                                      ([office, *(v.get(f) for f in fields), at, at] for v in inserts))
        if updates:
            cols = sorted({k for _, v in updates for k in v})
            register_rows.update_many(db, table, [*cols, "updated_at"],
                                      ([*(v.get(c) for c in cols), at, rid] for rid, v in updates))
        if progress is not None and progress.cancelled:
            raise ImportCancelled()   # rolls the whole import back
        result.imported, result.updated = len(inserts), len(updates)
        audit.append(db, at=at, user=user.name, action="导入台账", target=register.name,
                     new=f"{source.path.name}：{result.summary()}")
