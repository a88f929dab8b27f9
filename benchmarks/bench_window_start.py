"""Start the window on a database with 200,000 register rows, against a bare PySide6 QMainWindow
process. Both are whole processes, interpreter start included: that is what a clerk waits for."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import ROOT, best_of, report

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show(); app.processEvents()
"""

OURS = """
import sys
from pathlib import Path
from db.schema import open_database
from desktop.auth import login
from desktop.session import Session
from ui.app import make_app
from ui.main_window import MainWindow
app = make_app()
db = open_database(Path(sys.argv[1]))
w = MainWindow(Session.start(Path(sys.argv[1]), db, login(db, "demo", "demo2023")))
w.show(); app.processEvents()
"""


def main() -> None:
    from desktop.demo import make_demo, make_large_register   # noqa: F401 (large register: registers feature)

    folder = Path(tempfile.mkdtemp(prefix="bench-start-"))
    env = dict(os.environ, STREET_LEDGER_HOME=str(folder / "home"), PYTHONPATH=str(ROOT))
    path = folder / "big.sqlite"
    make_demo(path)
    make_large_register(path, 200_000)

    def run(code: str, *args: str) -> None:
        subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT)

    floor = best_of(lambda: run(BARE), 5)
    ours = best_of(lambda: run(OURS, str(path)), 5)
    report("start window on 200,000 rows", ours, floor, 3.0)


if __name__ == "__main__":
    main()
