"""The status registries: every status the core can produce has an entry (code, label, severity,
next step); milestone statuses are stored as codes (m010 upgrades older databases); the window
says the labels in its language."""
from __future__ import annotations

import ast
import sqlite3
from decimal import Decimal as D
from pathlib import Path

import pytest

from db import merged
from db.connection import write
from db.migrations.m010_status_codes import m010_status_codes
from db.schema import open_database, pending_migrations
from desktop.entry.service import EntryService
from desktop.entry.values import EntryValue
from desktop.exchange import statuses as file_statuses
from desktop.exchange.file_status import FileStatus
from desktop.exchange.merge import Outcome
from desktop.plan import statuses as plan_statuses
from desktop.plan.model import Indicator
from desktop.plan.progress import Assessment, assess
from desktop.plan.store import active_plan
from desktop.security.auth import User
from desktop.unit import Unit

ROOT = Path(__file__).resolve().parents[1]


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def produced_file_statuses() -> dict[str, str]:
    """Every status literal the core hands to a file status, read from the source: the reader's
    ``Reading(status, …)``, the guard's ``UnsafeWorkbook(message, reason)`` (and its default),
    ``….status, ….reason = status, …``, ``Outcome.of`` / ``FileStatus.of(path, reading, status,
    …)`` and the tuples ``trust.refusal`` returns. → {status: where}"""
    found: dict[str, str] = {}
    for path in (ROOT / "desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(ROOT))
        for node in ast.walk(tree):
            candidates = []
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                position = {"Reading": 0, "UnsafeWorkbook": 1, "of": 2}.get(name)
                if position is not None and len(node.args) > position:
                    candidates.append(node.args[position])
                candidates += [k.value for k in node.keywords if k.arg in ("status", "reason") and name != "of"
                               and name in ("Reading", "UnsafeWorkbook")]
            elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Tuple) \
                    and isinstance(node.value, ast.Tuple):
                for target, value in zip(node.targets[0].elts, node.value.elts):
                    if isinstance(target, ast.Attribute) and target.attr == "status":
                        candidates.append(value)
            elif isinstance(node, ast.FunctionDef) and node.name == "refusal":
                candidates += [r.value.elts[0] for r in ast.walk(node)
                               if isinstance(r, ast.Return) and isinstance(r.value, ast.Tuple)]
            elif isinstance(node, ast.ClassDef) and node.name == "UnsafeWorkbook":
                candidates += [d for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"
                               for d in f.args.defaults]
            for c in candidates:
                if _literal(c) is not None:
                    found.setdefault(_literal(c), f"{where}:{c.lineno}")
    return found


def test_every_file_status_the_core_produces_is_in_the_registry():
    produced = produced_file_statuses()
    unknown = {code: where for code, where in produced.items()
               if code not in file_statuses.FILE_STATUSES and code != "intact"}   # intact: the reader's own word
    assert unknown == {}, "add these to desktop.exchange.statuses"
    # and the registry holds nothing the core never says
    assert set(file_statuses.FILE_STATUSES) - set(produced) == set()


def test_a_file_status_outside_the_registry_cannot_be_made():
    with pytest.raises(ValueError, match="desktop.exchange.statuses"):
        FileStatus(file="a.xlsx", status="brand_new", reason="")
    with pytest.raises(ValueError, match="desktop.exchange.statuses"):
        Outcome(file="a.xlsx", status="brand_new", reason="")
    assert FileStatus(file="a.xlsx", status="merged", reason="").as_dict()["status"] == "merged"


def test_every_registry_row_is_whole():
    from desktop.district import statuses as district_statuses
    from desktop.feedback import statuses as feedback_statuses

    rows = [*file_statuses.FILE_STATUSES.values(), *plan_statuses.PROGRESS_STATUSES.values(),
            *plan_statuses.MILESTONE_STATUSES.values(), *district_statuses.PACE_STATUSES.values(),
            *district_statuses.CHASE_STATES.values(), *feedback_statuses.VERDICTS.values(),
            *feedback_statuses.FEEDBACK_STATES.values()]
    for s in rows:
        assert s.code.isascii() and s.label and not s.label.isascii() and s.next_step, s
        assert s.severity in ("ok", "warning", "error", "alert"), s
    assert file_statuses.ACCEPTED == {"merged", "duplicate"}
    assert {s.share for s in plan_statuses.MILESTONE_STATUSES.values()} == {D(0), D(50), D(100)}


