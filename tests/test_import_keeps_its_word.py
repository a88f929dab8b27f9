"""The import does what its preview says; an update never changes who a record is without a
confirmation; the error workbook keeps IDs as text."""
from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.security.auth import User
from desktop.main import main
from desktop.plan.store import active_plan
from desktop.registers.error_book import write_error_workbook
from desktop.registers.importer import open_source, preview, run_import
from desktop.registers.records import iter_records, save_record
from desktop.session import Session
from ui import tasks

from register_lists import people, write_clean


ZHANG = User("张三", "admin")   # the office fixture's administrator

TODAY = date(2023, 12, 1)


@pytest.fixture
def plan(office_db):
    return active_plan(office_db)


def _workbook(tmp_path, office_db, plan):
    """Row 2 new; row 3 an ID already in the register under another name (潘兰晓 in the
    register, 吴刚 in the file); row 4 repeats row 2 inside the file; row 5 has a bad ID;
    row 6 an ID already in the register under the same name."""
    rows = people(5)
    register = plan.register("unemployed")
    for name, row in (("潘兰晓", rows[1]), ("王五", rows[4])):
        save_record(office_db, plan, register, "NHL", {"name": name, "id_number": row[2], "community": "颐和路社区",
                                                       "registered_on": "2023-01-05", "employment_status": "失业"},
                    user=ZHANG, today=TODAY)
    rows[1][1] = "吴刚"
    rows[2][2] = rows[0][2]
    rows[3][2] = rows[3][2][:-1] + ("1" if rows[3][2][-1] != "1" else "2")
    rows[4][1] = "王五"
    write_clean(tmp_path / "名单.xlsx", rows)
    return register, open_source(tmp_path / "名单.xlsx", register)


@pytest.mark.parametrize("mode", ["skip", "update"])
def test_the_preview_marks_exactly_what_the_import_does(tmp_path, office_db, plan, mode):
    register, source = _workbook(tmp_path, office_db, plan)
    said = {v.row_number: v.action for v in preview(office_db, plan, register, "NHL", source,
                                                    on_duplicate=mode, today=TODAY)}
    if mode == "skip":
        assert said == {2: "insert", 3: "duplicate", 4: "duplicate", 5: "refuse", 6: "duplicate"}
    else:
        assert said == {2: "insert", 3: "confirm", 4: "duplicate", 5: "refuse", 6: "update"}
    result = run_import(office_db, plan, register, "NHL", source, user=ZHANG, on_duplicate=mode, today=TODAY)
    refused = {p.row_number for p in result.problems}
    assert refused == {n for n, a in said.items() if a in ("duplicate", "refuse", "confirm")}
    assert result.imported == sum(a == "insert" for a in said.values())
    assert result.updated == sum(a == "update" for a in said.values())


def test_update_never_renames_a_person_without_a_confirmation(tmp_path, office_db, plan):
    register, source = _workbook(tmp_path, office_db, plan)
    result = run_import(office_db, plan, register, "NHL", source, user=ZHANG, on_duplicate="update", today=TODAY)
    reason = next(p.reason for p in result.problems if p.row_number == 3)
    assert "姓名「潘兰晓」→「吴刚」" in reason and "勾选" in reason
    names = {r.values["name"] for r in iter_records(office_db, plan, "unemployed", "NHL")}
    assert "潘兰晓" in names and "吴刚" not in names
    confirmed = run_import(office_db, plan, register, "NHL", source, user=ZHANG, on_duplicate="update",
                           today=TODAY, confirmed={3})
    assert 3 not in {p.row_number for p in confirmed.problems}
    names = {r.values["name"] for r in iter_records(office_db, plan, "unemployed", "NHL")}
    assert "吴刚" in names and "潘兰晓" not in names


def test_the_cli_refuses_name_changes_into_the_error_workbook_unless_confirmed(tmp_path, office_db_path,
                                                                                 office_db, plan, monkeypatch, capsys):
    _workbook(tmp_path, office_db, plan)
    monkeypatch.setenv("STREET_LEDGER_USER", "张三")
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    args = ["--db", str(office_db_path), "register", "import", "unemployed", str(tmp_path / "名单.xlsx"),
            "--on-duplicate", "update", "--errors", str(tmp_path / "未导入.xlsx"), "--json"]
    main(args)
    data = json.loads(capsys.readouterr().out)
    assert data["updated"] == 1
    ws = load_workbook(tmp_path / "未导入.xlsx").active
    reasons = {row[-1]: row[-2] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert "吴刚" in reasons[3]
    main(args + ["--confirm-name-changes"])
    assert json.loads(capsys.readouterr().out)["updated"] == 3     # row 2 is in the register now too
    names = {r.values["name"] for r in iter_records(office_db, plan, "unemployed", "NHL")}
    assert "吴刚" in names


def test_error_workbook_id_cells_are_text(tmp_path, office_db, plan):
    register, source = _workbook(tmp_path, office_db, plan)
    result = run_import(office_db, plan, register, "NHL", source, user=ZHANG, today=TODAY)
    out = write_error_workbook(office_db, tmp_path / "未导入.xlsx", source, result, user=ZHANG, register=register)
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    id_col, phone_col = header.index("身份证号码"), header.index("联系电话")
    for row in ws.iter_rows(min_row=2):
        for col in (id_col, phone_col):
            assert row[col].number_format == "@" and row[col].data_type == "s", (row[col].coordinate, row[col].value)
    assert len(ws[2][id_col].value) == 18


def test_the_window_preview_asks_for_a_tick_before_renaming(qtbot, tmp_path, office_db_path, office_db, plan,
                                                            monkeypatch):
    from ui.pages.register_page import RegisterPage

    _, source = _workbook(tmp_path, office_db, plan)
    session = Session.start(office_db_path, office_db, User("张三", "admin"))
    page = RegisterPage(session, None, session.plan.register("unemployed"))
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog = page.show_import(source)
    verdicts = {dialog.preview_model.item(r, 0).text(): dialog.preview_model.item(r, 1) for r in
                range(dialog.preview_model.rowCount())}
    assert verdicts["2"].text() == "可导入"
    assert "文件内重复" in verdicts["4"].text() and "台账中已有相同记录" in verdicts["3"].text()
    assert "校验" in verdicts["5"].text()
    dialog.update_existing.setChecked(True)
    verdicts = {dialog.preview_model.item(r, 0).text(): dialog.preview_model.item(r, 1) for r in
                range(dialog.preview_model.rowCount())}
    assert verdicts["6"].text().startswith("将更新台账第")
    ask = verdicts["3"]
    assert ask.isCheckable() and "潘兰晓" in ask.text() and ask.checkState() == Qt.CheckState.Unchecked
    ask.setCheckState(Qt.CheckState.Checked)
    assert dialog.confirmed == {3}
    dialog.begin_import()
    assert dialog.result.updated == 2
    names = {r.values["name"] for r in iter_records(office_db, plan, "unemployed", "NHL")}
    assert "吴刚" in names
