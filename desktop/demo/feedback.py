"""The district demo's feedback (退回意见): one signed feedback file for 宁海路街道's December,
asking it to check one figure, so the demo shows 退回待重报 on 报送情况 and a file an office
could import. Written by the same core call as the window's and the CLI's."""
from __future__ import annotations

from pathlib import Path

from db import ledger
from desktop.security.auth import User
from desktop.feedback.comments import indicator_comment
from desktop.feedback.statuses import CHECK
from desktop.feedback.write import write_feedback
from desktop.plan.store import active_plan

OFFICE, PERIOD = "NHL", "2023-12"


def demo_feedback(db, folder: Path, user: User, passphrase: str) -> Path | None:
    if ledger.latest(db, OFFICE, PERIOD) is None:
        return None
    plan = active_plan(db)
    comments = [indicator_comment(plan, "new_jobs", CHECK, "12月新增就业明显高于前几个月，请核实并在说明中写明原因")]
    folder.mkdir(parents=True, exist_ok=True)
    return write_feedback(db, folder / f"退回意见_{OFFICE}_{PERIOD}.xlsx", OFFICE, PERIOD, comments, user=user,
                          passphrase=passphrase).path
