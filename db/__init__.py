"""Storage: the only code that speaks SQL. No Qt here (a test checks)."""
from db.sqlite_library import load_sqlite_utils

load_sqlite_utils()
