"""Translatable core messages (``Message``, ``Month``, ``Day``, ``QT_TRANSLATE_NOOP``).

They live in db.messages because ``UserError`` does (a storage error is one the user acts on);
desktop code imports them from here."""
from db.messages import CONTEXT, QT_TRANSLATE_NOOP, Day, Message, Month, joined

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "Day", "Message", "Month", "joined"]
