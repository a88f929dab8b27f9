"""The command line: exit codes, one-line messages, JSON output. Drives desktop.main like a user."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.main import main

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_plan_show_json_before_any_setup_lists_the_shipped_plan(capsys, tmp_path):
    code, out, _ = run(capsys, "--db", str(tmp_path / "none.sqlite"), "plan", "show", "--json")
    assert code == 0
    data = json.loads(out)
    by_id = {i["id"]: i for i in data["indicators"]}
    assert by_id["fiscal_revenue"]["target"] == "62" and by_id["fiscal_revenue"]["unit"] == "亿元"
    assert by_id["unemployment_rate"]["direction"] == "at_most"
    assert by_id["old_estates_renewed"]["kind"] == "amount"
    assert len(data["offices"]) == 13
    shares = [a for a in data["assignments"] if a["indicator"] == "reemployed"]
    assert len(shares) == 13 and sum(int(a["target"]) for a in shares) == 9000


def test_init_needs_a_password_from_the_environment(capsys, tmp_path):
    code, out, err = run(capsys, "--db", str(tmp_path / "x.sqlite"), "init", "--office", "NHL", "--admin", "张三")
    assert code == 1
    assert err.startswith("错误：") and "STREET_LEDGER_PASSWORD" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "x.sqlite").exists()


def test_init_office_then_show_check_backup(capsys, tmp_path, monkeypatch):
    path = tmp_path / "宁海路街道.sqlite"
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "key-pass-2023")
    code, out, _ = run(capsys, "--db", str(path), "init", "--office", "nhl", "--admin", "张三", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["unit"] == "NHL" and result["name"] == "宁海路街道"
    assert len(result["fingerprint"].split()) == 10

    code, out, err = run(capsys, "--db", str(path), "init", "--office", "NHL", "--admin", "李四")
    assert code == 1 and "已经初始化" in err

    code, out, _ = run(capsys, "--db", str(path), "plan", "show")
    assert code == 0 and "新增就业岗位" in out and "待区里确认" in out

    code, out, _ = run(capsys, "--db", str(path), "check", "--json")
    assert code == 0 and json.loads(out)["quick_check"] == "ok"

    # a backup carries every resident ID: never without a login, and audited as a personal-data export
    code, _, err = run(capsys, "--db", str(path), "backup", "--to", str(tmp_path / "U盘"), "--json")
    assert code == 1 and "--user" in err and not (tmp_path / "U盘").exists()
    code, out, _ = run(capsys, "--db", str(path), "--user", "张三", "backup", "--to", str(tmp_path / "U盘"), "--json")
    assert code == 0
    assert Path(json.loads(out)["backup"]).parent == tmp_path / "U盘"


def test_init_unknown_office_lists_the_choices(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "key-pass-2023")
    code, _, err = run(capsys, "--db", str(tmp_path / "y.sqlite"), "init", "--office", "ZZZ", "--admin", "a")
    assert code == 1 and "ZZZ" in err and "宁海路街道" in err


def test_init_weak_password_is_refused(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "123")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "key-pass-2023")
    code, _, err = run(capsys, "--db", str(tmp_path / "z.sqlite"), "init", "--district", "--admin", "a")
    assert code == 1 and "至少 8 位" in err


def test_init_with_a_bad_plan_file_names_it(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", "key-pass-2023")
    bad = tmp_path / "新计划.toml"
    bad.write_text('[plan]\nid = "p"\nyear = 2024\nversion = 2\n[[areas]]\nid = "a"\n', encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "w.sqlite"), "init", "--district", "--admin", "a",
                       "--plan", str(bad))
    assert code == 1 and "新计划.toml" in err and "name" in err


def test_demo_and_check(capsys, data_home):
    code, out, _ = run(capsys, "demo", "--json")
    assert code == 0
    path = Path(json.loads(out)["db"])
    assert path.parent == data_home
    code, out, err = run(capsys, "demo")
    assert code == 1 and "已存在" in err
    code, out, _ = run(capsys, "--demo", "check")
    assert code == 0 and "完好" in out


def test_missing_database_is_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "--db", str(tmp_path / "nowhere.sqlite"), "check")
    assert code == 1 and "不存在" in err and err.count("\n") == 1


def test_corrupt_database_check_exits_1(capsys, office_db_path):
    data = bytearray(office_db_path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8: offset + 200] = b"\xa5" * 192
    office_db_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(office_db_path) + suffix).unlink(missing_ok=True)
    code, _, err = run(capsys, "--db", str(office_db_path), "check")
    assert code == 1 and "损坏" in err and "Traceback" not in err


def test_python_dash_m_desktop_is_the_same_entry_point(tmp_path):
    result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "n.sqlite"), "check"],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 1 and "不存在" in result.stderr and "Traceback" not in result.stderr


def test_readme_documents_every_command():
    from desktop.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:
        assert re.search(rf"`street-ledger [^`]*\b{name}\b[^`]*`", readme), f"README lacks {name}"
