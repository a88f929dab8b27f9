"""The district end to end: trust two offices' keys, merge their workbooks, then meet every
status from a real case — each refused file changes nothing."""
from __future__ import annotations

import json
import shutil
import zipfile

import openpyxl
import pytest

from db.schema import open_database
from desktop.security import signing
from desktop.security.auth import User
from desktop.errors import AuthError
from desktop.main import main
from desktop.exchange.merge import merge_files
from desktop.security.trust import add_key_file

from submission_factory import make_district, make_office, make_submission, person
from submission_factory import public_key_file as pub_file

SUPERVISOR = User("区汇总员", "supervisor")


@pytest.fixture
def district(tmp_path, monkeypatch):
    path = make_district(tmp_path / "区汇总.sqlite")
    monkeypatch.setenv("STREET_LEDGER_USER", "区汇总员")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    return path


def cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def merge_json(capsys, district, *files):
    code, out, err = cli(capsys, "--db", district, "merge", *files, "--json")
    assert not err, err
    return code, json.loads(out)


def state_of(district):
    """Everything a merge may change, to prove a refused file changed nothing."""
    db = open_database(district)
    try:
        return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in ("submissions", "merged_values", "merged_records", "register_snapshots")}
    finally:
        db.close()


def edit_cell(src, dst):
    shutil.copy(src, dst)
    wb = openpyxl.load_workbook(dst)
    ws = wb["指标进度"]
    ws.cell(row=3, column=9).value = 9999
    wb.save(dst)


