"""The plan installed in a database: install a version, read the active one."""
from __future__ import annotations

from db import audit, plans
from desktop.errors import UserError

from .loader import plan_from_json, plan_to_json
from .model import Plan
from desktop.messages import QT_TRANSLATE_NOOP

_cache: dict[str, Plan] = {}   # keyed by the stored JSON: parse once per version


def install(db, plan: Plan, *, source_name: str, user: str, at: str) -> None:
    """Record the plan as the active version (inside the caller's write transaction)."""
    plans.install(db, plan_id=plan.id, version=plan.version, title=plan.title,
                  source_name=source_name, content=plan_to_json(plan), installed_at=at)
    audit.append(db, at=at, user=user, action="安装计划", target=plan.id,
                 new=f"第{plan.version}版 {plan.title}（{source_name}）")


def active_plan(db) -> Plan:
    content = plans.active_content(db)
    if content is None:
        raise UserError(QT_TRANSLATE_NOOP("core", "数据库中还没有计划，请先初始化（street-ledger init）"))
    plan = _cache.get(content)
    if plan is None:
        plan = _cache[content] = plan_from_json(content)
    return plan
