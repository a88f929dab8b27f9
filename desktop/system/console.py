"""Printing that never fails on a console's code page or a redirected stream.

A Chinese Windows console is cp936 (GBK), a Western one cp1252; redirected output (a file, a
pipe) gets the locale's code page. A character the code page lacks ('✓' in cp936, every Chinese
character in cp1252) raised UnicodeEncodeError, which turned `plan show` into an internal error
and killed `--self-test`. Now:
  - redirected, with no encoding chosen by the user (PYTHONIOENCODING): UTF-8, nothing is lost;
  - a console, or an encoding the user chose: that encoding, with '?' for what it lacks, so
    Chinese still shows on a cp936 console and nothing ever raises.
"""
from __future__ import annotations

import os
import sys


def make_output_safe() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None or not hasattr(stream, "reconfigure"):   # a windowed program has none
            continue
        try:
            redirected = not stream.isatty()
        except (OSError, ValueError):
            redirected = True
        if redirected and not os.environ.get("PYTHONIOENCODING"):
            stream.reconfigure(encoding="utf-8", errors="replace")
        else:
            stream.reconfigure(errors="replace")
