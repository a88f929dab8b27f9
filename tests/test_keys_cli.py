"""The office's key through the CLI: show, export, passphrase change, rotation; verify statuses."""
from __future__ import annotations

import json

import pytest

from db.schema import open_database
from desktop.security import keys, signing
from desktop.main import main
from desktop.exchange.office_verify import verify_own
from desktop.exchange.workbook.sheets import Column, Sheet
from desktop.exchange.workbook.writer import write_signed


@pytest.fixture
def as_admin(monkeypatch):
    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "key-pass-2023")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_key_show_and_export(capsys, office_db_path, tmp_path, as_admin):
    code, out, _ = run(capsys, "--db", str(office_db_path), "key", "show", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["unit"] == "NHL" and len(shown["fingerprint"].split()) == 10
    target = tmp_path / "宁海路街道.pub"
    code, out, _ = run(capsys, "--db", str(office_db_path), "key", "export", "--out", str(target))
    assert code == 0
    parsed = keys.parse_public_key_text(target.read_text(encoding="utf-8"))
    assert parsed.office_code == "NHL" and parsed.office_name == "宁海路街道"
    assert parsed.fingerprint.replace(" ", "") == shown["fingerprint"].replace(" ", "")
    code, _, err = run(capsys, "--db", str(office_db_path), "key", "export", "--out", str(target))
    assert code == 1 and "已存在" in err


def test_wrong_passphrase_is_a_clear_message(capsys, office_db_path, monkeypatch, as_admin):
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "not-the-one-1")
    monkeypatch.setenv("STREET_LEDGER_NEW_PASSPHRASE", "new-pass-2024")
    code, _, err = run(capsys, "--db", str(office_db_path), "key", "passwd")
    assert code == 1 and "口令不正确" in err and "Traceback" not in err


def test_passphrase_change_and_rotation(capsys, office_db_path, monkeypatch, tmp_path, as_admin):
    monkeypatch.setenv("STREET_LEDGER_NEW_PASSPHRASE", "new-pass-2024")
    assert run(capsys, "--db", str(office_db_path), "key", "passwd")[0] == 0
    db = open_database(office_db_path)
    old_fp = signing.active_key(db).fingerprint
    with pytest.raises(keys.SigningKeyError):
        signing.signer(db, "key-pass-2023")
    signing.signer(db, "new-pass-2024")
    db.close()

    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "new-pass-2024")
    monkeypatch.setenv("STREET_LEDGER_NEW_PASSPHRASE", "third-pass-2025")
    code, out, _ = run(capsys, "--db", str(office_db_path), "key", "rotate", "--json")
    assert code == 0 and json.loads(out)["fingerprint"] != old_fp
    target = tmp_path / "new.pub"
    assert run(capsys, "--db", str(office_db_path), "key", "export", "--out", str(target))[0] == 0
    parsed = keys.parse_public_key_text(target.read_text(encoding="utf-8"))
    assert parsed.rotation is not None and keys.verify_rotation(parsed.rotation)
    assert keys.fingerprint(parsed.rotation.old_public_raw) == old_fp


def _signed_file(db, path, passphrase, unit_code="NHL", plan_version="1"):
    key = signing.active_key(db)
    meta = {"unit_code": unit_code, "unit_name": "宁海路街道", "period": "2023-03", "revision": "1",
            "plan_id": "wumin-2023", "plan_version": plan_version}
    sheet = Sheet("指标进度", [Column("指标"), Column("本月", "auto")], [["新增就业岗位", 120]])
    write_signed(path, meta, [sheet], sign=signing.signer(db, passphrase), public_raw=key.public_raw,
                 fingerprint=key.fingerprint)
    return path


def test_verify_statuses_in_the_office(capsys, office_db_path, tmp_path):
    db = open_database(office_db_path)
    good = _signed_file(db, tmp_path / "good.xlsx", "key-pass-2023")
    claims_other = _signed_file(db, tmp_path / "other.xlsx", "key-pass-2023", unit_code="HQL")
    old_plan = _signed_file(db, tmp_path / "plan.xlsx", "key-pass-2023", plan_version="0")
    assert verify_own(db, good).status == "verified"
    assert verify_own(db, claims_other).status == "wrong_office_key"
    assert verify_own(db, old_plan).status == "plan_mismatch"
    db.close()

    other = tmp_path / "华侨路.sqlite"
    from desktop.system.provision import initialise
    initialise(other, district=False, office_code="HQL", admin="李四", password="abc12345", passphrase="hq-pass-2023")
    odb = open_database(other)
    foreign = _signed_file(odb, tmp_path / "foreign.xlsx", "hq-pass-2023", unit_code="HQL")
    odb.close()
    code, out, _ = run(capsys, "--db", str(office_db_path), "verify", str(good), str(foreign), "--json")
    results = json.loads(out)
    assert code == 3
    assert [r["status"] for r in results] == ["verified", "unknown_key"]
    assert set(results[0]) == {"file", "status", "reason", "office", "period", "revision", "fingerprint"}
    assert results[0]["office"] == "NHL" and results[0]["period"] == "2023-03" and results[0]["revision"] == "1"
    code, out, _ = run(capsys, "--db", str(office_db_path), "verify", str(good))
    assert code == 0 and "校验通过" in out


@pytest.mark.parametrize("command", ["rotate", "passwd"])
def test_a_clerk_cannot_rotate_the_key_or_change_its_passphrase(capsys, office_db_path, monkeypatch, command):
    from desktop.security.auth import login
    from desktop.security.users import add_user

    db = open_database(office_db_path)
    add_user(db, login(db, "张三", "abc12345"), "小王", "clerk", "clerk2023")
    fingerprint = signing.active_key(db).fingerprint
    db.close()
    monkeypatch.setenv("STREET_LEDGER_USER", "小王")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "clerk2023")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "key-pass-2023")
    monkeypatch.setenv("STREET_LEDGER_NEW_PASSPHRASE", "clerk-took-it-2024")
    code, _, err = run(capsys, "--db", str(office_db_path), "key", command)
    assert code == 1 and "无权执行：更换签名密钥、修改密钥口令" in err
    db = open_database(office_db_path)
    assert signing.active_key(db).fingerprint == fingerprint
    signing.signer(db, "key-pass-2023")            # the administrator's passphrase still unlocks the key
    db.close()
