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


# callee → positions of its message arguments; the first argument of every user-facing error
# (UserError, ValueError and their subclasses in desktop/ and db/) is one too
MESSAGE_ARGS = {"_bad_file": (0,), "IdError": (1,), "Reading": (1,), "_outcome": (3,), "_tampered": (1,),
                "problem": (0, 1, 2), "Message": (0,)}
MESSAGE_NAMES = ("reason", "message", "item", "fitem", "litem")     # what such a name holds is shown
CLI_ONLY = ("desktop/cli/", "desktop/demo/")     # printed to a terminal in Chinese, never shown by the window


def _callee(node: ast.Call) -> str:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _unmarked(node) -> bool:
    """Chinese written as text the window cannot translate: a literal or an f-string, not a marked
    template (QT_TRANSLATE_NOOP, a Message or any call's result)."""
    if isinstance(node, ast.Call):
        return False
    if isinstance(node, ast.IfExp):
        return _unmarked(node.body) or _unmarked(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_unmarked(v) for v in node.values)
    return any(isinstance(n, ast.Constant) and isinstance(n.value, str) and CJK.search(n.value) for n in ast.walk(node))


def unmarked_messages(root: Path = ROOT) -> list[str]:
    """file:line of every user-facing message in desktop/ and db/ written as plain Chinese."""
    files = subprocess.run(["git", "ls-files", "desktop/*.py", "db/*.py"], cwd=root, capture_output=True,
                           text=True, check=True).stdout.split()
    trees = {n: ast.parse((root / n).read_text(encoding="utf-8")) for n in files if not n.startswith(CLI_ONLY)}
    errors = {"UserError", "ValueError"}
    bases = {c.name: {getattr(b, "id", getattr(b, "attr", "")) for b in c.bases}
             for t in trees.values() for c in ast.walk(t) if isinstance(c, ast.ClassDef)}
    while more := {n for n, b in bases.items() if b & errors} - errors:
        errors |= more
    found = []
    for name, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):          # reading.reason = "…", a, b.reason = x, "…"
                pairs = [(t, node.value) for t in node.targets]
                pairs += [(t, v) for t in node.targets if isinstance(t, ast.Tuple) and isinstance(node.value, ast.Tuple)
                          for t, v in zip(t.elts, node.value.elts)]
                found += [f"{name}:{v.lineno}" for t, v in pairs if _unmarked(v) and (
                          isinstance(t, ast.Attribute) and t.attr in MESSAGE_NAMES
                          or isinstance(t, ast.Name) and t.id in MESSAGE_NAMES)]
            if isinstance(node, ast.Call):
                spots = MESSAGE_ARGS.get(_callee(node), (0,) if _callee(node) in errors else ())
                args = [node.args[i] for i in spots if i < len(node.args)]
                if spots:
                    args += [k.value for k in node.keywords if k.arg in ("message", "reason")]
                found += [f"{name}:{a.lineno}" for a in args if _unmarked(a)]
    return sorted(found)


def test_no_user_facing_message_is_chinese_only():
    """An error, a verify reason or a plan problem written as f"中文{x}" reaches the English window in
    Chinese: it must be a marked template with arguments (see README, 翻译 Translations)."""
    assert unmarked_messages() == []


def test_the_scan_finds_an_unmarked_message(tmp_path):
    """The check above can fail: a Chinese f-string raised as a UserError is found, a marked one is not."""
    (tmp_path / "desktop").mkdir()
    (tmp_path / "desktop" / "bad.py").write_text('def f(n):\n    raise UserError(f"文件 {n} 是空文件")\n'
                                                 'def g(n):\n    raise UserError(QT_TRANSLATE_NOOP("core", "文件 {0}"), n)\n'
                                                 'def h(r):\n    r.status, r.reason = "tampered", "内容已被改动"\n',
                                                 encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "add", "."], cwd=tmp_path, check=True)
    assert sorted(unmarked_messages(tmp_path)) == ["desktop/bad.py:2", "desktop/bad.py:6"]


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