def test_every_progress_status_assess_produces_is_in_the_registry():
    count = Indicator(id="jobs", measure_id="m", name="就业", kind="count", unit="人")
    rate = Indicator(id="rate", measure_id="m", name="失业率", kind="rate", unit="%", direction="at_most")
    road = Indicator(id="road", measure_id="m", name="道路", kind="milestone")
    seen = set()
    for ind, target in ((count, D(100)), (count, None), (rate, D(2))):
        for values in ({}, {"2023-01": EntryValue("value", D(1))}, {"2023-06": EntryValue("value", D(500))}):
            for elapsed in (D(0), D(50), D(100)):
                a = assess(ind, target, values, "2023-06", elapsed)
                seen |= {a.status, a.progress}
    for code in plan_statuses.MILESTONE_STATUSES:
        for elapsed in (D(50), D(100)):
            a = assess(road, None, {"2023-06": EntryValue("value", status=code)}, "2023-06", elapsed)
            seen |= {a.status, a.progress}
    assert seen <= set(plan_statuses.PROGRESS_STATUSES)
    assert seen >= {"done", "on_track", "behind", "missing"}
    with pytest.raises(ValueError, match="desktop.plan.statuses"):
        Assessment(None, None, None, "超额")


def test_every_district_progress_status_is_in_the_registry():
    from desktop.district.progress import IndicatorProgress, _status

    count = Indicator(id="jobs", measure_id="m", name="就业", kind="count", unit="人")
    rate = Indicator(id="rate", measure_id="m", name="失业率", kind="rate", unit="%", direction="at_most")
    seen = {_status(ind, achieved, target, achieved, elapsed)
            for ind in (count, rate) for achieved in (None, D(1), D(200)) for target in (None, D(100))
            for elapsed in (D(0), D(50))}
    assert seen == {"done", "on_track", "behind", "missing", "not_met"} <= set(plan_statuses.PROGRESS_STATUSES)
    with pytest.raises(ValueError, match="desktop.plan.statuses"):
        IndicatorProgress(count, None, None, None, None, D(0), "滞后")


def test_a_pace_or_chase_state_outside_the_registry_cannot_be_made():
    from desktop.district import statuses as district_statuses
    from desktop.district.chase import ChaseItem
    from desktop.district.report_rows import ReportRow

    with pytest.raises(ValueError, match="desktop.district.statuses"):
        ChaseItem("NHL", "宁海路街道", "缺报", "请报送")
    with pytest.raises(ValueError, match="desktop.district.statuses"):
        ReportRow(None, "", "", None, "", "", "", "慢于序时", "", "")
    assert ChaseItem("NHL", "宁海路街道", "missing", "请报送").as_data()["state"] == "missing"
    assert [district_statuses.pace_label(p) for p in district_statuses.PACES] == \
        ["已完成", "超序时", "按序时", "慢于序时", "未报送", "未填", "无目标"]


def test_the_chase_list_advises_each_refusal_by_its_cause_in_the_registry():
    from desktop.district.chase import _refusal_action
    from desktop.district.submissions import Cell

    said = {code: _refusal_action(Cell("rejected", revision=1, status=code, refused_revision=2))
            for code in file_statuses.FILE_STATUSES}
    by_cause = {}
    for code, s in file_statuses.FILE_STATUSES.items():
        by_cause.setdefault(s.cause, set()).add(code)
    assert by_cause[file_statuses.CHANGED] == {"tampered", "bad_signature", "unsigned", "malformed", "unsafe"}
    assert by_cause[file_statuses.KEY] == {"unknown_key", "wrong_office_key", "revoked_key"}
    assert by_cause[file_statuses.PLAN] == {"plan_mismatch"}
    for code, (state, action) in said.items():
        cause = file_statuses.file_status(code).cause
        assert state == ("conflict" if code == file_statuses.CONFLICT else "refused"), code
        expected = {file_statuses.CHANGED: "文件内容被改动，请重新导出第3版",
                    file_statuses.PLAN: "计划版本与区里不符，请安装区里下发的计划后重新导出第3版"}.get(cause)
        if cause == file_statuses.KEY:
            assert action.startswith("签名密钥未被区里信任"), code
        elif expected:
            assert action == expected, code
        elif code != file_statuses.CONFLICT:
            assert action == f"文件被拒收（{file_statuses.label(code)}），请重新导出第3版", code


