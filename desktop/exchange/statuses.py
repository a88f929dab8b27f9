"""Every status a verified or merged file can end in: its code, label, severity and next step.

The one table the core, the pages, the CLI, the report, the bulletin and the translation read.
Codes are English and stable (they are stored in ``rejections.status`` and printed by ``--json``);
labels and next steps are Chinese, marked for translation (context "status") so the English
window shows English. A file status that is not here cannot be made (``file_status.FileStatus``
refuses it), so a new status starts with a new row below."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.messages import QT_TRANSLATE_NOOP

CONTEXT = "status"
OK, WARNING, ERROR, ALERT = "ok", "warning", "error", "alert"   # alert: an error a person must call about
# Why a refused file was refused, as the 催报 list tells the office what to do about it.
CHANGED, KEY, PLAN = "changed", "key", "plan"     # the file was changed or is not ours; the key; the plan

VERIFIED, MERGED, DUPLICATE, SUPERSEDED = "verified", "merged", "duplicate", "superseded"
UNKNOWN_KEY, PLAN_MISMATCH, TAMPERED, BAD_SIGNATURE = "unknown_key", "plan_mismatch", "tampered", "bad_signature"
UNSIGNED, MALFORMED, UNSAFE, WRONG_OFFICE_KEY = "unsigned", "malformed", "unsafe", "wrong_office_key"
REVOKED_KEY, RETIRED_KEY, BACKDATED, CONFLICT = "revoked_key", "retired_key", "backdated", "conflict"


@dataclass(frozen=True)
class Status:
    code: str
    label: str
    severity: str
    next_step: str
    accepted: bool = False      # a merge run that ends only in accepted statuses succeeded
    cause: str = ""             # CHANGED | KEY | PLAN for a refusal with its own advice, "" otherwise


_ALL = (
    Status(VERIFIED, QT_TRANSLATE_NOOP("status", "校验通过"), OK,
           QT_TRANSLATE_NOOP("status", "可以合并")),
    Status(MERGED, QT_TRANSLATE_NOOP("status", "已合并"), OK,
           QT_TRANSLATE_NOOP("status", "无需处理"), accepted=True),
    Status(DUPLICATE, QT_TRANSLATE_NOOP("status", "重复导入"), WARNING,
           QT_TRANSLATE_NOOP("status", "无需处理：同一文件此前已合并"), accepted=True),
    Status(SUPERSEDED, QT_TRANSLATE_NOOP("status", "已有更高版本"), WARNING,
           QT_TRANSLATE_NOOP("status", "无需处理：已合并该街道的更高版本")),
    Status(UNKNOWN_KEY, QT_TRANSLATE_NOOP("status", "未知密钥"), WARNING,
           QT_TRANSLATE_NOOP("status", "电话核对密钥指纹后信任该密钥，或导入其公钥文件，再重新校验"), cause=KEY),
    Status(PLAN_MISMATCH, QT_TRANSLATE_NOOP("status", "计划版本不符"), WARNING,
           QT_TRANSLATE_NOOP("status", "请该街道安装区里下发的计划后重新导出"), cause=PLAN),
    Status(TAMPERED, QT_TRANSLATE_NOOP("status", "内容被改动"), ERROR,
           QT_TRANSLATE_NOOP("status", "请该街道重新导出报送表，不要在 Excel 中修改后保存"), cause=CHANGED),
    Status(BAD_SIGNATURE, QT_TRANSLATE_NOOP("status", "签名无效"), ERROR,
           QT_TRANSLATE_NOOP("status", "请该街道重新导出报送表，并核实文件来源"), cause=CHANGED),
    Status(UNSIGNED, QT_TRANSLATE_NOOP("status", "未签名"), ERROR,
           QT_TRANSLATE_NOOP("status", "请选择本程序导出的报送表"), cause=CHANGED),
    Status(MALFORMED, QT_TRANSLATE_NOOP("status", "不是有效的报送表"), ERROR,
           QT_TRANSLATE_NOOP("status", "请选择本程序导出的报送表，或请该街道重新导出"), cause=CHANGED),
    Status(UNSAFE, QT_TRANSLATE_NOOP("status", "文件不安全"), ERROR,
           QT_TRANSLATE_NOOP("status", "不要打开该文件；请该街道重新导出报送表"), cause=CHANGED),
    Status(WRONG_OFFICE_KEY, QT_TRANSLATE_NOOP("status", "密钥与街道不符"), ERROR,
           QT_TRANSLATE_NOOP("status", "电话核实文件来源；请该街道用本单位的密钥重新导出"), cause=KEY),
    Status(REVOKED_KEY, QT_TRANSLATE_NOOP("status", "密钥已吊销"), ERROR,
           QT_TRANSLATE_NOOP("status", "请该街道用新密钥重新导出，并报送新的公钥文件"), cause=KEY),
    Status(RETIRED_KEY, QT_TRANSLATE_NOOP("status", "密钥已被更换"), ERROR,
           QT_TRANSLATE_NOOP("status", "请该街道用更换后的新密钥重新导出")),
    Status(BACKDATED, QT_TRANSLATE_NOOP("status", "早于已接受版本"), ERROR,
           QT_TRANSLATE_NOOP("status", "与该街道核实后，由其重新导出")),
    Status(CONFLICT, QT_TRANSLATE_NOOP("status", "同版本内容冲突"), ALERT,
           QT_TRANSLATE_NOOP("status", "与该街道核实后，由其导出新版本")),
)
FILE_STATUSES: dict[str, Status] = {s.code: s for s in _ALL}
ACCEPTED = frozenset(s.code for s in _ALL if s.accepted)


def file_status(code: str) -> Status:
    """The registry entry of ``code``; an unknown code is a programming error, not a user's."""
    try:
        return FILE_STATUSES[code]
    except KeyError:
        raise ValueError(f"unknown file status {code!r}: add it to desktop.exchange.statuses") from None


def label(code: str) -> str:
    """The Chinese label (CLI, workbooks, reports); a code not in the registry shows as itself
    (a rejection stored by an older build)."""
    status = FILE_STATUSES.get(code)
    return status.label if status else code