def test_merge_every_status_from_a_real_case(tmp_path, capsys, district):
    files = tmp_path / "来稿"
    files.mkdir()
    nhl, hql = make_office(tmp_path, "NHL"), make_office(tmp_path, "HQL")
    for office, code in ((nhl, "NHL"), (hql, "HQL")):
        code_, out, err = cli(capsys, "--db", district, "trust", "add", pub_file(office, tmp_path), "--office", code)
        assert code_ == 0, err
    a = make_submission(nhl, files, period="2023-03", values={"new_jobs": 120, "reemployed": 30},
                        registers={"unemployed": [person(1, "宁海路社区"), person(2, "宁海路社区")]})
    b = make_submission(hql, files, period="2023-03", values={"new_jobs": 80, "reemployed": "不适用"},
                        registers={"unemployed": [person(2, "华侨路社区"), person(3, "华侨路社区")]})
    code, results = merge_json(capsys, district, files)        # a folder: every .xlsx, by name
    assert code == 0 and [r["status"] for r in results] == ["merged", "merged"]
    assert {r["office"] for r in results} == {"NHL", "HQL"}
    db = open_database(district)
    total = db.execute("SELECT sum(value) FROM merged_values WHERE indicator_id = 'new_jobs'").fetchone()[0]
    states = dict(db.execute("SELECT unit_code, state FROM merged_values WHERE indicator_id = 'reemployed'").fetchall())
    keys = {r[0]: r[1] for r in db.execute("SELECT unit_code, use_count FROM trusted_keys")}
    db.close()
    assert total == 200 and states == {"NHL": "value", "HQL": "na"} and keys == {"NHL": 1, "HQL": 1}

    # A higher revision replaces the office's values for that period.
    v2 = make_submission(nhl, tmp_path, period="2023-04", revision=2, values={"new_jobs": 50})
    assert merge_json(capsys, district, v2)[1][0]["status"] == "merged"

    cases = tmp_path / "cases"
    cases.mkdir()
    edited = cases / "edited.xlsx"
    edit_cell(a, edited)
    bad_sig = cases / "bad_sig.xlsx"
    shutil.copy(a, bad_sig)
    wb = openpyxl.load_workbook(bad_sig)
    sig = wb["签名信息"]
    for row in sig.iter_rows():
        if row[0].value == "signature":
            row[1].value = "A" * 86 + "=="
    wb.save(bad_sig)
    unsigned = cases / "unsigned.xlsx"
    plain = openpyxl.Workbook()
    plain.active.append(["指标", "本月"])
    plain.save(unsigned)
    stranger = make_submission(make_office(tmp_path, "HNL"), cases, period="2023-03", name="stranger.xlsx")
    wrong = make_submission(hql, cases, period="2023-05", claim="NHL", name="wrong.xlsx")
    zym = make_office(tmp_path, "ZYM")
    add_key_file(open_database(district), pub_file(zym, tmp_path), "ZYM", user=SUPERVISOR)
    revoked = make_submission(zym, cases, period="2023-05", exported_at="2023-05-28T09:00:00", name="revoked.xlsx")
    before_cutoff = make_submission(zym, cases, period="2023-04", exported_at="2023-04-28T09:00:00", name="zym-apr.xlsx")
    fp = signing.active_key(open_database(zym)).fingerprint
    assert cli(capsys, "--db", district, "trust", "revoke", fp, "--cutoff", "2023-05-01")[0] == 0
    older = make_submission(nhl, cases, period="2023-04", revision=1, values={"new_jobs": 40}, name="older.xlsx")
    conflict1 = make_submission(hql, tmp_path, period="2023-04", revision=2, values={"new_jobs": 10}, name="c1.xlsx")
    assert merge_json(capsys, district, conflict1)[1][0]["status"] == "merged"
    conflict2 = make_submission(hql, cases, period="2023-04", revision=2, values={"new_jobs": 11}, name="conflict.xlsx")
    other_plan = make_submission(nhl, cases, period="2023-06", plan_version=2, name="plan2.xlsx")
    truncated = cases / "truncated.xlsx"
    truncated.write_bytes(a.read_bytes()[: a.stat().st_size // 2])
    bomb = cases / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (4 * 1024 * 1024))

    expected = {edited: "tampered", bad_sig: "bad_signature", unsigned: "unsigned", stranger: "unknown_key",
                wrong: "wrong_office_key", revoked: "revoked_key", a: "duplicate", older: "superseded",
                conflict2: "conflict", other_plan: "plan_mismatch", truncated: "malformed", bomb: "unsafe"}
    before = state_of(district)
    code, results = merge_json(capsys, district, *expected)
    assert code == 3
    got = {r["file"]: r["status"] for r in results}
    assert got == {str(f): s for f, s in expected.items()}
    assert all(r["reason"] for r in results)
    assert state_of(district) == before                        # nothing merged, nothing replaced
    db = open_database(district)
    rejected = {r[0] for r in db.execute("SELECT status FROM rejections")}
    db.close()
    assert rejected == set(expected.values()) - {"duplicate"}

    # verify in the district answers the same without merging. A file dated before the cut-off but
    # first received after it is refused too: the office's clock is not what the district trusts
    # (files received before the cut-off: tests/test_trust_time.py).
    code, out, _ = cli(capsys, "--db", district, "verify", before_cutoff, revoked, "--json")
    assert code == 3 and [r["status"] for r in json.loads(out)] == ["revoked_key", "revoked_key"]
    assert state_of(district) == before
    assert merge_json(capsys, district, before_cutoff)[1][0]["status"] == "revoked_key"


def test_trust_is_for_supervisors_and_office_must_match(tmp_path, district):
    nhl = make_office(tmp_path, "NHL")
    pub = pub_file(nhl, tmp_path)
    db = open_database(district)
    try:
        with pytest.raises(AuthError):
            add_key_file(db, pub, "NHL", user=User("张三", "clerk"))
        with pytest.raises(Exception, match="不符"):
            add_key_file(db, pub, "HQL", user=SUPERVISOR)
        key = add_key_file(db, pub, "nhl", user=SUPERVISOR)
        assert key.how == "file" and key.unit_code == "NHL"
    finally:
        db.close()


def test_rotated_key_is_trusted_through_its_statement(tmp_path, district, capsys, monkeypatch):
    nhl = make_office(tmp_path, "NHL")
    db = open_database(district)
    add_key_file(db, pub_file(nhl, tmp_path), "NHL", user=SUPERVISOR)
    odb = open_database(nhl)
    signing.rotate(odb, "office-pass-2023", "office-pass-2024", user=User("填报员", "admin"))
    new_pub = signing.export_public_key(odb, tmp_path / "new.pub", user=User("填报员", "admin"))
    odb.close()
    key = add_key_file(db, new_pub, None, user=SUPERVISOR)     # no --office needed: the statement says
    assert key.how == "rotation"
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = '信任密钥' AND reason = '密钥更换声明'").fetchone()[0] == 1
    db.close()
    code, out, _ = cli(capsys, "--db", district, "trust", "list", "--json")
    assert code == 0 and [k["how"] for k in json.loads(out)] == ["file", "rotation"]
    sub = make_submission(nhl, tmp_path, period="2023-03", passphrase="office-pass-2024")
    assert merge_files(open_database(district), [sub], user=SUPERVISOR)[0].status == "merged"


def test_a_higher_revision_replaces_the_lower_ones_figures(tmp_path, district):
    nhl = make_office(tmp_path, "NHL")
    db = open_database(district)
    add_key_file(db, pub_file(nhl, tmp_path), "NHL", user=SUPERVISOR)
    db.close()
    v1 = make_submission(nhl, tmp_path, period="2023-04", revision=1, values={"new_jobs": 10},
                         registers={"unemployed": [person(1, "宁海路社区"), person(2, "宁海路社区")]})
    v2 = make_submission(nhl, tmp_path, period="2023-04", revision=2, values={"new_jobs": 20},
                         registers={"unemployed": [person(3, "宁海路社区")]})
    db = open_database(district)
    try:
        assert [r.status for r in merge_files(db, [v1], user=SUPERVISOR)] == ["merged"]
        assert [r.status for r in merge_files(db, [v2], user=SUPERVISOR)] == ["merged"]
        figures = db.execute("SELECT indicator_id, value, revision FROM merged_values "
                             "WHERE unit_code = 'NHL' AND period = '2023-04' AND indicator_id = 'new_jobs'").fetchall()
        ids = {r[0] for r in db.execute("SELECT id_number FROM merged_records WHERE unit_code = 'NHL'")}
    finally:
        db.close()
    assert figures == [("new_jobs", "20", 2)]          # values are kept as canonical text
    assert ids == {person(3, "宁海路社区")["id_number"]}