# Where the core hands a feedback verdict or state to something: the argument's position.
_FEEDBACK_CALLS = {"Comment": 1, "FeedbackMark": 0, "SentFeedback": 6, "indicator_comment": 2, "record_comment": 5}


def feedback_words_in_the_core() -> tuple[dict[str, str], dict[str, str]]:
    """(every string literal the core passes as a feedback verdict or state or compares a
    ``.state`` / ``.feedback`` with, every constant in desktop/ that is exactly a feedback label
    outside its registry) → {text: where}. A label used as an identifier shows up in the second."""
    from desktop.feedback import statuses as feedback_statuses

    labels = {s.label for s in (*feedback_statuses.VERDICTS.values(), *feedback_statuses.FEEDBACK_STATES.values())}
    said: dict[str, str] = {}
    words: dict[str, str] = {}
    for path in (ROOT / "desktop").rglob("*.py"):
        if path == ROOT / "desktop" / "feedback" / "statuses.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(ROOT))
        for node in ast.walk(tree):
            candidates = []
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                position = _FEEDBACK_CALLS.get(name)
                if position is not None:
                    candidates += node.args[position:position + 1]
                    candidates += [k.value for k in node.keywords if k.arg == "state"]
            elif isinstance(node, ast.Compare):
                sides = [node.left, *node.comparators]
                if any(isinstance(x, ast.Attribute) and x.attr in ("state", "feedback") for x in sides):
                    for x in sides:
                        candidates += x.elts if isinstance(x, (ast.Tuple, ast.List, ast.Set)) else [x]
            elif _literal(node) in labels:
                words.setdefault(_literal(node), f"{where}:{node.lineno}")
            for c in candidates:
                if _literal(c) is not None:
                    said.setdefault(_literal(c), f"{where}:{c.lineno}")
    return said, words


def test_every_feedback_verdict_and_state_the_core_says_is_a_registry_code():
    from desktop.feedback import statuses as feedback_statuses
    from desktop.district import statuses as district_statuses

    said, words = feedback_words_in_the_core()
    codes = {*feedback_statuses.VERDICTS, *feedback_statuses.FEEDBACK_STATES,
             # .state is also a 报送情况 cell's state, a chase item's and an entry's (not feedback's)
             "merged", "rejected", "missing", "pending", "value", "na", "intact", *district_statuses.CHASE_STATES}
    assert {w: where for w, where in said.items() if w not in codes} == {}, "say a code of desktop.feedback.statuses"
    assert words == {}, "the Chinese words of 退回意见 are labels: compare and store the codes"
    assert {"merged", "missing"} <= said.keys()          # the scan does reach the comparisons


def _as_previous_version(path: Path) -> None:
    """The file as the build before m010 left it: the CHECK on the Chinese words, Chinese stored."""
    raw = sqlite3.connect(path)
    words = {"not_started": "未启动", "in_progress": "推进中", "completed": "已完成"}
    case = "CASE {0} " + " ".join(f"WHEN '{c}' THEN '{w}'" for c, w in words.items()) + " ELSE {0} END"
    (sql,) = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'entries'").fetchone()
    old = sql.replace("'not_started', 'in_progress', 'completed'", "'未启动', '推进中', '已完成'")
    assert old != sql
    with raw:
        raw.execute(old.replace('"entries"', "entries_old", 1).replace("TABLE entries ", "TABLE entries_old ", 1))
        raw.execute(f"INSERT INTO entries_old SELECT office_code, indicator_id, period, state, value, "
                    f"{case.format('status')}, done_on, note, updated_at, updated_by FROM entries")
        raw.execute("DROP TABLE entries")
        raw.execute("ALTER TABLE entries_old RENAME TO entries")
        raw.execute(f"UPDATE merged_values SET milestone = {case.format('milestone')}")
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_status_codes'")
    raw.close()


