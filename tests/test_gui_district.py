"""The district pages as a supervisor uses them: merge two offices' workbooks from the page (in the
background), trust an unknown key after confirming its fingerprint, read the submissions matrix,
import and revoke keys on the trust page."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from db.schema import open_database
from desktop.security import signing, trust
from desktop.security.auth import User, login
from desktop.session import Session
from ui.i18n import install_translators
from ui.models.merge_results import MergeResultsModel
from ui.models.submission_matrix import COLOURS
from ui.pages import make_pages
from ui.pages.key_confirm_dialog import KeyConfirmDialog
from ui.pages.merge_page import MergePage
from ui.pages.revoke_dialog import RevokeDialog
from ui.pages.submissions_page import SubmissionsPage
from ui.pages.trust_page import TrustPage

from submission_factory import make_district, make_office, make_submission, person
from submission_factory import public_key_file as pub_file


@pytest.fixture
def session(tmp_path):
    path = make_district(tmp_path / "区汇总.sqlite")
    db = open_database(path)
    yield Session.start(path, db, login(db, "区汇总员", "abc12345"))
    db.close()


@pytest.fixture
def offices(tmp_path):
    return {code: make_office(tmp_path, code) for code in ("NHL", "HQL")}


def trust_office(session, office_path, folder):
    code = office_path.stem.split("-")[1]
    trust.add_key_file(session.db, pub_file(office_path, folder), code, user=session.user)


def type_text(widget, text: str) -> None:
    """Chinese through key events (qtbot.keyClicks with CJK aborts the process)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def confirm_by_ticking(dialog) -> int:
    """Stands in for exec(): the user ticks "read out and identical", then presses 信任此密钥."""
    assert not dialog.trust_button.isEnabled()           # nothing can be trusted before the tick
    dialog.confirmed.setChecked(True)
    dialog.trust_button.click()
    return dialog.result()


def merge_through(page, qtbot, inputs, *, verify_only=False):
    (page.verify_only if verify_only else page.verify_and_merge).setChecked(True)
    page.run(inputs)
    qtbot.waitUntil(lambda: not page.running, timeout=30000)


def statuses(page) -> dict[str, str]:
    return {page.model.data(page.model.index(r, MergeResultsModel.FILE)): row.status
            for r, row in enumerate(page.model.rows)}


def merged_total(session, indicator: str):
    return session.db.execute("SELECT sum(value) FROM merged_values WHERE indicator_id = ?", [indicator]).fetchone()[0]


def test_merge_page_merges_then_trusts_an_unknown_key_after_confirmation(qtbot, tmp_path, session, offices,
                                                                          monkeypatch):
    trust_office(session, offices["NHL"], tmp_path)                 # HQL's key is not trusted yet
    inbox = tmp_path / "来稿"
    inbox.mkdir()
    nhl = make_submission(offices["NHL"], inbox, period="2023-03", values={"new_jobs": 120},
                          registers={"unemployed": [person(1, "宁海路社区")]})
    hql = make_submission(offices["HQL"], inbox, period="2023-03", values={"new_jobs": 80})
    page = MergePage(session)
    qtbot.addWidget(page)

    merge_through(page, qtbot, [inbox], verify_only=True)             # verify only: nothing merged
    assert statuses(page) == {nhl.name: "verified", hql.name: "unknown_key"}
    assert merged_total(session, "new_jobs") is None
    assert page.summary.text() == "可合并 1，重复 0，不能合并 1"

    merge_through(page, qtbot, [inbox])
    assert statuses(page) == {nhl.name: "merged", hql.name: "unknown_key"}
    assert page.progress.maximum() == 2 and page.progress.value() == 2
    assert page.summary.text() == "合并 1，重复 0，拒收 1"
    assert merged_total(session, "new_jobs") == 120
    row = next(r for r, o in enumerate(page.model.rows) if o.status == "unknown_key")
    cells = [page.model.data(page.model.index(row, c)) for c in range(page.model.columnCount())]
    assert cells[1:5] == ["华侨路街道", "2023年3月", "第1版", "未知密钥"]
    assert "不在信任库中" in cells[5]
    assert not page.model.data(page.model.index(row, MergeResultsModel.STATUS), Qt.ItemDataRole.DecorationRole).isNull()

    page.table.selectRow(row)
    assert page.trust_button.isEnabled()
    monkeypatch.setattr(KeyConfirmDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert page.trust_key_of_row(row) is False                        # cancelled: nothing trusted
    assert [k.unit_code for k in trust.list_keys(session.db)] == ["NHL"]

    shown = {}

    def check_and_confirm(dialog):
        shown["office"], shown["fingerprint"] = dialog.office_name.text(), dialog.fingerprint.text()
        return confirm_by_ticking(dialog)

    monkeypatch.setattr(KeyConfirmDialog, "exec", check_and_confirm)
    page.table.doubleClicked.emit(page.model.index(row, 0))           # double-click offers to trust
    qtbot.waitUntil(lambda: not page.running, timeout=30000)
    fingerprint = page.model.rows[row].fingerprint
    assert shown["office"] == "华侨路街道（HQL）"
    assert shown["fingerprint"].split() == fingerprint.split()        # the groups, as read out by phone
    assert statuses(page) == {nhl.name: "merged", hql.name: "merged"}  # only that row ran again
    assert merged_total(session, "new_jobs") == 200
    key = trust.lookup(session.db, fingerprint)
    assert (key["unit_code"], key["how"]) == ("HQL", "confirmed")

    merge_through(page, qtbot, [inbox])                               # the same files again change nothing
    assert set(statuses(page).values()) == {"duplicate"}
    assert page.summary.text() == "合并 0，重复 2，拒收 0"
    assert merged_total(session, "new_jobs") == 200


def test_dropping_a_folder_on_the_page_merges_its_workbooks(qtbot, tmp_path, session, offices):
    trust_office(session, offices["NHL"], tmp_path)
    inbox = tmp_path / "拖入的文件夹"
    inbox.mkdir()
    make_submission(offices["NHL"], inbox, period="2023-01", values={"new_jobs": 7})
    make_submission(offices["NHL"], inbox, period="2023-02", values={"new_jobs": 5})
    page = MergePage(session)
    qtbot.addWidget(page)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(inbox))])
    assert page.acceptDrops()
    page.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: not page.running, timeout=30000)
    assert [r.status for r in page.model.rows] == ["merged", "merged"]
    assert merged_total(session, "new_jobs") == 12


