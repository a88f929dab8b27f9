"""From the plan's register definitions to SQLite tables, and the roles fields play on screen.

Each register is a real table ``reg_<id>``, each child log ``reg_<id>__<log>``. Each kind of
field says its storage type (``field_types``): integers and yes/no as INTEGER; everything else
as TEXT — dates as 'YYYY-MM-DD', decimals as their exact decimal text (never float),
multi-choice as labels joined by 、.
"""
from __future__ import annotations

from db import audit, register_tables
from db.connection import write
from desktop.clock import now_text
from desktop.plan.model import Field, Log, Plan, Register

from .field_types import of
from .value_text import MULTI_SEPARATOR  # noqa: F401 - where the rest of registers/ takes it from


def table_name(register: Register) -> str:
    return f"reg_{register.id}"


def log_table_name(register: Register, log: Log) -> str:
    return f"reg_{register.id}__{log.id}"


def _columns(fields) -> tuple[tuple[str, str], ...]:
    return tuple((f.id, of(f).sql_type) for f in fields)


def name_field(register: Register) -> Field | None:
    """The field a person or site is called by: the first required plain text field."""
    return next((f for f in register.fields if of(f).names_record and f.required and not f.derived), None)


def prefix_fields(register: Register) -> list[Field]:
    return [f for f in register.fields if of(f).prefix_search]


def unique_fields(register: Register) -> list[Field]:
    return [f for f in register.fields if f.unique]


def table_specs(register: Register) -> list[register_tables.TableSpec]:
    main = table_name(register)
    name = name_field(register)
    indexed = tuple(f.id for f in prefix_fields(register)) + ((name.id,) if name else ())
    # equality filters get an index; a tags filter (multi-choice) matches within the text
    filtered = tuple(f.id for f in register.fields if of(f).filter_kind in ("place", "one"))
    specs = [register_tables.TableSpec(
        name=main, register_id=register.id, columns=_columns(register.fields),
        unique=tuple(f.id for f in unique_fields(register)), indexed=indexed, filtered=filtered)]
    for log in register.logs:
        specs.append(register_tables.TableSpec(
            name=log_table_name(register, log), register_id=register.id,
            columns=_columns(log.fields), parent=main))
    return specs


def tables_due(db, plan: Plan) -> bool:
    """Some register table of the plan is missing or lacks a column or index (a read-only look)."""
    return any(_out_of_date(db, s) for r in plan.registers for s in table_specs(r))


def ensure_tables(db, plan: Plan, user: str = "系统") -> list[str]:
    """Create or migrate every register table of the plan; a read-only look when nothing is due."""
    specs = [s for r in plan.registers for s in table_specs(r)]
    if not tables_due(db, plan):
        return []
    at = now_text()
    changes: list[str] = []
    with write(db):
        for spec in specs:
            changes += register_tables.ensure_table(db, spec, plan_version=plan.version, at=at)
        if changes:
            audit.append(db, at=at, user=user, action="台账表结构变更", target=plan.id,
                         new="；".join(changes))
    return changes


def _out_of_date(db, spec) -> bool:
    have = register_tables.column_names(db, spec.name)
    return (not have or any(c not in have for c, _ in spec.columns)
            or not register_tables.expected_indexes(spec) <= register_tables.index_names(db, spec.name))
