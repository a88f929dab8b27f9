"""Install a plan version with extra 审核公式 into a test database (as the district would issue it)."""
from __future__ import annotations

import copy

from db.connection import write
from db.schema import open_database
from desktop.clock import now_text
from desktop.plan.canonical import plan_to_dict
from desktop.plan.loader import plan_from_dict
from desktop.plan.store import active_plan, install

# training (43 by March in the demo) is far below reemployed (189): fails, and must be explained
BLOCKING = {"id": "R90", "left": "累计(training)", "op": "≥", "right": "累计(reemployed)", "importance": "必须",
            "message": "培训人次应不少于再就业人数"}


def install_rules(path, extra: list[dict]) -> None:
    db = open_database(path)
    try:
        plan = active_plan(db)
        raw = copy.deepcopy(plan_to_dict(plan))
        raw["rules"] = raw.get("rules", []) + extra
        raw["plan"]["version"] = plan.version + 1
        with write(db):
            install(db, plan_from_dict(raw, "测试计划"), source_name="测试计划", user="测试", at=now_text())
    finally:
        db.close()
