"""Errors a user can act on: Chinese in the CLI and the logs, the window's language in the window."""

from db.errors import DatabaseCorrupt, StorageError, UserError, storage_error
from db.messages import QT_TRANSLATE_NOOP, Message, joined

LINES = "{0}\n{1}"                  # one problem a line, in every language


class PlanError(UserError):
    """A plan file that cannot be used; the message names the file, the item and the problem."""

    def __init__(self, source: str, problems: list[str]):
        self.problems = problems
        shown = joined([Message("  - {0}", p) for p in problems[:20]], LINES)
        if len(problems) > 20:
            shown = Message(LINES, shown, Message(QT_TRANSLATE_NOOP("core", "  ……另有 {0} 处问题"), len(problems) - 20))
        super().__init__(QT_TRANSLATE_NOOP("core", "计划文件 {0} 有误，未导入：\n{1}"), source, shown)


class AuthError(UserError):
    pass


__all__ = ["UserError", "PlanError", "AuthError", "StorageError", "DatabaseCorrupt", "storage_error"]
