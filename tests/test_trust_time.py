"""Revocation and lateness judged by what the district can trust: the time it first received a
file, never the export time the file claims; a revision never older than one accepted; and a key
replaced by an accepted rotation retired (older receipts still verify, nothing new is accepted)."""
from __future__ import annotations

import shutil

import pytest

from db import ledger, receipts
from db.schema import open_database
from desktop.exchange import merge
from desktop.security import signing
from desktop.security.auth import User, login
from desktop.exchange.export import SignOff, export_period
from desktop.exchange.merge import merge_files, verify_files
from desktop.session import Session
from desktop.security.trust import add_key_file, list_keys, revoke

from submission_factory import PASSPHRASE, make_district, make_office, make_submission
from submission_factory import public_key_file as pub_file

SUPERVISOR = User("区汇总员", "supervisor")


@pytest.fixture
def district(tmp_path):
    return make_district(tmp_path / "区汇总.sqlite")


def _received_at(monkeypatch, when: str) -> None:
    """The district's clock at a receipt (merge reads it through trust.received_now)."""
    monkeypatch.setattr(merge, "received_now", lambda: when)


def _merge(district, *files) -> list[str]:
    db = open_database(district)
    try:
        return [r.status for r in merge_files(db, files, user=SUPERVISOR)]
    finally:
        db.close()


def _verify(district, *files) -> list:
    db = open_database(district)
    try:
        return verify_files(db, files)
    finally:
        db.close()


def _trust(district, office, tmp_path, code="NHL"):
    db = open_database(district)
    try:
        return add_key_file(db, pub_file(office, tmp_path), code, user=SUPERVISOR)
    finally:
        db.close()


def test_a_backdated_file_signed_by_the_revoked_key_after_the_cutoff_is_refused(tmp_path, district, monkeypatch):
    office = make_office(tmp_path, "NHL")
    key = _trust(district, office, tmp_path)
    rev1 = make_submission(office, tmp_path, period="2023-04", revision=1, exported_at="2023-04-28T09:00:00",
                           values={"new_jobs": 10})
    rev2 = make_submission(office, tmp_path, period="2023-04", revision=2, exported_at="2023-04-29T09:00:00",
                           values={"new_jobs": 20})
    _received_at(monkeypatch, "2023-04-28T10:00:00.000000")
    assert _merge(district, rev1) == ["merged"]
    _received_at(monkeypatch, "2023-04-29T10:00:00.000000")
    assert _merge(district, rev2) == ["merged"]
    db = open_database(district)
    revoke(db, key.fingerprint, "2023-05-01", user=SUPERVISOR, reason="电脑丢失")   # lost on 1 May
    db.close()
    monkeypatch.undo()                                         # from here the real clock

    # whoever has the lost PC signs a revision 3 and dates it before the cut-off
    forged = make_submission(office, tmp_path, period="2023-04", revision=3, exported_at="2023-04-30T09:00:00",
                             values={"new_jobs": 999}, name="backdated.xlsx")
    [outcome] = _verify(district, forged)
    assert outcome.status == "revoked_key" and "收到" in outcome.reason
    assert _merge(district, forged) == ["revoked_key"]
    db = open_database(district)
    assert ledger.latest(db, "NHL", "2023-04")["revision"] == 2
    db.close()
    # a file the district received before the cut-off still verifies (as already merged)
    assert [r.status for r in _verify(district, rev2)] == ["duplicate"]


def test_a_file_verified_before_the_cutoff_still_merges_after_it(tmp_path, district, monkeypatch):
    office = make_office(tmp_path, "NHL")
    key = _trust(district, office, tmp_path)
    april = make_submission(office, tmp_path, period="2023-04", exported_at="2023-04-28T09:00:00")
    _received_at(monkeypatch, "2023-04-29T10:00:00.000000")
    assert [r.status for r in _verify(district, april)] == ["verified"]     # received then
    monkeypatch.undo()
    db = open_database(district)
    revoke(db, key.fingerprint, "2023-05-01", user=SUPERVISOR)
    db.close()
    late = make_submission(office, tmp_path, period="2023-05", exported_at="2023-04-30T09:00:00", name="late.xlsx")
    assert _merge(district, april, late) == ["merged", "revoked_key"]


def test_a_revision_dated_before_the_accepted_one_is_refused(tmp_path, district):
    office = make_office(tmp_path, "NHL")
    _trust(district, office, tmp_path)
    rev2 = make_submission(office, tmp_path, period="2023-04", revision=2, exported_at="2023-04-29T09:00:00")
    assert _merge(district, rev2) == ["merged"]
    rev3 = make_submission(office, tmp_path, period="2023-04", revision=3, exported_at="2023-04-20T09:00:00",
                           values={"new_jobs": 5}, name="rev3.xlsx")
    [outcome] = _verify(district, rev3)
    assert outcome.status == "backdated" and "早于已合并的第2版" in outcome.reason
    rev4 = make_submission(office, tmp_path, period="2023-04", revision=4, exported_at="2023-05-02T09:00:00",
                           name="rev4.xlsx")
    assert _merge(district, rev3, rev4) == ["backdated", "merged"]


