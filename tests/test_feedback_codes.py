"""Feedback verdicts and states are codes of desktop.feedback.statuses: stored as codes (m011
upgrades a database that stored the Chinese words), refused when outside the registry, typed and
read from the workbook as labels, said in the window's language."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.connection import write
from db.migrations.m011_feedback_codes import m011_feedback_codes
from db.schema import open_database, pending_migrations
from desktop.feedback import statuses
from desktop.feedback.answers import received
from desktop.feedback.layout import Comment
from desktop.feedback.status import FeedbackMark, SentFeedback

_OLD_ITEMS = [(1, "indicator", "new_jobs", "", None, "确认", "无误"),
              (2, "indicator", "gdp", "", None, "请核实", "偏高"),
              (3, "record", "", "unemployed", 7, "退回重报", "身份证号有误")]


def _as_previous_version(path: Path) -> None:
    """The file as the build before m011 left it: feedback_items without the CHECK, the words the
    workbook said stored as they were."""
    raw = sqlite3.connect(path)
    (sql,) = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'feedback_items'").fetchone()
    old = sql.replace(" CHECK (state IN ('confirmed', 'check', 'resubmit'))", "")
    with raw:
        raw.execute("DROP TABLE feedback_items")
        raw.execute(old)
        raw.execute("INSERT INTO feedback_inbox (id, period, number, district_name, based_on_revision, digest, "
                    "written_at, file, imported_at, imported_by) VALUES (1, '2023-02', 1, '区人民政府', 1, 'd1', "
                    "'2023-03-02T09:00:00', '退回意见.xlsx', '2023-03-02T10:00:00', '张三')")
        raw.executemany("INSERT INTO feedback_items (inbox_id, seq, kind, indicator_id, register_id, record_no, state, "
                        "text) VALUES (1, ?, ?, ?, ?, ?, ?, ?)", _OLD_ITEMS)
        raw.execute("UPDATE feedback_items SET answer = '已核实', answered_by = '张三' WHERE seq = 2")
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm011_feedback_codes'")
    raw.close()


def test_m011_turns_stored_feedback_words_into_codes(office_db_path):
    _as_previous_version(office_db_path)
    raw = sqlite3.connect(office_db_path)
    assert [r[0] for r in raw.execute("SELECT state FROM feedback_items ORDER BY seq")] == ["确认", "请核实", "退回重报"]
    raw.close()

    db = open_database(office_db_path)                   # the upgrade, as a user's program does it
    try:
        assert pending_migrations(db) == []
        stored = db.execute("SELECT seq, kind, indicator_id, register_id, record_no, state, text, answer "
                            "FROM feedback_items ORDER BY seq").fetchall()
        assert stored == [(1, "indicator", "new_jobs", "", None, "confirmed", "无误", ""),
                          (2, "indicator", "gdp", "", None, "check", "偏高", "已核实"),
                          (3, "record", "", "unemployed", 7, "resubmit", "身份证号有误", "")]
        got = received(db, "2023-02")
        assert [(r.state, r.answered) for r in got] == [("confirmed", False), ("check", True), ("resubmit", False)]
        with pytest.raises(sqlite3.IntegrityError):       # the CHECK now holds the codes
            db.execute("UPDATE feedback_items SET state = '请核实' WHERE seq = 1")
        with write(db):                                    # idempotent: a second run changes nothing
            m011_feedback_codes(db)
        assert db.execute("SELECT seq, kind, indicator_id, register_id, record_no, state, text, answer "
                          "FROM feedback_items ORDER BY seq").fetchall() == stored
    finally:
        db.close()


def test_a_verdict_or_state_outside_the_registry_cannot_be_made():
    with pytest.raises(ValueError, match="desktop.feedback.statuses"):
        Comment("indicator", "请核实", "偏高", indicator_id="gdp")          # the label is no code
    with pytest.raises(ValueError, match="desktop.feedback.statuses"):
        FeedbackMark("退回待重报", 1, 1, 2)
    with pytest.raises(ValueError, match="desktop.feedback.statuses"):
        SentFeedback("NHL", "2023-02", 1, 1, 2, "已重报", [])
    assert SentFeedback("NHL", "2023-02", 1, 1, 2, "", []).state == ""     # only 确认: no state
    assert Comment("indicator", "check", "偏高", indicator_id="gdp").needs_answer
    assert not Comment("indicator", "confirmed", "无误", indicator_id="gdp").needs_answer


def test_typed_words_and_workbook_labels_become_codes():
    assert [statuses.typed_verdict(w) for w in ("确认", " 请核实 ", "退回重报", "resubmit", "核实")] == \
        ["confirmed", "check", "resubmit", "resubmit", None]
    # the signed workbook says the label; a code there is not this program's writing
    assert [statuses.verdict_code(w) for w in ("请核实", "check")] == ["check", None]
    assert statuses.verdict_labels() == "确认、请核实、退回重报"
    assert [statuses.state_label(c) for c in (statuses.AWAITING, statuses.RESUBMITTED, "")] == \
        ["退回待重报", "已重报", ""]


def test_the_window_says_feedback_words_in_its_language(qapp):
    from ui.i18n import install_translators
    from ui.status_text import feedback_label, feedback_next_step, verdict_label

    assert [verdict_label(c) for c in statuses.VERDICTS] == ["确认", "请核实", "退回重报"]
    assert feedback_label("awaiting_resubmission") == "退回待重报" and feedback_label("") == ""
    install_translators(qapp, "en")
    try:
        assert [verdict_label(c) for c in statuses.VERDICTS] == ["Confirmed", "Please check", "Returned for resubmission"]
        assert [feedback_label(c) for c in statuses.FEEDBACK_STATES] == ["returned, awaiting resubmission", "resubmitted"]
        assert all(feedback_next_step(c).isascii() for c in statuses.FEEDBACK_STATES)
    finally:
        install_translators(qapp, "zh_CN")
