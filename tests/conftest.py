"""Every test gets its own data folder and database; Qt runs offscreen."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    """Per-user data (settings, logs, demo databases) go to a fresh folder for each test."""
    home = tmp_path / "数据 home"
    monkeypatch.setenv("STREET_LEDGER_HOME", str(home))
    for name in ("STREET_LEDGER_USER", "STREET_LEDGER_PASSWORD", "STREET_LEDGER_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def office_db_path(tmp_path):
    """An initialised office database (宁海路街道) with admin 张三 / abc12345."""
    from desktop.system.provision import initialise

    path = tmp_path / "宁海路街道.sqlite"
    initialise(path, district=False, office_code="NHL", admin="张三", password="abc12345",
               passphrase="key-pass-2023")
    return path


@pytest.fixture
def session(office_db_path):
    """The office database opened in a session of its administrator 张三, as the window holds it."""
    from db.schema import open_database
    from desktop.security.auth import login
    from desktop.session import Session

    db = open_database(office_db_path)
    s = Session.start(office_db_path, db, login(db, "张三", "abc12345"))
    yield s
    s.close()


@pytest.fixture
def office_db(office_db_path):
    from db.schema import open_database

    db = open_database(office_db_path)
    yield db
    db.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):
    """The demo office (a year of entries, a few hundred register records), built once."""
    from desktop.demo.databases import make_demo

    folder = tmp_path_factory.mktemp("demo")
    saved = os.environ.get("STREET_LEDGER_HOME")
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")   # never the real per-user folder
    try:
        make_demo(folder / "demo.sqlite")
    finally:
        if saved is None:
            os.environ.pop("STREET_LEDGER_HOME", None)
        else:
            os.environ["STREET_LEDGER_HOME"] = saved
    return folder / "demo.sqlite"


@pytest.fixture
def demo_db_path(_demo_template, tmp_path):
    """A private copy of the demo office database (user demo / demo2023, passphrase demo-key-2023)."""
    import sqlite3

    target = tmp_path / "宁海路街道演示.sqlite"
    src = sqlite3.connect(_demo_template)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target