def test_a_conflict_is_an_alert(qtbot, tmp_path, session, offices, monkeypatch):
    trust_office(session, offices["NHL"], tmp_path)
    first = make_submission(offices["NHL"], tmp_path, period="2023-03", values={"new_jobs": 1}, name="a.xlsx")
    other = make_submission(offices["NHL"], tmp_path, period="2023-03", values={"new_jobs": 2}, name="b.xlsx")
    warnings = []
    monkeypatch.setattr("ui.pages.merge_page.QMessageBox.warning", lambda *a: warnings.append(a[1:]))
    page = MergePage(session)
    qtbot.addWidget(page)
    merge_through(page, qtbot, [first, other])
    assert statuses(page) == {"a.xlsx": "merged", "b.xlsx": "conflict"}
    assert page.model.rows[0].status == "conflict"          # problems come first
    red = page.model.data(page.model.index(0, MergeResultsModel.REASON), Qt.ItemDataRole.BackgroundRole)
    assert red is not None and red.color().name() == "#f8c8c8"
    assert page.model.data(page.model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None   # the merged row
    assert len(warnings) == 1 and warnings[0][0] == "同版本内容冲突" and "b.xlsx" in warnings[0][1]
    assert page.summary.text() == "合并 1，重复 0，拒收 1"
    assert merged_total(session, "new_jobs") == 1


def test_submissions_matrix_shows_revisions_late_refused_and_missing(qtbot, tmp_path, session, offices):
    for office in offices.values():
        trust_office(session, office, tmp_path)
    stranger = make_office(tmp_path, "HNL")                           # its key is never trusted
    matrix = SubmissionsPage(session, today=date(2023, 4, 10))
    qtbot.addWidget(matrix)
    model = matrix.model
    units = [u.code for u in model.matrix.units]
    cell = lambda code, month: model.index(units.index(code), month - 1)  # noqa: E731
    assert model.data(cell("NHL", 3)) == "缺报"                        # the deadline (5 April) has passed

    inbox = tmp_path / "来稿"
    inbox.mkdir()
    make_submission(offices["NHL"], inbox, period="2023-03", revision=1)
    make_submission(offices["NHL"], inbox, period="2023-03", revision=2, values={"new_jobs": 3})
    make_submission(offices["HQL"], inbox, period="2023-02", exported_at="2023-03-20T09:00:00")
    make_submission(stranger, inbox, period="2023-03")
    page = MergePage(session)
    qtbot.addWidget(page)
    merge_through(page, qtbot, [inbox])

    matrix.show()                                                     # shown again: reloads the ledger
    qtbot.waitExposed(matrix)
    assert model.data(cell("NHL", 3)) == "第2版"
    assert model.data(cell("HQL", 2)) == "第1版·迟报"
    assert model.data(cell("HNL", 3)) == "拒收"
    assert "未知密钥" in model.data(cell("HNL", 3), Qt.ItemDataRole.ToolTipRole)
    assert model.data(cell("NHL", 1)) == "缺报"
    assert model.data(cell("NHL", 4)) == ""                            # due 5 May: not yet missing
    assert "2023年5月5日" in model.data(cell("NHL", 4), Qt.ItemDataRole.ToolTipRole)
    background = lambda index: model.data(index, Qt.ItemDataRole.BackgroundRole).color()  # noqa: E731
    assert background(cell("NHL", 3)) == COLOURS["merged"]
    assert background(cell("HQL", 2)) == COLOURS["late"]
    assert background(cell("HNL", 3)) == COLOURS["rejected"]
    assert background(cell("NHL", 1)) == COLOURS["missing"]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "3月"
    assert "已报送 2 个月次（其中迟报 1），拒收 1" in matrix.summary.text()


def test_trust_page_imports_after_confirmation_and_revokes_with_a_cutoff(qtbot, tmp_path, session, offices,
                                                                         monkeypatch):
    warnings = []
    monkeypatch.setattr("ui.pages.trust_page.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    page = TrustPage(session)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    pub = pub_file(offices["NHL"], tmp_path)

    monkeypatch.setattr(KeyConfirmDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert page.import_key_file(pub) is False and page.model.rowCount() == 0

    def choose_other_office(dialog):
        dialog.office.setCurrentIndex(dialog.office.findData("HQL"))
        return confirm_by_ticking(dialog)

    monkeypatch.setattr(KeyConfirmDialog, "exec", choose_other_office)
    assert page.import_key_file(pub) is False                          # the file says 宁海路街道
    assert "不符" in warnings[-1] and page.model.rowCount() == 0

    seen = {}

    def confirm(dialog):
        seen["office"] = dialog.chosen_office()
        return confirm_by_ticking(dialog)

    monkeypatch.setattr(KeyConfirmDialog, "exec", confirm)
    assert page.import_key_file(pub) is True
    assert seen["office"] == "NHL"                                     # the file's office is proposed
    fingerprint = signing.active_key(open_database(offices["NHL"])).fingerprint
    texts = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert texts[0] == "宁海路街道（NHL）" and texts[1] == fingerprint
    assert texts[2] == "导入公钥文件" and texts[4] == "0" and texts[5] == "有效"

    not_a_key = tmp_path / "随便.pub"
    not_a_key.write_text("hello", encoding="utf-8")
    assert page.import_key_file(not_a_key) is False and warnings[-1]

    def revoke_from_may(dialog):
        assert not dialog.revoke_button.isEnabled()                    # a reason is required
        dialog.cutoff.setDate(QDate(2023, 5, 1))
        type_text(dialog.reason, "电脑丢失")
        dialog.revoke_button.click()
        return dialog.result()

    monkeypatch.setattr(RevokeDialog, "exec", revoke_from_may)
    page.table.selectRow(0)
    assert page.revoke_selected() is True
    assert page.model.data(page.model.index(0, 5)) == "已吊销：2023-05-01 起收到的文件不再接受"
    assert trust.lookup(session.db, fingerprint)["revoke_cutoff"] == "2023-05-01"
    reason = session.db.execute("SELECT reason FROM audit_log WHERE action = '吊销密钥'").fetchone()[0]
    assert reason == "电脑丢失"


def test_district_pages_follow_roles(tmp_path, session):
    supervisor = [key for key, _title, _build in make_pages(session, None)]
    assert {"merge", "submissions", "trust"} <= set(supervisor)
    clerk = Session(session.path, session.db, User("王五", "clerk"), session.plan, session.unit)
    keys = [key for key, _title, _build in make_pages(clerk, None)]
    assert "merge" not in keys and "trust" not in keys and "submissions" in keys


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_CN")


def test_district_pages_are_in_english_under_the_english_translation(english, qtbot, tmp_path, session, offices):
    from test_translations import assert_translated, data_strings

    trust_office(session, offices["NHL"], tmp_path)
    make_submission(offices["NHL"], tmp_path, period="2023-03")
    merge = MergePage(session)
    qtbot.addWidget(merge)
    merge_through(merge, qtbot, [tmp_path / "宁海路街道_2023-03_第1版.xlsx"])
    assert merge.model.data(merge.model.index(0, MergeResultsModel.STATUS)) == "Merged"
    data = data_strings(session.plan)
    for page in (merge, SubmissionsPage(session), TrustPage(session)):
        qtbot.addWidget(page)
        assert_translated(page, data)
    assert merge.model.headerData(0, Qt.Orientation.Horizontal) == "File"
