"""``export … --pdf F.pdf``: the paper copy from the command line. Qt draws it, so it lives here in
ui/ and desktop.main reaches it the way it reaches the window (the core never imports Qt). The
command has no window: off Windows, Qt's offscreen platform unless one is chosen."""
from __future__ import annotations

import os
import sys
from pathlib import Path

_keep: list = []      # the application object lives as long as the command


def write_from_command(args) -> int:
    if sys.platform != "win32":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ui.paper_copy import write_paper_copy

    if QGuiApplication.instance() is None:       # fonts and the PDF writer need one
        _keep.append(QGuiApplication([sys.argv[0]]))
    workbook, plan = args.written
    pdf = write_paper_copy(Path(workbook), Path(args.pdf), plan)
    print(f"纸质版：{pdf}")
    return 0
