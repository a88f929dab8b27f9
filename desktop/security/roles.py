"""Who may do what. Enforced here, in the core, so the window and the command line obey the same
rules; the window also hides what a role cannot do.

``PERMISSIONS`` is the one source of truth; ``OPERATIONS`` names, for each operation the README
lists, the permissions its core function requires, and ``role_table`` turns both into the table
of the user guide (docs/用户指南.md, checked by tests/test_role_table.py)."""
from __future__ import annotations

from desktop.security.auth import ROLE_LABELS, User
from desktop.errors import AuthError
from desktop.messages import QT_TRANSLATE_NOOP

PERMISSION_LABELS = {
    "enter_data": "填报指标", "edit_registers": "编辑台账", "export": "导出报送表",
    "approve_export": "审核报送表", "view_full_id": "查看完整身份证号", "view_audit": "查看审计日志",
    "export_personal_data": "导出个人信息（台账工作簿、未导入行、备份）",
    "manage_users": "管理用户", "view_key": "查看密钥指纹、导出公钥", "manage_keys": "更换签名密钥、修改密钥口令",
    "settings": "修改设置",
    "backup": "备份数据库", "restore": "恢复备份", "trust_keys": "管理信任密钥", "merge": "校验并合并报送表",
    "report": "生成汇总表", "manage_plan": "管理计划", "install_plan": "安装区里下发的计划",
}

_OFFICE_WORK = {"enter_data", "edit_registers", "export", "export_personal_data"}
# A backup holds every resident ID in full and cannot be masked: only roles that may see whole
# IDs take one by hand (the automatic daily copy goes to the administrator's folder).
_KEEPER = {"view_full_id", "backup", "restore", "manage_users", "view_key", "manage_keys", "settings"}
PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(_OFFICE_WORK | _KEEPER | {"approve_export", "view_audit", "install_plan"}),
    "clerk": frozenset(_OFFICE_WORK),
    "reviewer": frozenset({"approve_export", "view_audit"}),
    "supervisor": frozenset(_OFFICE_WORK | _KEEPER | {"approve_export", "view_audit", "trust_keys",
                                                      "merge", "report", "manage_plan", "install_plan"}),
}

# (operation as the README and the command line name it, what it does, permissions it needs).
# Plan import/export need manage_plan in the district and install_plan in an office.
OPERATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("entry set", "填报指标、修改说明", ("enter_data",)),
    ("register edit", "新增、修改、删除台账记录", ("edit_registers",)),
    ("register import", "从 Excel/CSV 导入台账", ("edit_registers",)),
    ("register export", "把台账导出为 Excel", ("export_personal_data",)),
    ("register import --errors", "把未导入的行另存为 Excel", ("export_personal_data",)),
    ("查看完整身份证号", "看到完整身份证号、出生日期和年龄，按号码前几位查找", ("view_full_id",)),
    ("export", "导出带签名的月度报送表", ("export",)),
    ("审核人确认", "以审核人身份确认导出", ("approve_export",)),
    ("key show", "查看本单位密钥指纹", ("view_key",)),
    ("key export", "导出公钥文件", ("view_key",)),
    ("key rotate", "更换签名密钥", ("manage_keys",)),
    ("key passwd", "修改密钥口令", ("manage_keys",)),
    ("trust add / revoke", "区里导入、确认、吊销街道公钥", ("trust_keys",)),
    ("merge", "校验并合并街道报送表", ("merge",)),
    ("report", "生成全区汇总表", ("report",)),
    ("plan import (区)", "区里安装新版计划", ("manage_plan",)),
    ("plan export (区)", "区里导出带签名的计划工作簿", ("manage_plan",)),
    ("plan import (街道)", "街道安装区里下发的计划", ("install_plan",)),
    ("plan export (街道)", "街道导出计划工作簿（不签名）", ("install_plan",)),
    ("user add / passwd NAME", "添加用户、重置他人密码", ("manage_users",)),
    ("backup", "手动备份数据库（含完整个人信息）", ("backup", "export_personal_data")),
    ("restore", "用备份替换数据库", ("restore",)),
    ("settings", "修改备份文件夹、导出须审核人确认", ("settings",)),
    ("审计日志", "查看、导出审计日志", ("view_audit",)),
)


def can(user: User, permission: str) -> bool:
    return permission in PERMISSIONS.get(user.role, frozenset())


def require(user: User, permission: str) -> None:
    if not isinstance(user, User):
        # A bare name would skip the role: the core always takes the logged-in user.
        raise AuthError(QT_TRANSLATE_NOOP("core", "请先登录：此操作需要已登录的用户"))
    if not can(user, permission):
        raise AuthError(QT_TRANSLATE_NOOP("core", "当前用户 {0}（{1}）无权执行：{2}。请由有权限的用户操作，或请管理员调整角色"),
                        user.name, ROLE_LABELS.get(user.role, user.role), PERMISSION_LABELS[permission])


def role_may(role: str, permissions: tuple[str, ...]) -> bool:
    return all(p in PERMISSIONS.get(role, frozenset()) for p in permissions)


def role_table() -> str:
    """The role × operation table of the user guide, as Markdown, from PERMISSIONS and OPERATIONS."""
    roles = list(ROLE_LABELS)
    head = "| 操作 | 说明 | " + " | ".join(f"{ROLE_LABELS[r]} {r}" for r in roles) + " |"
    lines = [head, "|" + "---|" * (len(roles) + 2)]
    for name, what, permissions in OPERATIONS:
        cells = ["✓" if role_may(r, permissions) else "—" for r in roles]
        shown = f"`{name}`" if name.isascii() or name[0].isascii() else name
        lines.append(f"| {shown} | {what} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
