"""The audit log against anchors outside the database: each attack someone holding the file can
make (drop the triggers, cut the end, empty it, forge a row, rewrite who did something, change a
reason) is found by ``check`` and named."""
from __future__ import annotations

import json
import sqlite3

import openpyxl
import pytest
import sqlite_utils

from db import audit
from db.connection import write
from db.schema import open_database
from desktop.system import backups
from desktop.security.auth import login
from desktop.exchange.export import SignOff, export_period
from desktop.main import main
from desktop.session import Session
from desktop.exchange.workbook.reader import read_signed

SIGN = SignOff("张三", "李四", "王五", "025-83000000")


def _entries(db, n: int, who: str = "张三") -> None:
    with write(db):
        for i in range(n):
            audit.append(db, at=f"2023-03-0{i % 9 + 1}T09:00:00", user=who, action="修改数值",
                         target=f"指标{i}", old=str(i), new=str(i + 1), reason=f"更正{i}")


@pytest.fixture
def exported(office_db_path, tmp_path):
    """Ten entries, then a signed export (its anchor), then two entries after it."""
    db = open_database(office_db_path)
    s = Session.start(office_db_path, db, login(db, "张三", "abc12345"))
    _entries(db, 10)
    result = export_period(db, s.plan, s.unit, s.user, f"{s.plan.year}-03", folder=tmp_path / "报送表",
                           sign_off=SIGN, passphrase="key-pass-2023")
    anchor = int(read_signed(result.path, keep_rows=False).meta["audit_seq"])
    _entries(db, 2, who="李四")
    db.close()
    return office_db_path, result.path, anchor


