"""Whether a 说明 or a 原因 says something: it goes into the audit log and the signed workbook,
so "x", "m8" or "。。" (often keys typed ahead into a dialog) do not count as one."""
from __future__ import annotations

from desktop.messages import QT_TRANSLATE_NOOP, Message

MIN_HAN = 2          # two Chinese characters already say something: 补录、漏报
MIN_LETTERS = 4      # in letters: at least a short word


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def explanation_problem(text: str | None) -> str | None:
    """Why ``text`` does not explain anything, or None when it does."""
    text = (text or "").strip()
    han = {ch for ch in text if _han(ch)}
    letters = [ch for ch in text.lower() if ch.isascii() and ch.isalpha()]
    if len(han) >= MIN_HAN or (len(letters) >= MIN_LETTERS and len(set(letters)) >= 3):
        return None
    if not text:
        return Message(QT_TRANSLATE_NOOP("core", "请写明原因"))
    return Message(QT_TRANSLATE_NOOP("core", "“{0}”说明不了原因，请用一句话写明（至少两个汉字），例如“社区招聘会集中签约”"), text)
