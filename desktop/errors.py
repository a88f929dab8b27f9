"""Errors a user can act on. Their text is shown as is, in Chinese, in the window and the CLI."""

from db.errors import DatabaseCorrupt, StorageError, UserError, storage_error


class PlanError(UserError):
    """A plan file that cannot be used; the message names the file, the item and the problem."""

    def __init__(self, source: str, problems: list[str]):
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  ……另有 {len(problems) - 20} 处问题" if len(problems) > 20 else ""
        super().__init__(f"计划文件 {source} 有误，未导入：\n{shown}{more}")


class AuthError(UserError):
    pass


__all__ = ["UserError", "PlanError", "AuthError", "StorageError", "DatabaseCorrupt", "storage_error"]
