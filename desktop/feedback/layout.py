"""The feedback workbook (退回意见) and the answers sheet, shared by the district that writes and
reads them and the office that reads and writes them, so the two can never drift apart.

A comment is on an indicator (its id) or on a register record (register id and 记录编号, the
record's number in the office database, as the office's workbook states it)."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.exchange.workbook.sheets import Column, Sheet
from desktop.feedback.statuses import NEEDS_ANSWER, VERDICTS, verdict

DOCUMENT = "feedback"
COVER_SHEET = "封面"
COMMENT_SHEET = "退回意见"
ANSWER_SHEET = "意见答复"

STATES = tuple(VERDICTS)          # verdict codes (desktop.feedback.statuses); the sheets say the labels
KIND_LABELS = {"indicator": "指标", "record": "台账记录"}
KINDS = {v: k for k, v in KIND_LABELS.items()}

COMMENT_COLUMNS = [Column("序号", "integer", width=6), Column("类型", width=10), Column("指标编号", width=22),
                   Column("台账", width=16), Column("记录编号", "integer", width=10), Column("名称", width=30),
                   Column("状态", width=10), Column("意见", width=50)]
ANSWER_COLUMNS = [Column("意见编号", "integer", width=8), Column("序号", "integer", width=6), Column("类型", width=10),
                  Column("对象", width=26), Column("状态", width=10), Column("意见", width=40),
                  Column("答复", width=40), Column("更正值", width=12), Column("答复人", width=10),
                  Column("答复时间", width=20)]
MAX_TEXT = 500


@dataclass(frozen=True)
class Comment:
    kind: str                     # indicator | record
    state: str                    # a verdict code: confirmed | check | resubmit
    text: str
    indicator_id: str = ""
    register_id: str = ""
    record_no: int | None = None

    def __post_init__(self):
        verdict(self.state)              # only a verdict of the registry can be said

    @property
    def target(self) -> str:
        return self.indicator_id if self.kind == "indicator" else f"{self.register_id}:{self.record_no}"

    @property
    def needs_answer(self) -> bool:
        return self.state in NEEDS_ANSWER


def comment_sheet(rows: list[list]) -> Sheet:
    return Sheet(COMMENT_SHEET, COMMENT_COLUMNS, rows, wrap=True)


def answer_sheet(rows: list[list]) -> Sheet:
    return Sheet(ANSWER_SHEET, ANSWER_COLUMNS, rows, wrap=True)
