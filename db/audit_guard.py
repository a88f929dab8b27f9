"""The triggers that keep the audit log append-only, checked and put back at every open.

They stop a program (or a clerk with a database browser) from editing history by accident;
they do not stop someone with the file who drops them first. So a missing or altered trigger
is itself evidence: it is recreated, said in the audit log, and reported by ``check``."""
from __future__ import annotations

from .connection import write

TRIGGERS = {
    "audit_log_no_update": """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改'); END""",
    "audit_log_no_delete": """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能删除'); END""",
}


def _norm(sql: str | None) -> str:
    return " ".join((sql or "").split())


def missing(db) -> list[str]:
    """Names of the triggers that are absent or not as the program made them."""
    found = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    return [name for name, sql in TRIGGERS.items() if _norm(found.get(name)) != _norm(sql)]


def restore(db, *, at: str) -> list[str]:
    """Recreate what is missing; the restoration is itself an audit entry (when the log has
    any entry to chain to: an emptied log stays empty so that ``check`` can name it)."""
    gone = missing(db)
    if not gone:
        return []
    from . import audit
    with write(db):
        for name in gone:
            db.execute(f"DROP TRIGGER IF EXISTS {name}")     # names from TRIGGERS only
            db.execute(TRIGGERS[name])
        if audit.head(db) is not None:
            audit.append(db, at=at, user="系统", action="恢复审计保护", target="审计日志",
                         new="缺失的触发器已重建：" + "、".join(gone),
                         reason="打开数据库时发现审计日志的保护触发器被删除或改动")
    return gone
