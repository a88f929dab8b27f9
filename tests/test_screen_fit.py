"""Windows and dialogs fit the screen: a 1920×1080 screen at 125% and 150% (1280×720 logical
pixels) shows the whole main window with its status bar, and the record and import dialogs with
their buttons; each window reopens at the size the clerk left it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from ui.geometry import FRAME, fit_to_screen, remember_geometry
from ui.registers.record_dialog import RecordDialog

ROOT = Path(__file__).resolve().parents[1]


def probe(tmp_path, scale: str) -> dict:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               STREET_LEDGER_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, str(ROOT / "tests" / "screen_fit_probe.py"), str(tmp_path)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def inside(outer, inner) -> bool:
    return QRect(*outer).contains(QRect(*inner))


@pytest.mark.parametrize("scale, logical", [("1.5", [0, 0, 1280, 720]), ("1.25", [0, 0, 1536, 864])])
def test_main_window_and_dialogs_fit_a_scaled_1080p_screen(tmp_path, scale, logical):
    seen = probe(tmp_path, scale)
    assert seen["screen"] == logical
    assert inside(seen["screen"], seen["window"])
    bar = QRect(*seen["status_bar"])
    assert seen["status_visible"] and bar.height() > 0 and bar.bottom() < seen["content_height"]
    for dialog in ("record", "import"):
        assert inside(seen["screen"], seen[dialog]), dialog
    for key in ("window_min", "record_min", "import_min"):      # the layouts can shrink that far
        width, height = seen[key]
        assert width <= logical[2] and height <= logical[3], key


def test_a_dialog_reopens_at_the_size_it_was_left(qtbot, office_db, office_db_path):
    from desktop.security.auth import login
    from desktop.session import Session

    session = Session.start(office_db_path, office_db, login(office_db, "张三", "abc12345"))
    register = session.plan.registers[1]
    first = RecordDialog(session, register)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.close()
    again = RecordDialog(session, register)
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 500)


def test_a_saved_window_larger_than_this_screen_is_shrunk_onto_it(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    area = widget.screen().availableGeometry()
    widget.resize(area.width() + 500, area.height() + 500)
    widget.move(area.right() + 2000, 0)                     # where a monitor unplugged since was
    fit_to_screen(widget)
    assert area.contains(QRect(widget.pos(), widget.size() + FRAME))
