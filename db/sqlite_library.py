"""sqlite-utils without numpy and pandas.

sqlite-utils imports numpy and pandas whenever they are installed, only to map their number
types to column types; we never hand it either, and the frozen build leaves both out. On a
machine that has them, that import cost every start 0.15–0.35 s. So sqlite-utils is imported
once, first, with those two hidden for that import alone; whoever needs numpy later still
gets it, and one already imported is left as it is."""
from __future__ import annotations

import sys

HIDDEN = ("numpy", "pandas")


def load_sqlite_utils():
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    hidden = [name for name in HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None          # a None entry makes `import name` raise ImportError
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]
    return sqlite_utils
