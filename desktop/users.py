"""Users of a database, as the login screen and the administrator see them."""
from __future__ import annotations

from db import users as user_rows


def active_user_names(db) -> list[str]:
    return user_rows.names(db)