def test_after_an_accepted_rotation_the_old_key_is_retired(tmp_path, district):
    office = make_office(tmp_path, "NHL")
    old_key = _trust(district, office, tmp_path)
    before = make_submission(office, tmp_path, period="2023-03", name="before.xlsx")
    assert _merge(district, before) == ["merged"]

    old_pc = tmp_path / "old-pc.sqlite"              # the office's database as it was, old key and all
    shutil.copy(office, old_pc)
    db = open_database(office)
    signing.rotate(db, PASSPHRASE, "office-pass-2024", user=User("填报员", "admin"))
    rotated = signing.export_public_key(db, tmp_path / "rotated.pub", user=User("填报员", "admin"))
    db.close()
    db = open_database(district)
    new_key = add_key_file(db, rotated, None, user=SUPERVISOR)
    assert new_key.how == "rotation"
    retired = {k.fingerprint: k for k in list_keys(db)}[old_key.fingerprint]
    assert retired.retired and retired.replaced_by == new_key.fingerprint and not retired.revoked
    db.close()

    late = make_submission(old_pc, tmp_path, period="2023-04", name="old-key-late.xlsx")
    [outcome] = _verify(district, late)
    assert outcome.status == "retired_key" and new_key.fingerprint in outcome.reason
    assert [r.status for r in _verify(district, before)] == ["duplicate"]      # older receipts still verify
    fresh = make_submission(office, tmp_path, period="2023-04", passphrase="office-pass-2024", name="new-key.xlsx")
    assert _merge(district, late, fresh) == ["retired_key", "merged"]


def test_the_district_records_the_audit_head_each_office_sent(tmp_path, district):
    office = make_office(tmp_path, "NHL")
    _trust(district, office, tmp_path)
    db = open_database(office)
    s = Session.start(office, db, login(db, "填报员", "abc12345"))
    result = export_period(db, s.plan, s.unit, s.user, "2023-03", folder=tmp_path / "out",
                           sign_off=SignOff("王芳", "李强", "赵明", "025-83000000"), passphrase=PASSPHRASE)
    from db import audit
    from desktop.exchange.workbook.reader import read_signed
    signed = read_signed(result.path, keep_rows=False).meta
    assert signed["audit_hash"] == audit.hash_at(db, int(signed["audit_seq"]))
    db.close()
    assert _merge(district, result.path) == ["merged"]
    db = open_database(district)
    heads = receipts.office_heads(db)
    db.close()
    assert [(h["unit_code"], h["audit_seq"], h["audit_hash"]) for h in heads] == [
        ("NHL", int(signed["audit_seq"]), signed["audit_hash"])]


def test_a_later_file_whose_audit_head_went_back_is_flagged_at_the_district(tmp_path, district):
    import sqlite3

    from db import audit
    office = make_office(tmp_path, "NHL")
    _trust(district, office, tmp_path)
    sign_off = SignOff("王芳", "李强", "赵明", "025-83000000")

    def export(period):
        db = open_database(office)
        try:
            s = Session.start(office, db, login(db, "填报员", "abc12345"))
            return export_period(db, s.plan, s.unit, s.user, period, folder=tmp_path / "out", sign_off=sign_off,
                                 passphrase=PASSPHRASE).path
        finally:
            db.close()

    march = export("2023-03")
    assert _merge(district, march) == ["merged"]
    raw = sqlite3.connect(office)                 # someone cuts the office's log back behind the triggers
    raw.execute("DROP TRIGGER audit_log_no_delete")
    raw.execute("DELETE FROM audit_log WHERE id > 3")
    raw.commit()
    raw.close()
    april = export("2023-04")
    db = open_database(district)
    [outcome] = merge_files(db, [april], user=SUPERVISOR)
    flagged = audit.search(db, action="审计锚点异常")
    db.close()
    assert outcome.status == "merged" and "审计日志只到第" in outcome.reason
    assert len(flagged) == 1 and "2023-04" in flagged[0][4] and "请向该街道核实" in flagged[0][6]


def test_the_cutoff_day_itself_is_refused(tmp_path, district, monkeypatch):
    # "自 cut-off 起" is inclusive: a file first received on the cut-off day is refused,
    # one received the evening before is not.
    office = make_office(tmp_path, "NHL")
    key = _trust(district, office, tmp_path)
    db = open_database(district)
    revoke(db, key.fingerprint, "2023-05-01", user=SUPERVISOR)
    db.close()
    april = make_submission(office, tmp_path, period="2023-04", exported_at="2023-04-28T09:00:00")
    may = make_submission(office, tmp_path, period="2023-05", exported_at="2023-04-29T09:00:00", name="may.xlsx")
    _received_at(monkeypatch, "2023-04-30T23:59:59.000000")
    assert _merge(district, april) == ["merged"]
    _received_at(monkeypatch, "2023-05-01T00:00:01.000000")
    assert _merge(district, may) == ["revoked_key"]
