"""Screenshots of the register page on a 200,000-row demo register and of the import preview.

Run: STREET_LEDGER_HOME=/tmp/reghome xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshot_registers.py OUTDIR
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer  # noqa: E402

from db.schema import open_database  # noqa: E402
from desktop.demo import ensure_demo  # noqa: E402
from desktop.plan.store import active_plan  # noqa: E402
from desktop.registers.records import count_records  # noqa: E402
from desktop.registers.sample_data import fill_big_register  # noqa: E402
from ui.app import make_app, start_session  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
out.mkdir(parents=True, exist_ok=True)
path = ensure_demo()
db = open_database(path)
plan = active_plan(db)
have = count_records(db, plan.register("unemployed"), "NHL")
if have < 200_000:
    fill_big_register(db, plan, "NHL", 200_000 - have)
db.close()

app = make_app()
session = start_session(path, demo=True)
window = MainWindow(session, demo=True)
window.resize(1400, 860)
window.show()
window.show_page("register:unemployed")
page = window.stack.currentWidget()


def shot_table():
    window.grab().save(str(out / "register_table.png"))
    page.search_box.setText("王")
    page.apply_search()
    QTimer.singleShot(300, shot_search)


def shot_search():
    window.grab().save(str(out / "register_search.png"))
    sample = Path(__file__).resolve().parents[1] / "tests"
    sys.path.insert(0, str(sample))
    from register_lists import people, write_messy
    messy = out / "宁海路街道失业人员台账.xlsx"
    rows = people(12)
    rows[3][2] = rows[3][2][:17] + ("1" if rows[3][2][17] != "1" else "2")   # a wrong check digit
    rows[5][7] = "2023-02-30"                                                 # no such day
    write_messy(messy, rows)
    from desktop.registers.importer import open_source
    dialog = page.show_import(open_source(messy, page.register))
    QTimer.singleShot(400, lambda: (dialog.grab().save(str(out / "import_preview.png")), shot_record()))


def shot_record():
    page.import_dialog.close()
    page.view.selectRow(0)
    dialog = page.open_record(page.model.record_id(0))
    QTimer.singleShot(400, lambda: (dialog.grab().save(str(out / "record_form.png")), other_pages(dialog)))


def other_pages(dialog):
    dialog.form.dirty = False
    dialog.close()
    window.show_page("register:elderly")
    QTimer.singleShot(300, lambda: (window.grab().save(str(out / "register_elderly.png")), parking()))


def parking():
    window.show_page("register:parking")
    QTimer.singleShot(300, lambda: (window.grab().save(str(out / "register_parking.png")), app.quit()))


QTimer.singleShot(800, shot_table)
app.exec()
