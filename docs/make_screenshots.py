"""Screenshots for the user guide (docs/用户指南.md), made from the demo data.

Run from the repository root (Xvfb gives the real platform; offscreen works too):
    xvfb-run -a -s "-screen 0 1400x900x24" python docs/make_screenshots.py [OUTDIR]
It builds its own demo databases in a temporary data folder and never touches yours.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ["STREET_LEDGER_HOME"] = tempfile.mkdtemp(prefix="street-ledger-docs-")

from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "images")


def settle(ms: int = 250) -> None:
    """Let layouts and deferred loads finish before grabbing (screenshots only; never in tests)."""
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print("saved", OUT / f"{name}.png")


def wizard_shots() -> None:
    from desktop.system.paths import default_plan_path
    from desktop.plan.loader import load_plan_file
    from ui.wizard import SetupWizard

    wizard = SetupWizard(Path(tempfile.mkdtemp()) / "新.sqlite", load_plan_file(default_plan_path()))
    wizard.show()
    save(wizard, "01_setup_role")
    wizard.next()
    wizard.admin_page.name.setText("张三")
    wizard.admin_page.password.setText("abc12345")
    wizard.admin_page.again.setText("abc12345")
    wizard.next()
    wizard.key_page.passphrase.setText("key-pass-2023")
    wizard.key_page.again.setText("key-pass-2023")
    wizard.next()
    save(wizard, "02_setup_fingerprint")
    wizard.close()


def office_shots() -> None:
    from register_lists import people, write_messy

    from desktop.demo.databases import ensure_demo
    from desktop.registers.importer import open_source
    from ui.app import start_session
    from ui.main_window import MainWindow

    session = start_session(ensure_demo(), demo=True)
    window = MainWindow(session, demo=True)
    window.resize(1360, 860)
    window.show()
    for key, name in (("dashboard", "03_dashboard"), ("entry", "04_entry"),
                      ("register:unemployed", "05_register_table"), ("export", "07_export"),
                      ("keys", "08_keys"), ("plan", "09_plan")):
        window.show_page(key)
        save(window, name)
    window.show_page("register:unemployed")
    page = window.page_widget("register:unemployed")
    messy = Path(tempfile.mkdtemp()) / "宁海路街道失业人员台账.xlsx"
    rows = people(12)
    rows[3][2] = rows[3][2][:17] + ("1" if rows[3][2][17] != "1" else "2")   # a wrong check digit
    rows[5][7] = "2023-02-30"                                                 # no such day
    write_messy(messy, rows)
    dialog = page.show_import(open_source(messy, page.register))
    save(dialog, "06_import_preview")
    dialog.close()
    window.close()


def district_shots() -> None:
    """The district demo (six offices merged), and a first merge of the same folder into a fresh
    district that trusts five of the six keys, so the results table shows what a supervisor meets."""
    from db import trust_store
    from db.schema import open_database
    from desktop.security.auth import User
    from desktop.demo.databases import DEMO_PASSPHRASE, DEMO_PASSWORD, ensure_demo
    from desktop.system.provision import initialise
    from desktop.security.trust import confirm_key
    from ui.app import start_session
    from ui.main_window import MainWindow

    demo = ensure_demo(district=True)
    outbox = demo.parent / f"{demo.stem}-各街道报送表"
    session = start_session(demo, demo=True)
    window = MainWindow(session, demo=True)
    window.resize(1360, 860)
    window.show()
    for key, name in (("dashboard", "10_district_dashboard"), ("submissions", "12_submissions"),
                      ("trust", "13_trust")):
        window.show_page(key)
        save(window, name)
    window.close()

    fresh = Path(tempfile.mkdtemp()) / "区汇总（首次合并）.sqlite"
    initialise(fresh, district=True, office_code=None, admin="demo", password=DEMO_PASSWORD,
               passphrase=DEMO_PASSPHRASE)
    source, target = open_database(demo), open_database(fresh)
    for row in trust_store.all_keys(source):
        if row["unit_code"] != "JD":                      # 江东街道's key not yet trusted: unknown_key
            confirm_key(target, row["public_key"], row["unit_code"], row["unit_name"], user=User("demo", "supervisor"))
    source.close()
    target.close()
    session = start_session(fresh, demo=True)
    window = MainWindow(session, demo=True)
    window.resize(1360, 860)
    window.show()
    window.show_page("merge")
    page = window.page_widget("merge")
    page.run([outbox])
    while page.running:
        settle(100)
    save(window, "11_merge_results")
    window.close()


SHOTS = [wizard_shots, office_shots, district_shots]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    from ui.app import make_app
    make_app()
    for shot in SHOTS:
        shot()
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