def _district(db) -> EntryService:
    return EntryService(db, active_plan(db), Unit("district", "DISTRICT", "区人民政府"), User("李四", "supervisor"))


def test_m010_turns_stored_milestone_words_into_codes(office_db_path):
    db = open_database(office_db_path)
    _district(db).set_text("road_guapuqiao", "2023-05", "推进中")
    _district(db).set_text("green_weiyuan", "2023-06", "已完成 2023-06-28")
    _district(db).set_text("gdp", "2023-05", "30.5")
    with write(db):
        merged.replace_values(db, "NHL", "2023-05", 1, [("chc_ninghai", "", "milestone", "not_started", ""),
                                                       ("new_jobs", "12", "value", "", "")])
    db.close()
    _as_previous_version(office_db_path)
    raw = sqlite3.connect(office_db_path)
    assert sorted(r[0] for r in raw.execute("SELECT status FROM entries WHERE status IS NOT NULL")) == ["已完成", "推进中"]
    raw.close()

    db = open_database(office_db_path)                 # the upgrade, as a user's program does it
    assert pending_migrations(db) == []
    stored = db.execute("SELECT indicator_id, status, done_on FROM entries ORDER BY indicator_id").fetchall()
    assert stored == [("gdp", None, None), ("green_weiyuan", "completed", "2023-06-28"),
                      ("road_guapuqiao", "in_progress", None)]
    assert db.execute("SELECT indicator_id, milestone FROM merged_values ORDER BY indicator_id").fetchall() == [
        ("chc_ninghai", "not_started"), ("new_jobs", "")]
    row = _district(db).row("green_weiyuan", "2023-06")
    assert (row.month.status, row.status) == ("completed", "done")
    with pytest.raises(sqlite3.IntegrityError):         # the CHECK now holds the codes
        db.execute("UPDATE entries SET status = '推进中' WHERE indicator_id = 'road_guapuqiao'")
    with write(db):                                       # idempotent: a second run changes nothing
        m010_status_codes(db)
    assert db.execute("SELECT indicator_id, status, done_on FROM entries ORDER BY indicator_id").fetchall() == stored
    db.close()


def test_the_window_says_the_labels_in_its_language(qapp):
    from PySide6.QtCore import Qt

    from ui.i18n import install_translators
    from ui.models.merge_results import MergeResultsModel
    from ui.status_text import file_label, pace_label, progress_label

    model = MergeResultsModel()
    model.reset([Outcome(file="a.xlsx", status="conflict", reason="同版本"),
                 Outcome(file="b.xlsx", status="unknown_key", reason="未知")])
    status = lambda row, role=Qt.ItemDataRole.DisplayRole: model.index(row, model.STATUS).data(role)  # noqa: E731
    assert (status(0), status(1)) == ("同版本内容冲突", "未知密钥")
    assert status(1, Qt.ItemDataRole.ToolTipRole).startswith("电话核对密钥指纹")
    assert model.index(0, model.FILE).data(Qt.ItemDataRole.BackgroundRole) is not None    # alert
    assert model.index(1, model.FILE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert progress_label("behind") == "滞后"
    install_translators(qapp, "en")
    try:
        assert (status(0), status(1)) == ("Conflicting revision", "Unknown key")
        assert status(1, Qt.ItemDataRole.ToolTipRole).startswith("Check the key fingerprint")
        assert [progress_label(c) for c in ("done", "on_track", "behind", "missing", "not_met")] == \
            ["Done", "On track", "Behind", "Missing", "Not met"]
        assert all(file_label(c).isascii() for c in file_statuses.FILE_STATUSES)
        assert pace_label("slow") == "Behind time elapsed"
    finally:
        install_translators(qapp, "zh_CN")
