"""生成全区汇总表 from the 报送情况 page: signers remembered, a preview of the sheets, the signed
workbook in the background, no new revision when nothing changed, 通报 and 催报 copied."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from desktop.security.auth import login
from desktop.session import Session
from desktop.exchange.workbook.reader import read_signed
from ui.pages.submissions_page import SubmissionsPage

from district_case import SIGNERS, build_case

TODAY = date(2023, 3, 20)


def type_text(widget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def open_dialog(qtbot, session):
    page = SubmissionsPage(session, today=TODAY)
    qtbot.addWidget(page)
    assert page.month_end_button.isVisibleTo(page)
    page.month_end_button.click()
    dialog = page.month_end
    dialog.period.setCurrentIndex(dialog.period.findData("2023-02"))
    return page, dialog


def test_month_end_dialog_previews_signs_and_remembers(qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr("ui.pages.month_end_dialog.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    path, db, _ = build_case(tmp_path)
    session = Session.start(path, db, login(db, "区汇总员", "abc12345"))
    page, dialog = open_dialog(qtbot, session)
    for key, text in zip(("filler", "reviewer", "head", "phone"), SIGNERS):
        dialog.fields[key].clear()
        type_text(dialog.fields[key], text)
    dialog.folder.setText(str(tmp_path / "out"))

    dialog.start_preview()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    shown = {dialog.preview_model.item(r, 0).text(): dialog.preview_model.item(r, 1).text()
             for r in range(dialog.preview_model.rowCount())}
    assert not warnings
    assert shown["全区进度"] == "77" and shown["指标进度"] == "77" and shown["催报清单"] == "12"
    assert "计划全部 77 项指标" in dialog.message.text()

    type_text(dialog.passphrase, "district-pass-1")
    dialog.start_report()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    first = dialog.last_result
    assert first is not None and not first.unchanged, dialog.message.text()
    reading = read_signed(first.path)
    assert reading.status == "intact" and reading.meta["head"] == "赵明"

    type_text(dialog.passphrase, "district-pass-1")
    dialog.start_report()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert dialog.last_result.unchanged and dialog.last_result.revision == 1
    assert "未生成新版本" in dialog.message.text()

    dialog.copy_bulletin()
    assert QGuiApplication.clipboard().text().startswith("关于2023年2月份为民工程推进情况的通报")
    dialog.copy_chase()
    assert "中央门街道（同版本冲突）：同版本内容冲突，请确认后导出新版本（第2版）" in QGuiApplication.clipboard().text()
    dialog.close()

    # the signers are remembered for the next time
    _, again = open_dialog(qtbot, session)
    assert again.fields["filler"].text() == "王芳" and again.fields["phone"].text() == "025-83000000"
    session.close()
