"""The district demo also writes one signed feedback file (宁海路街道, 2023-12), so its 报送情况
shows 退回待重报 for that month."""
from datetime import date

from db.schema import open_database
from desktop.main import main
from desktop.plan.store import active_plan
from desktop.district.submissions import build
from desktop.exchange.workbook.reader import read_signed


def test_district_demo_writes_one_feedback_file(tmp_path, capsys):
    path = tmp_path / "区汇总示例.sqlite"
    assert main(["--db", str(path), "demo", "--district"]) == 0
    capsys.readouterr()
    reading = read_signed(tmp_path / "区汇总示例-月末材料" / "退回意见_NHL_2023-12.xlsx")
    assert reading.status == "intact" and reading.meta["document"] == "feedback"
    assert reading.meta["office_code"] == "NHL" and reading.sheets["退回意见"][1][6] == "请核实"
    db = open_database(path)
    try:
        assert build(db, active_plan(db), today=date(2024, 2, 1)).cell("NHL", "2023-12").text.endswith("·退回待重报")
    finally:
        db.close()