def _check(capsys, path, *extra) -> tuple[int, dict]:
    code = main(["--db", str(path), "check", "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def _codes(report: dict) -> list[str]:
    return [f["code"] for f in report["audit"]["findings"]]


def _tamper(path, *sql: str, params=()) -> None:
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for statement in sql:
        raw.execute(statement, params)
    raw.commit()
    raw.close()


def _rechain_from(path, first: int) -> None:
    """What a careful attacker does after changing row ``first``: recompute every hash after it."""
    raw = sqlite3.connect(path)
    raw.row_factory = sqlite3.Row
    rows = [dict(r) for r in raw.execute("SELECT * FROM audit_log WHERE id >= ? ORDER BY id", [first - 1])]
    prev = rows[0]["hash"] if first > 1 else audit.GENESIS
    for row in rows if first == 1 else rows[1:]:
        row["prev_hash"] = prev
        prev = audit.digest(row)
        raw.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [row["prev_hash"], prev, row["id"]])
    raw.commit()
    raw.close()


def test_an_untouched_log_checks_out_against_its_signed_export(capsys, exported):
    path, workbook, anchor = exported
    code, report = _check(capsys, path)
    assert code == 0 and report["audit_chain"] == "ok" and report["audit"]["findings"] == []
    assert any(a["signed"] and a["seq"] == anchor for a in report["audit"]["anchors"])
    assert report["audit"]["anchored_seq"] >= anchor
    assert main(["--db", str(path), "check"]) == 0
    assert "审计日志链完整" in capsys.readouterr().out


def test_the_head_in_the_workbook_is_under_the_signature(exported, tmp_path):
    _, workbook, anchor = exported
    wb = openpyxl.load_workbook(workbook)
    sig = wb["签名信息"]
    for row in sig.iter_rows():
        if row[0].value == "audit_seq":
            row[1].value = str(anchor + 5)
    forged = tmp_path / "forged.xlsx"
    wb.save(forged)
    assert read_signed(forged, keep_rows=False).status != "intact"


def test_dropped_triggers_are_reported_and_restored(capsys, exported):
    path, _, _ = exported
    _tamper(path)
    code, report = _check(capsys, path)
    assert code == 1 and _codes(report) == ["triggers_missing"]
    assert sorted(report["audit"]["triggers_restored"]) == ["audit_log_no_delete", "audit_log_no_update"]
    raw = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        raw.execute("DELETE FROM audit_log WHERE id = 1")         # back in force
    assert raw.execute("SELECT count(*) FROM audit_log WHERE action = '恢复审计保护'").fetchone()[0] == 1
    raw.close()


def test_triggers_put_back_by_an_earlier_open_are_still_reported(capsys, exported):
    path, _, _ = exported
    _tamper(path)
    open_database(path).close()                # the window opened it first and put them back
    code, report = _check(capsys, path)
    assert code == 1 and _codes(report) == ["triggers_missing"] and report["audit"]["triggers_restored"] == []
    assert "已重建" in report["audit"]["findings"][0]["message"]


def test_an_altered_trigger_counts_as_missing(capsys, exported):
    path, _, _ = exported
    _tamper(path, "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END")
    code, report = _check(capsys, path)
    assert "triggers_missing" in _codes(report)


def test_rows_cut_off_the_end_are_named_as_truncation(capsys, exported):
    path, _, anchor = exported
    _tamper(path, "DELETE FROM audit_log WHERE id >= ?", params=(anchor - 2,))
    code, report = _check(capsys, path)
    assert code == 1 and "truncated" in _codes(report) and "chain_broken" not in _codes(report)
    assert main(["--db", str(path), "check"]) == 1
    assert "末尾的记录被删除" in capsys.readouterr().err


def test_an_emptied_log_is_named(capsys, exported):
    path, _, _ = exported
    _tamper(path, "DELETE FROM audit_log")
    code, report = _check(capsys, path)
    assert code == 1 and "emptied" in _codes(report)
    assert report["audit"]["rows"] == 0


def test_a_forged_row_in_place_of_the_anchored_one_is_named(capsys, exported):
    path, _, anchor = exported
    # drop everything from the anchored entry on, append a forged entry with a correct hash
    _tamper(path, "DELETE FROM audit_log WHERE id >= ?", params=(anchor,))
    db = open_database(path)
    with write(db):
        audit.append(db, at="2023-03-09T10:00:00", user="张三", action="删除记录", target="低保户 王某",
                     reason="张三删的")
    assert audit.verify_chain(db) is None                       # the chain alone is whole again
    db.close()
    code, report = _check(capsys, path)
    assert code == 1 and "rewritten" in _codes(report)


def test_a_forged_row_after_the_last_anchor_is_not_vouched_for(capsys, exported):
    """Past the newest anchor nothing outside the file speaks for a row: check says so."""
    path, _, anchor = exported
    raw = sqlite3.connect(path)                  # INSERT needs no trigger dropped
    db = sqlite_utils.Database(raw)
    head = audit.head(db)
    row = {c: "" for c in audit.columns(db) if c != "hash"}
    row.update(id=head[0] + 1, at="2023-03-09T10:00:00", user="李四", action="删除记录", prev_hash=head[1])
    raw.execute(f"INSERT INTO audit_log ({', '.join(row)}, hash) VALUES ({', '.join('?' * (len(row) + 1))})",
                [*row.values(), audit.digest(row)])
    raw.commit()
    raw.close()
    main(["--db", str(path), "check"])
    out = capsys.readouterr()
    code, report = _check(capsys, path)
    assert code == 0 and report["audit"]["unanchored"] >= 1
    assert report["audit"]["anchored_seq"] < report["audit"]["last_seq"]
    assert "尚无外部凭证" in out.out + out.err


def test_rewriting_who_did_something_before_the_anchor_is_named(capsys, exported):
    path, _, anchor = exported
    _tamper(path, "UPDATE audit_log SET user = '李四' WHERE id = ?", params=(anchor - 3,))
    _rechain_from(path, anchor - 3)
    db = open_database(path)
    assert audit.verify_chain(db) is None                       # every hash recomputed
    db.close()
    code, report = _check(capsys, path)
    assert code == 1 and "rewritten" in _codes(report) and "chain_broken" not in _codes(report)


def test_a_backup_names_the_first_rewritten_entry(capsys, exported):
    path, _, anchor = exported
    db = open_database(path)
    backups.take(db, path, "manual")
    db.close()
    _tamper(path, "UPDATE audit_log SET user = '李四' WHERE id = 4")
    _rechain_from(path, 4)
    code, report = _check(capsys, path)
    found = [f for f in report["audit"]["findings"] if f["source"].startswith("备份")]
    assert code == 1 and found and found[0]["seq"] == 4 and "第 4 条" in found[0]["message"]


def test_a_changed_reason_breaks_the_chain(capsys, exported):
    path, _, _ = exported
    _tamper(path, "UPDATE audit_log SET reason = '另一个原因' WHERE id = 5")
    code, report = _check(capsys, path)
    assert code == 1 and "chain_broken" in _codes(report)
    assert report["audit"]["chain_break"] == 5


def test_changing_any_single_column_breaks_the_chain(office_db_path, tmp_path):
    """Every column the table has, read from the table itself: none may fall out of the hash."""
    import shutil
    db = open_database(office_db_path)
    _entries(db, 3)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    columns = audit.columns(db)
    db.close()
    assert {"id", "user", "reason", "prev_hash", "hash"} <= set(columns)
    for column in columns:
        copy = tmp_path / f"copy-{column}.sqlite"
        shutil.copy(office_db_path, copy)
        _tamper(copy, f"UPDATE audit_log SET {column} = ? WHERE id = 2",
                params=(99 if column == "id" else "改动",))
        raw = sqlite3.connect(copy)
        broken = audit.verify_chain(sqlite_utils.Database(raw))
        raw.close()
        assert broken is not None, f"changing {column} left the chain whole"


def test_a_legitimate_restore_is_not_taken_for_tampering(capsys, exported, tmp_path):
    from desktop.security.auth import User
    path, _, _ = exported
    db = open_database(path)
    copy = backups.take(db, path, "manual")
    _entries(db, 4)                                # later work, then the administrator restores
    db.close()
    backups.restore(path, copy, user=User("张三", "admin"), expected_unit="NHL")
    code, report = _check(capsys, path)
    assert code == 0, report["audit"]["findings"]
    assert any("恢复备份" in n for n in report["audit"]["notes"])    # the replaced history is said


def test_the_districts_signed_report_anchors_its_own_log(capsys, tmp_path):
    from desktop.security.auth import User
    from desktop.district.report import make_report
    from desktop.exchange.export import SignOff
    from submission_factory import DISTRICT_PASSPHRASE, make_district
    district = make_district(tmp_path / "区.sqlite")
    db = open_database(district)
    _entries(db, 5, who="区汇总员")
    make_report(db, tmp_path / "汇总.xlsx", "2023-03", user=User("区汇总员", "supervisor"),
                passphrase=DISTRICT_PASSPHRASE, sign_off=SignOff("王芳", "李强", "赵明", "025-83000000"))
    db.close()
    code, report = _check(capsys, district)
    assert code == 0 and any(a["signed"] for a in report["audit"]["anchors"])
    _tamper(district, "DELETE FROM audit_log WHERE id >= 4")
    code, report = _check(capsys, district)
    assert code == 1 and "truncated" in _codes(report)
