"""``--self-test`` opens every page and dialog of both units and names the first step that fails."""
from __future__ import annotations

from ui import self_test, self_test_steps


def test_self_test_names_every_page_of_both_units_and_passes(qapp, capsys):
    assert self_test.run_self_test() == 0
    out = capsys.readouterr().out
    for step in ("街道页面：指标填报", "街道页面：失业人员实名登记", "街道页面：导出报送", "街道对话框：新增记录（养老服务）",
                 "区汇总页面：汇总合并", "区汇总页面：报送情况", "区汇总页面：信任密钥", "区汇总对话框：吊销密钥",
                 "生成纸质版 PDF", "合并报送表：merged", "生成全区汇总表（签名）"):
        assert f"[OK] {step}" in out
    assert out.rstrip().endswith("自检通过")


def test_a_page_that_fails_in_its_slot_fails_its_step_and_stops(qapp, capsys, monkeypatch):
    """A page whose module is missing from a build raises inside the navigation's slot, as in the
    frozen program before every module was collected."""
    import ui.pages.export_page as export_page

    def missing(*_a, **_kw):
        raise ModuleNotFoundError("No module named 'ui.pages.export_page'")

    monkeypatch.setattr(export_page, "ExportPage", missing)
    assert self_test.run_self_test() == 1
    out = capsys.readouterr().out
    assert "[FAIL] 街道页面：导出报送：ModuleNotFoundError" in out
    assert "自检失败：街道页面：导出报送" in out
    assert "导出报送表（签名）" not in out and "自检通过" not in out


def test_a_failing_core_step_exits_1_naming_it(qapp, capsys, monkeypatch):
    def refuse(*_a):
        raise RuntimeError("refused")

    monkeypatch.setattr(self_test_steps, "merge", refuse)
    assert self_test.run_self_test() == 1
    out = capsys.readouterr().out
    assert "[FAIL] 合并报送表：RuntimeError: refused" in out
    assert "区汇总页面" not in out
