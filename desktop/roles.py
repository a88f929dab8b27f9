"""Who may do what. Enforced here, in the core, so the window and the command line obey the same
rules; the window also hides what a role cannot do."""
from __future__ import annotations

from desktop.auth import ROLE_LABELS, User
from desktop.errors import AuthError

PERMISSION_LABELS = {
    "enter_data": "填报指标", "edit_registers": "编辑台账", "export": "导出报送表",
    "approve_export": "审核报送表", "view_full_id": "查看完整身份证号", "view_audit": "查看审计日志",
    "manage_users": "管理用户", "manage_keys": "管理签名密钥", "settings": "修改设置",
    "backup": "备份数据库", "restore": "恢复备份", "trust_keys": "管理信任密钥", "merge": "校验并合并报送表",
    "report": "生成汇总表", "manage_plan": "管理计划", "install_plan": "安装区里下发的计划",
}

_OFFICE_WORK = {"enter_data", "edit_registers", "export"}
PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(_OFFICE_WORK | {"approve_export", "view_full_id", "view_audit", "manage_users",
                                       "manage_keys", "settings", "backup", "restore", "install_plan"}),
    "clerk": frozenset(_OFFICE_WORK | {"backup"}),
    "reviewer": frozenset({"approve_export", "view_audit", "backup"}),
    "supervisor": frozenset(_OFFICE_WORK | {"approve_export", "view_full_id", "view_audit", "manage_users",
                                            "manage_keys", "settings", "backup", "restore", "trust_keys",
                                            "merge", "report", "manage_plan", "install_plan"}),
}


def can(user: User, permission: str) -> bool:
    return permission in PERMISSIONS.get(user.role, frozenset())


def require(user: User, permission: str) -> None:
    if not can(user, permission):
        raise AuthError(f"当前用户 {user.name}（{ROLE_LABELS.get(user.role, user.role)}）无权执行：{PERMISSION_LABELS[permission]}。"
                        "请由有权限的用户操作，或请管理员调整角色")
