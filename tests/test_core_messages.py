"""Messages of the core reach the English window in English: every template marked in desktop/
and db/ is in the .ts (so lupdate saw it) with an English translation keeping its placeholders;
the window shows a refused entry, a register field's problem and a dashboard month in English,
while the core itself (CLI, logs, files) keeps the Chinese text."""
from __future__ import annotations

import ast
import pickle
import re
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from db.errors import BUSY_MESSAGE, UserError
from db.schema import open_database
from desktop.security.auth import login
from desktop.messages import Message, Month
from desktop.registers.values import ValueProblem, parse_value
from desktop.session import Session
from ui.core_text import say
from ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "street_ledger_en.ts"
CJK = re.compile(r"[\u4e00-\u9fff]")


def marked_templates() -> set[str]:
    """Every literal in QT_TRANSLATE_NOOP("core", ...) in the core's sources, read as Python reads it."""
    files = subprocess.run(["git", "ls-files", "desktop/*.py", "db/*.py"], cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.split()
    found = set()
    for name in files:
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, text = node.args
                assert isinstance(text, ast.Constant), f"{name}:{node.lineno}: the template must be a literal"
                if context.value == "core":
                    found.add(text.value)
    return found


def core_translations() -> dict[str, str]:
    tree = ET.parse(TS)
    return {m.find("source").text: m.find("translation").text or ""
            for c in tree.iter("context") if c.find("name").text == "core" for m in c.iter("message")}


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_every_core_template_is_in_the_translation_with_english():
    templates, english = marked_templates(), core_translations()
    assert len(templates) > 80
    assert sorted(templates - set(english)) == []          # lupdate saw every one
    untranslated = [t for t in templates if not english[t].strip() or english[t] == t]
    assert untranslated == []
    # the window fills the English with the core's arguments: the same placeholders on both sides
    assert [t for t in templates if placeholders(t) != placeholders(english[t])] == []


def test_a_message_is_the_chinese_text_and_keeps_its_template():
    message = Message("「{0}」不能为负数（填写了 {1}），请填写 0 或正数", "新增就业岗位", "-5")
    assert message == "「新增就业岗位」不能为负数（填写了 -5），请填写 0 或正数"
    assert message.template.startswith("「{0}」") and message.args == ("新增就业岗位", "-5")
    again = pickle.loads(pickle.dumps(message))
    assert again == message and again.template == message.template
    assert Month("2023-11") == "2023年11月" and pickle.loads(pickle.dumps(Month("2023-11"))).period == "2023-11"
    error = UserError(BUSY_MESSAGE)
    assert error.message == BUSY_MESSAGE and str(error) == BUSY_MESSAGE


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_CN")


def test_core_messages_are_shown_in_english(english):
    field = type("F", (), {"type": "phone", "max_length": None, "id": "phone"})()
    with pytest.raises(ValueProblem) as caught:
        parse_value(field, "1381234567")
    assert "不是有效的手机号" in caught.value.message                     # the core keeps Chinese
    shown = say(caught.value)
    assert shown.startswith("“1381234567” is not a valid mobile number") and not CJK.search(shown)
    stale = Message("{0}报送后有变动，需重新导出", Month("2023-11"))
    assert say(stale) == "11/2023 changed after it was sent and must be exported again"
    assert say(UserError(BUSY_MESSAGE)).startswith("The database is in use")
    assert say("未翻译的普通文字") == "未翻译的普通文字"                    # plain text is shown as it is


def test_english_entry_page_refuses_in_english(english, qtbot, session):
    from ui.pages.entry_page import EntryPage

    page = EntryPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.set_period("2023-03")
    assert page.select_indicator("new_jobs")
    page.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(lambda: page.isActiveWindow() and page.view.hasFocus())   # not a window left by another test
    for ch in "-5":
        QTest.keyClick(QApplication.focusWidget() or page.view, ch)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "cannot be negative" in page.message.text())
    text = page.message.text()
    name = session.plan.indicator("new_jobs").name
    assert text.startswith("Not saved: ") and f"“{name}” cannot be negative (-5 entered)" in text
    assert not CJK.search(text.replace(name, ""))


