"""A written workbook is read back through the reader before it takes its name: when the file as
saved does not read back intact, the export refuses, leaves no file and records nothing."""
from __future__ import annotations

import dataclasses

import pytest

from db.schema import open_database
from desktop.auth import login
from desktop.errors import UserError
from desktop.export import SignOff, export_period, history
from desktop.session import Session
from desktop.workbook import writer

SIGN = SignOff("张三", "李四", "王五", "025-83000000")


@pytest.fixture
def session(demo_db_path):
    db = open_database(demo_db_path)
    s = Session.start(demo_db_path, db, login(db, "demo", "demo2023"))
    yield s
    db.close()


def test_a_workbook_that_reads_back_tampered_is_not_saved(session, tmp_path, monkeypatch):
    real = writer.read_own
    seen = []

    def tampered(path, **kw):
        seen.append(path)
        return dataclasses.replace(real(path, **kw), status="tampered", reason="内容摘要不符")

    monkeypatch.setattr(writer, "read_own", tampered)
    folder = tmp_path / "报送表"
    folder.mkdir()
    before = history(session.db, session.unit)
    with pytest.raises(UserError, match="回读校验失败（内容摘要不符）"):
        export_period(session.db, session.plan, session.unit, session.user, "2023-03", folder=folder,
                      sign_off=SIGN, passphrase="demo-key-2023")
    assert seen                                       # the file was read back
    assert list(folder.iterdir()) == []               # neither the workbook nor its temporary file
    assert history(session.db, session.unit) == before