def test_refusals_reasons_and_plan_problems_are_said_in_english(english, tmp_path):
    """Messages that were Chinese-only f-strings: the guard's refusal, a key file's format, a verify
    reason, a plan problem (with its sheet and row) — Chinese in the core, English in the window."""
    from desktop.errors import PlanError
    from desktop.exchange.guard import UnsafeWorkbook, check_file
    from desktop.plan.loader import load_plan_file
    from desktop.security.keys import SigningKeyError, parse_public_key_text

    empty = tmp_path / "名单.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(UnsafeWorkbook) as refused:
        check_file(empty)
    assert refused.value.message == "文件 名单.xlsx 是空文件" and refused.value.reason == "malformed"
    assert say(refused.value) == "The file 名单.xlsx is empty"

    with pytest.raises(SigningKeyError) as bad_key:
        parse_public_key_text("不是公钥")
    assert say(bad_key.value) == "The public key file is not in the right format: the BEGIN line is missing"

    plan = tmp_path / "计划.toml"
    plan.write_text('[plan]\nid = "p"\n', encoding="utf-8")
    with pytest.raises(PlanError) as problems:
        load_plan_file(plan)
    assert problems.value.message.startswith("计划文件 计划.toml 有误，未导入：\n  - 计划（[plan]）：year 应为 2000–2100")
    shown = say(problems.value)
    assert shown.startswith("The plan file 计划.toml has errors and was not imported:\n  - plan ([plan]): year should be "
                            "a whole number from 2000 to 2100\n  - ")
    assert not CJK.search(shown.replace("计划.toml", "")), shown


def test_a_verify_reason_of_a_tampered_file_is_said_in_english(english, tmp_path):
    import openpyxl

    from desktop.exchange.workbook.reader import read_signed
    from desktop.exchange.workbook.sheets import Column, Sheet
    from desktop.exchange.workbook.writer import write_signed
    from desktop.security import keys

    pair = keys.generate("key-pass-2023")
    path = write_signed(tmp_path / "a.xlsx", {"unit_code": "NHL"}, [Sheet("指标进度", [Column("累计", "auto")], [[5]])],
                        sign=lambda m: keys.sign(pair.private_pem, "key-pass-2023", m), public_raw=pair.public_raw,
                        fingerprint=pair.fingerprint).path
    book = openpyxl.load_workbook(path)
    book["指标进度"]["A2"] = 50
    book.save(path)
    reading = read_signed(path)
    assert reading.status == "tampered" and reading.reason.startswith("内容已被改动：")
    assert say(reading.reason) == ("The content was changed. The data differ from what was signed: cells were "
                                   "changed, added, deleted or swapped")
    from desktop.exchange.workbook.cells import CellError, canon_date

    with pytest.raises(CellError) as bad_cell:
        canon_date("明天")
    nested = Message("有单元格内容与签名时的类型不符：{0}", bad_cell.value)       # as the reader quotes it
    assert say(nested) == "A cell's content does not have the type it had when signed: '明天' is not a date"


def test_english_register_page_refuses_a_file_in_english(english, qtbot, office_db_path, office_db, tmp_path,
                                                        monkeypatch):
    import ui.tasks
    from desktop.security.auth import User
    from ui.pages.register_page import RegisterPage

    monkeypatch.setattr(ui.tasks, "SYNCHRONOUS", True)
    shown = []
    monkeypatch.setattr("ui.pages.register_page.QMessageBox.warning", lambda parent, title, text: shown.append((title, text)))
    session = Session.start(office_db_path, office_db, User("张三", "admin"))
    page = RegisterPage(session, None, session.plan.register("unemployed"))
    qtbot.addWidget(page)
    (tmp_path / "名单.xlsx").write_bytes(b"")
    page.start_import(str(tmp_path / "名单.xlsx"))
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("Cannot import", "The file 名单.xlsx is empty")]


def test_a_database_in_use_is_said_in_english(english):
    import socket

    from desktop.system.instance_lock import Owner, in_use_message

    owner = Owner(kind="window", user="李四", pid=4321, host=socket.gethostname(), since="2023-11-05T14:30:00")
    message = in_use_message("台账.sqlite", owner, "command")
    assert message.startswith("数据库 台账.sqlite 已在窗口中打开（用户 李四，进程号 4321，2023-11-05 14:30 起）")
    assert say(message) == ("The database 台账.sqlite is open in a window (user 李四, process 4321, since 2023-11-05 14:30); "
                            "to prevent data loss it cannot be changed now. Please do this in that window, or close it "
                            "(quit the program) before running this command; commands that only read data can run as usual.")
