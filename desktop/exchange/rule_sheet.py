"""The sheet 审核公式 of the signed monthly workbook: each failing audit rule with its values and
the office's explanation. Under the signature like every sheet, so an explanation changed after
signing fails verify; the district reads it back for the verify and merge results."""
from __future__ import annotations

from desktop.exchange.workbook.sheets import Column, Sheet

RULE_SHEET = "审核公式"
RULE_COLUMNS = [
    Column("编号", width=8), Column("重要程度", width=9), Column("左边", width=24),
    Column("左边值", "auto", width=10, thousands=True), Column("关系", width=6), Column("右边", width=24),
    Column("右边值", "auto", width=10, thousands=True), Column("提示信息", width=40), Column("说明", width=40),
]


def rule_sheet(results, explained: dict[str, str]) -> Sheet | None:
    """None when every rule passes (or cannot be judged): the workbook then has no such sheet."""
    rows = [[r.rule.id, r.rule.importance, r.rule.left, r.left, r.rule.op, r.rule.right, r.right,
             r.rule.message, explained.get(r.rule.id, "")] for r in results if r.failing]
    if not rows:
        return None
    return Sheet(RULE_SHEET, RULE_COLUMNS, rows, wrap=True)


def read_rule_notes(sheets: dict[str, list[list[str]]]) -> list[dict]:
    """The failing rules a verified workbook carries, as {编号, 重要程度, …, 说明} (header first)."""
    rows = sheets.get(RULE_SHEET) or []
    if not rows:
        return []
    headers = rows[0]
    return [{h: (row[i] if i < len(row) else "") for i, h in enumerate(headers)} for row in rows[1:] if row]


def notes_text(notes: list[dict]) -> str:
    """审核公式未通过 1 条：R01 累计(reemployed) 730 ≤ 计数(unemployed) 700（必须），说明：……"""
    if not notes:
        return ""
    parts = []
    for n in notes:
        said = f"，说明：{n['说明']}" if n.get("说明") else "，未说明"
        parts.append(f"{n.get('编号', '')} {n.get('左边', '')} {n.get('左边值', '')} {n.get('关系', '')} "
                     f"{n.get('右边', '')} {n.get('右边值', '')}（{n.get('重要程度', '')}）{said}")
    return f"审核公式未通过 {len(notes)} 条：" + "；".join(parts)
