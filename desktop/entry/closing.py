"""Closing a month: the export marks a period it has sent, so later changes need a reason.

``close_period`` may run inside the export's own write transaction (it nests) or alone."""
from __future__ import annotations

from db import audit
from db import closed_periods as closed_rows
from db.connection import write
from desktop.clock import now_text


def close_period(db, office: str, period: str, *, by: str, revision: int = 1,
                 at: str | None = None) -> None:
    """Mark ``period`` of ``office`` as exported (revision N); recorded in the audit log."""
    at = at or now_text()
    with write(db):
        closed_rows.close(db, office, period, at=at, by=by, revision=revision)
        audit.append(db, at=at, user=by, action="关闭月份", target=f"{office} {period}",
                     new=f"已导出第{revision}版报送表")


def is_closed(db, office: str, period: str) -> bool:
    return closed_rows.is_closed(db, office, period)


def closed_periods(db, office: str) -> list[dict]:
    """[{period, closed_at, closed_by, revision}], oldest first."""
    return closed_rows.closed(db, office)
