"""The key page: fingerprint in groups, public key file export, passphrase change."""
from __future__ import annotations

from db.schema import open_database
from desktop.security import keys, signing
from desktop.security.auth import login
from desktop.session import Session
from ui.pages.key_page import KeyPage


def test_key_page_shows_fingerprint_and_exports_the_public_key(qtbot, office_db_path, tmp_path, monkeypatch):
    db = open_database(office_db_path)
    page = KeyPage(Session.start(office_db_path, db, login(db, "张三", "abc12345")))
    qtbot.addWidget(page)
    fp = signing.active_key(db).fingerprint
    assert page.fingerprint.text().replace("\n", " ") == fp
    monkeypatch.setattr("ui.pages.key_page.QMessageBox.information", lambda *a: None)
    path = page.export_public_key(str(tmp_path / "宁海路街道.pub"))
    assert keys.parse_public_key_text(path.read_text(encoding="utf-8")).office_code == "NHL"

    answers = iter(["key-pass-2023", "new-pass-2024", "new-pass-2024"])
    monkeypatch.setattr(page, "_ask", lambda *a: next(answers))
    page.change_passphrase()
    signing.signer(db, "new-pass-2024")
    db.close()
