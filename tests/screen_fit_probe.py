"""Run in a subprocess by test_screen_fit.py (QT_SCALE_FACTOR must be set before Qt starts):
open the main window, a record dialog and an import dialog on the screen Qt was given, print
their geometry against the available area as JSON."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from db.schema import open_database
from desktop.security.auth import login
from desktop.system.provision import initialise
from desktop.registers.importer import open_source
from desktop.session import Session
from ui.main_window import MainWindow
from ui.registers.import_dialog import ImportDialog
from ui.registers.record_dialog import RecordDialog


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main(folder: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = initialise(folder / "office.sqlite", district=False, office_code="NHL", admin="张三",
                      password="abc12345", passphrase="probe-pass-1").path
    db = open_database(path)
    session = Session.start(path, db, login(db, "张三", "abc12345"))
    window = MainWindow(session)
    window.show()
    app.processEvents()
    bar = window.statusBar()
    register = session.plan.registers[0]
    csv = folder / "名单.csv"
    csv.write_text("姓名,公民身份号码\n张三,110101199003074514\n", encoding="utf-8")
    dialogs = {"record": RecordDialog(session, register, None, window),
               "import": ImportDialog(session, register, open_source(csv, register), window)}
    out = {"screen": rect(window.screen().availableGeometry()), "window": rect(window.frameGeometry()),
           "window_min": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
           "status_bar": rect(bar.geometry()), "status_visible": bar.isVisible(), "content_height": window.height()}
    for name, dialog in dialogs.items():
        dialog.show()
        app.processEvents()
        out[name] = rect(dialog.frameGeometry())
        out[name + "_min"] = [dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height()]
        dialog.close()
    window.close()
    session.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
