"""The core's messages in the window's language: a ``Message`` (desktop.messages) is translated
by its template in context "core" and its arguments filled in, months and days written the way
the window writes them. Anything else (a plain Chinese text, data) is shown as it is."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.messages import CONTEXT, Day, Message, Month
from ui.period_box import month_label


def say(value) -> str:
    """What the window shows for a core message, an error carrying one, or any other value."""
    if isinstance(value, BaseException):
        value = getattr(value, "message", None) or str(value)
    if isinstance(value, Month):
        return month_label(value.period)
    if isinstance(value, Day):
        return day_label(value.day)
    if isinstance(value, Message):
        text = QCoreApplication.translate(CONTEXT, value.template)
        return text.format(*(say(a) for a in value.args)) if value.args else text
    return "" if value is None else str(value)


def day_label(day) -> str:
    """2023年6月30日 in Chinese; another language's own long date (30 June 2023)."""
    if QLocale().language() == QLocale.Language.Chinese:
        return f"{day.year}年{day.month}月{day.day}日"
    return QLocale().toString(day, "d MMMM yyyy")


def moment_label(moment) -> str:
    """2023年11月05日 14:30 in Chinese; another language's own short date and time (5 Nov 2023 14:30)."""
    if QLocale().language() == QLocale.Language.Chinese:
        return moment.strftime("%Y年%m月%d日 %H:%M")
    return QLocale().toString(moment, "d MMM yyyy HH:mm")
