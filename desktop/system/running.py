"""While the program runs it holds a named Windows mutex, so the installer (AppMutex in
installer/street_ledger.iss) sees it and asks the clerk to close the program before it replaces
files in use. Windows releases the mutex when the process ends, however it ends."""
from __future__ import annotations

import sys

MUTEX_NAME = "StreetLedger-Running-6C0E7F3B"     # the installer's AppId, so no other program shares it
_held: int | None = None


def hold_running_mutex(kernel32=None) -> int | None:
    """Create (or open) the mutex once per process; a no-op where there is no Windows."""
    global _held
    if sys.platform != "win32" or _held is not None:
        return _held
    if kernel32 is None:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.CreateMutexW.restype = ctypes.c_void_p
        kernel32.CreateMutexW.argtypes = (ctypes.c_void_p, ctypes.c_bool, ctypes.c_wchar_p)
    _held = kernel32.CreateMutexW(None, False, MUTEX_NAME) or None    # kept open until the process ends
    return _held