def test_english_dashboard_writes_months_in_english(english, qtbot, session):
    from ui.pages.dashboard_page import DashboardPage

    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.set_period("2023-03")
    qtbot.waitUntil(lambda: page.ready)
    summary = page.summary.text()
    assert summary.startswith("3/2023: ") and "behind" in summary and not CJK.search(summary)


def test_a_verify_reason_is_shown_in_english(english):
    from desktop.system.paths import default_plan_path
    from desktop.plan.canonical import mismatch_reason
    from desktop.plan.loader import load_plan_file

    plan = load_plan_file(default_plan_path())
    reason = mismatch_reason({"plan_id": plan.id, "plan_version": "9"}, plan, here="区里")
    assert reason.startswith("文件按计划") and "区里现行的是" in reason          # stored and printed as before
    assert say(reason) == (f"The file was exported under plan “{plan.id}” version 9; the district has plan "
                           f"“{plan.id}” version {plan.version} in force")


def test_english_settings_list_backups_in_english(english, qtbot, office_db_path, monkeypatch):
    """Backup kinds and times follow the language (the kinds once never reached the translation)."""
    from ui.pages.settings_page import SettingsPage

    monkeypatch.setattr("ui.pages.settings_page.QMessageBox.information", lambda *a: None)
    db = open_database(office_db_path)
    page = SettingsPage(Session.start(office_db_path, db, login(db, "张三", "abc12345")))
    qtbot.addWidget(page)
    page.backup_now()
    shown = [row[:2] for row in page.backups.rows]
    assert shown and all(not CJK.search(when + kind) for when, kind in shown)
    assert "Manual" in {kind for _, kind in shown}
    db.close()


def test_a_failed_sign_in_is_said_in_english(english, office_db_path):
    from desktop.errors import AuthError

    db = open_database(office_db_path)
    with pytest.raises(AuthError) as caught:
        login(db, "张三", "wrong-password1")
    db.close()
    assert caught.value.message.startswith("用户名或密码不正确")
    assert say(caught.value) == "Wrong user name or password (4 more wrong tries lock the account for 5 minutes)"


def test_figures_of_exported_months_are_said_in_english(english, qtbot):
    from desktop.entry.exported_figures import MONTH, YTD, FigureChange, Impact
    from desktop.entry.stale import ExportedMonthChanged
    from ui.widgets.exported_change_dialog import ExportedChangeDialog

    impact = Impact((FigureChange("2023-11", "registrations", "失业人员实名登记", MONTH, "22", "23"),
                     FigureChange("2023-11", "registrations", "失业人员实名登记", YTD, "200", "201"),
                     FigureChange("2023-12", "registrations", "失业人员实名登记", YTD, "210", "")))
    assert impact.month_lines()[0] == "2023年11月：「失业人员实名登记」本月 22 → 23，「失业人员实名登记」累计 200 → 201"
    dialog = ExportedChangeDialog(ExportedMonthChanged(impact, "请填写修改原因"))
    qtbot.addWidget(dialog)
    assert dialog.figures.text() == ("11/2023: “失业人员实名登记” This month 22 → 23, “失业人员实名登记” Year to date 200 → 201\n"
                                     "12/2023: “失业人员实名登记” Year to date 210 → empty")
    assert say(impact.months_text()) == "11/2023, 12/2023"


def test_english_record_form_says_field_problems_in_english(english, qtbot, office_db_path, office_db):
    from desktop.security.auth import User
    from ui.pages.register_page import RegisterPage

    session = Session.start(office_db_path, office_db, User("张三", "admin"))
    page = RegisterPage(session, None, session.plan.register("unemployed"))
    qtbot.addWidget(page)
    dialog = page.open_record(None)
    dialog.form.editors["phone"].set_text("1381234567")
    dialog.form.editors["registered_on"].set_text("2023-02-30")
    assert not dialog.save()
    text = dialog.message.text()
    assert "“1381234567” is not a valid mobile number" in text and "“2023-02-30” is not a valid date" in text
    assert "Required; please fill it in" in text
    labels = [f.label for f in session.plan.register("unemployed").fields]
    assert not CJK.search(re.sub("|".join(map(re.escape, labels)), "", text).replace("2023年3月5日", ""))
    assert "not a valid mobile number" in dialog.form.editors["phone"].reason.text()
