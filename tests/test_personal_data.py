"""Personal data for a role without view_full_id (a 填报人): the ID without its birth digits, and
neither the birth date nor the exact age those digits give — in the register table, the record
form, search, the register workbook and the error workbook; every such file audited with its rows."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from db import audit
from desktop.system import backups
from desktop.registers import cn_id
from desktop.security.auth import User
from desktop.plan.store import active_plan
from desktop.registers import records
from desktop.registers.error_book import write_error_workbook
from desktop.registers.export import export_register
from desktop.registers.importer import open_source, run_import
from desktop.registers.privacy import age_band
from desktop.registers.query import matching_ids, search_spec
from desktop.registers.values import age_on
from desktop.session import Session

from register_lists import valid_id

ADMIN, CLERK = User("张三", "admin"), User("小王", "clerk")
BORN = date(1981, 12, 15)
PERSON = valid_id("320106", BORN, 0)                 # 320106********000x, as in the issue
BAND = age_band(age_on(BORN.isoformat()))
AGE = age_on(BORN.isoformat())
LEAKS = ("1981", "19811215", "12月15日", "1981-12-15")


def _add(db, plan, number=PERSON, name="孙八") -> int:
    return records.save_record(db, plan, plan.register("unemployed"), "NHL",
                               {"name": name, "id_number": number, "community": "颐和路社区",
                                "registered_on": "2023-03-05"}, user=ADMIN)


def _last_audit(db) -> dict:
    row = db.execute("SELECT user, action, target, new FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return dict(zip(("user", "action", "target", "new"), row))


def _cells(path) -> list:
    return [c for ws in load_workbook(path).worksheets for row in ws.iter_rows(values_only=True) for c in row]


def _leaks(values) -> list:
    return [v for v in values if v is not None and any(x in str(v) for x in LEAKS)
            or isinstance(v, date) and v == BORN or v in (AGE, str(AGE))]


def test_age_band():
    assert (age_band(44), age_band(40), age_band(9), age_band(None)) == ("40–49岁", "40–49岁", "0–9岁", "")


def test_the_register_table_shows_a_clerk_neither_birth_digits_nor_birth_date_nor_age(qtbot, office_db_path,
                                                                                      office_db):
    from ui.pages.register_page import RegisterPage

    plan = active_plan(office_db)
    _add(office_db, plan)
    pages = {}
    for user in (CLERK, ADMIN):
        page = RegisterPage(Session.start(office_db_path, office_db, user), None, plan.register("unemployed"))
        qtbot.addWidget(page)
        page.show()
        pages[user.role] = page
    model = pages["clerk"].model
    row = {f.id: model.index(0, i).data() for i, f in enumerate(model.fields)}
    assert row["id_number"] == cn_id.mask(PERSON) and row["id_number"].startswith("320106********")
    assert row["birth_date"] == "" and row["age"] == BAND and row["sex"] in ("男", "女")
    assert _leaks(row.values()) == []
    birth_col = model.columns.index("birth_date")
    assert pages["clerk"].view.isColumnHidden(birth_col) and not pages["admin"].view.isColumnHidden(birth_col)
    admin = pages["admin"].model
    full = {f.id: admin.index(0, i).data() for i, f in enumerate(admin.fields)}
    assert full["id_number"] == PERSON and full["birth_date"] == "1981年12月15日" and full["age"].isdigit()
    # no sorting by what the clerk may not see: the order would tell it
    pages["clerk"].model.sort(birth_col)
    assert pages["clerk"].model.sort_field == "id"


def test_the_record_form_shows_a_clerk_an_age_band_and_no_birth_date(qtbot, office_db_path, office_db):
    from ui.registers.record_dialog import RecordDialog

    plan = active_plan(office_db)
    rid = _add(office_db, plan)
    session = Session.start(office_db_path, office_db, CLERK)
    dialog = RecordDialog(session, plan.register("unemployed"), rid)
    qtbot.addWidget(dialog)
    editors = dialog.form.editors
    assert editors["id_number"].editor.text() == cn_id.mask(PERSON)
    assert editors["birth_date"].editor.text() == "" and editors["age"].editor.text() == BAND
    assert _leaks(e.editor.text() for e in editors.values() if hasattr(e.editor, "text")) == []
    assert dialog.form.raw()["id_number"] == PERSON        # kept for saving, not shown


def test_a_clerk_finds_an_id_only_by_the_whole_number(office_db):
    plan = active_plan(office_db)
    rid = _add(office_db, plan)
    register = plan.register("unemployed")
    find = lambda text, user: matching_ids(office_db, search_spec(register, "NHL", text, user=user))  # noqa: E731
    for prefix in (PERSON[:6], PERSON[:10], PERSON[:14], PERSON[:17]):
        assert find(prefix, CLERK) == [] and find(prefix, ADMIN) == [rid]
    assert find(PERSON, CLERK) == [rid]
    assert find(PERSON[:-1] + ("0" if PERSON[-1] != "0" else "1"), CLERK) == []   # not a valid number


def test_the_register_workbook_a_clerk_exports_is_masked_and_audited(office_db, tmp_path):
    plan = active_plan(office_db)
    _add(office_db, plan)
    _add(office_db, plan, valid_id("110105", date(1950, 6, 1), 12), "周九")
    assert export_register(office_db, plan, "unemployed", "NHL", tmp_path / "clerk.xlsx", user=CLERK) == 2
    ws = load_workbook(tmp_path / "clerk.xlsx").active
    header = [c.value for c in ws[1]]
    first = dict(zip(header, next(ws.iter_rows(min_row=2, max_row=2, values_only=True))))
    assert first["公民身份号码"] == cn_id.mask(PERSON) and first["出生日期"] is None and first["年龄"] == BAND
    assert _leaks(_cells(tmp_path / "clerk.xlsx")) == []
    entry = _last_audit(office_db)
    assert (entry["user"], entry["action"]) == ("小王", "导出个人信息") and "失业人员实名登记" in entry["target"]
    assert entry["new"].startswith("2 行，身份证号已遮盖") and "clerk.xlsx" in entry["new"]

    export_register(office_db, plan, "unemployed", "NHL", tmp_path / "admin.xlsx", user=ADMIN)
    ws = load_workbook(tmp_path / "admin.xlsx").active
    full = dict(zip(header, next(ws.iter_rows(min_row=2, max_row=2, values_only=True))))
    assert full["公民身份号码"] == PERSON and full["出生日期"].date() == BORN
    assert _last_audit(office_db)["new"].startswith("2 行，身份证号完整")


def test_the_error_workbook_a_clerk_saves_is_masked_and_audited(office_db, tmp_path):
    plan = active_plan(office_db)
    register = plan.register("unemployed")
    bad_checksum = PERSON[:-1] + ("0" if PERSON[-1] != "0" else "1")
    (tmp_path / "名单.csv").write_text(
        "姓名,公民身份号码,社区,登记日期,备注\n"
        f"孙八,{PERSON},不存在的社区,2023-03-05,\n"          # valid ID, wrong community
        f"周九,{bad_checksum},颐和路社区,2023-03-05,{PERSON}\n",   # bad ID; a whole ID in another column
        encoding="utf-8")
    source = open_source(tmp_path / "名单.csv", register)
    result = run_import(office_db, plan, register, "NHL", source, user=CLERK)
    assert result.rejected == 2
    out = write_error_workbook(office_db, tmp_path / "未导入.xlsx", source, result, user=CLERK, register=register)
    cells = _cells(out)
    assert PERSON not in cells and bad_checksum not in cells and _leaks(cells) == []
    assert cn_id.mask(PERSON) in cells and cn_id.mask(bad_checksum) in cells
    assert "原文件行号" in cells and 2 in cells and 3 in cells      # the row numbers find the rows again
    entry = _last_audit(office_db)
    assert (entry["user"], entry["action"]) == ("小王", "导出个人信息") and "名单.csv" in entry["target"]
    assert entry["new"].startswith("2 行，身份证号已遮盖")

    out = write_error_workbook(office_db, tmp_path / "完整.xlsx", source, result, user=ADMIN, register=register)
    assert PERSON in _cells(out) and bad_checksum in _cells(out)


def test_a_backup_is_a_personal_data_export_with_its_row_count(office_db, office_db_path, tmp_path):
    plan = active_plan(office_db)
    _add(office_db, plan)
    target = backups.take_manual(office_db, office_db_path, user=ADMIN, folder=tmp_path / "U盘")
    entry = _last_audit(office_db)
    assert (entry["user"], entry["action"], entry["target"]) == ("张三", "导出个人信息", "数据库备份")
    assert entry["new"].startswith("1 行，身份证号完整") and target.name in entry["new"]
    assert audit.verify_chain(office_db) is None


def test_the_audit_log_a_reviewer_reads_or_exports_has_no_whole_ids_birth_dates_or_ages(office_db, tmp_path):
    from desktop.security import audit_log

    plan = active_plan(office_db)
    rid = _add(office_db, plan)
    records.delete_record(office_db, plan.register("unemployed"), rid, user=ADMIN, reason="重复登记")
    reviewer, f = User("李审核", "reviewer"), audit_log.AuditFilter()
    rows = audit_log.page_for(office_db, f, 0, 500, user=reviewer)
    texts = [v for r in rows for v in r]
    assert PERSON not in str(texts) and _leaks(texts) == [] and cn_id.mask(PERSON) in str(texts)
    assert f'"age":"{BAND}"' in str(texts)
    assert PERSON in str(audit_log.page_for(office_db, f, 0, 500, user=ADMIN))
    audit_log.export(office_db, f, tmp_path / "审计.xlsx", user=reviewer)
    cells = _cells(tmp_path / "审计.xlsx")
    assert not any(PERSON in str(c) for c in cells) and _leaks(cells) == []
    with pytest.raises(Exception, match="无权执行"):
        audit_log.page_for(office_db, f, 0, 10, user=CLERK)


def test_masked_text_hides_an_id_and_the_birth_date_it_gives_in_free_text():
    from desktop.registers.privacy import masked_text

    text = masked_text(f"核对 {PERSON}（出生 {BORN.isoformat()}），电话 13800000000，编号 12345678901234567")
    assert PERSON not in text and BORN.isoformat() not in text and cn_id.mask(PERSON) in text
    assert "13800000000" in text and "12345678901234567" in text      # not IDs: left as they are
