"""The content digest taken while the export writes equals the one computed on its own, so a
month exported before this change is still recognised as unchanged."""
from __future__ import annotations

from db import exports as export_rows
from db.schema import open_database
from desktop.exchange import export_sheets
from desktop.security.auth import User
from desktop.exchange.export import SignOff, export_period
from desktop.exchange.export_content import ContentWhileWriting, content_digest
from desktop.plan.store import active_plan
from desktop.unit import unit_of
from desktop.security.signing import active_key
from desktop.exchange.workbook.digest import ContentDigest
from desktop.exchange.workbook.writer import write_signed, written_meta

META = {"unit_code": "NHL", "period": "2023-03", "revision": "3", "exported_at": "2023-04-02T10:00:00",
        "filler": "甲", "reviewer": "乙", "head": "丙", "phone": "025-1234", "audit_seq": "9", "audit_hash": "ab"}


def test_digest_while_writing_equals_the_digest_alone(demo_db_path, tmp_path):
    db = open_database(demo_db_path)
    try:
        plan, unit = active_plan(db), unit_of(db)
        content = ContentWhileWriting(plan, unit, META, "FP")
        written = write_signed(tmp_path / "out.xlsx", META, export_sheets.build(db, plan, unit, "2023-03", META, "FP"),
                               sign=None, content=content.digest, content_sheets=content.stand_ins)
        assert content.hexdigest() == content_digest(db, plan, unit, "2023-03", META, "FP")
        alone = ContentDigest(written_meta(META, export_sheets.build(db, plan, unit, "2023-03", META, "FP")))
        for sheet in export_sheets.build(db, plan, unit, "2023-03", META, "FP"):
            alone.add_sheet(sheet)
        assert written.digest == alone.hexdigest()    # the signed digest is untouched by its follower
        later = dict(META, revision="4", exported_at="2023-05-01T09:00:00", audit_seq="12")
        assert content_digest(db, plan, unit, "2023-03", later, "FP") == content.hexdigest()
    finally:
        db.close()


def test_export_records_the_same_content_digest(demo_db_path, tmp_path):
    out = tmp_path / "报送表"
    db = open_database(demo_db_path)
    try:
        plan, unit = active_plan(db), unit_of(db)
        result = export_period(db, plan, unit, User("演示", "admin"), "2023-05", folder=out,
                               sign_off=SignOff("甲", "乙", "丙", "025-1234"), passphrase="demo-key-2023")
        stored = export_rows.last(db, unit.code, "2023-05")["content_digest"]
        assert result.path.is_file() and len(stored) == 64
        again = export_period(db, plan, unit, User("演示", "admin"), "2023-05", folder=out,
                              sign_off=SignOff("甲", "乙", "丙", "025-1234"), passphrase="demo-key-2023")
        assert again.unchanged and sorted(p.name for p in out.iterdir()) == [result.path.name]
        assert export_rows.last(db, unit.code, "2023-05")["content_digest"] == stored
        assert active_key(db).fingerprint == result.fingerprint
    finally:
        db.close()
