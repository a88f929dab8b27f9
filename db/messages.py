"""Messages of the core that the window shows in the user's language, without Qt in the core.

A ``Message`` is the Chinese text (it is a ``str``: the CLI, the logs, workbooks and the
database see plain Chinese as before) that also remembers its template and arguments, so the
window can translate the template (context "core") and fill in the arguments itself. Months and
days inside a message are ``Month`` and ``Day``: Chinese here, written the window's way there.

Templates are marked with ``QT_TRANSLATE_NOOP("core", "...")`` at the place they are written:
pyside6-lupdate reads that call in .py files, so the templates reach the .ts file through the
README's lupdate/lrelease workflow. The template must be a literal (no f-string): lupdate reads
it as written, and the window looks the translation up by that exact text.
"""
from __future__ import annotations

from datetime import date

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:      # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it unchanged (Qt's own idiom)."""
    return text


class Month(str):
    """A period 'YYYY-MM' inside a message: 2023年11月 here, the window's month name there."""

    def __new__(cls, period: str):
        year, month = int(period[:4]), int(period[5:7])
        text = super().__new__(cls, f"{year}年{month}月")
        text.period = period
        return text

    def __getnewargs__(self):
        return (self.period,)


class Day(str):
    """A date inside a message: 2023年6月30日 here, the window's date format there."""

    def __new__(cls, day: date | str):
        day = date.fromisoformat(day) if isinstance(day, str) else day
        text = super().__new__(cls, f"{day.year}年{day.month}月{day.day}日")
        text.day = day
        return text

    def __getnewargs__(self):
        return (self.day,)


class Message(str):
    """The Chinese text of ``template.format(*args)``, keeping ``template`` and ``args``.

    Arguments are shown as they are (names, numbers, typed text are data) except a nested
    ``Message``, a ``Month`` or a ``Day``, which the window renders in its language."""

    def __new__(cls, template: str, *args):
        text = super().__new__(cls, template.format(*args) if args else template)
        text.template = template
        text.args = args
        return text

    def __reduce__(self):       # survives pickling and copying as the same message
        return (Message, (self.template, *self.args))


SEMICOLON = QT_TRANSLATE_NOOP("core", "{0}；{1}")


def joined(parts, pair: str = SEMICOLON) -> Message:
    """Messages joined two by two through ``pair`` (a marked template such as "{0}；{1}"), so
    the separator is translated too ("; " in English)."""
    parts = list(parts)
    if not parts:
        return Message("")
    out = parts[0]
    for part in parts[1:]:
        out = Message(pair, out, part)
    return out if isinstance(out, Message) else Message(out)
