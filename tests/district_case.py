"""A real month end for the district tests: four offices, February 2023.

宁海路 sent January and February on time; 华侨路 sent February after the deadline; 湖南路's
February file was edited after signing (refused as tampered); 中央门 sent 第1版 and then a
different file also called 第1版 (同版本冲突); the other nine offices sent nothing. The district
entered its own fiscal revenue for both months."""
from __future__ import annotations

from openpyxl import load_workbook

from db.schema import open_database
from desktop.security.auth import User
from desktop.entry.service import EntryService
from desktop.exchange.merge import merge_files
from desktop.plan.store import active_plan
from desktop.unit import unit_of
from desktop.security.trust import add_key_file

from submission_factory import make_district, make_office, make_submission, public_key_file

SUPERVISOR = User("区汇总员", "supervisor")
SIGNERS = ("王芳", "李强", "赵明", "025-83000000")


def tamper(path) -> None:
    wb = load_workbook(path)
    ws = wb["指标进度"]
    for row in ws.iter_rows(min_row=2):
        if isinstance(row[8].value, (int, float)):
            row[8].value += 10
            break
    wb.save(path)


def build_case(tmp_path):
    district = make_district(tmp_path / "区.sqlite")
    offices = {code: make_office(tmp_path, code) for code in ("NHL", "HQL", "HNL", "ZYM")}
    db = open_database(district)
    for code, office in offices.items():
        add_key_file(db, public_key_file(office, tmp_path), code, user=SUPERVISOR)
    files = [
        make_submission(offices["NHL"], tmp_path, period="2023-01", values={"new_jobs": 200, "unemployment_rate": "1.8"}),
        make_submission(offices["NHL"], tmp_path, period="2023-02", values={"new_jobs": 100, "unemployment_rate": "1.8",
                                                                  "jobs_driven": 300, "buildings_renovated": 3}),
        make_submission(offices["HQL"], tmp_path, period="2023-01", values={"new_jobs": 80, "unemployment_rate": "2.4"}),
        make_submission(offices["HQL"], tmp_path, period="2023-02", values={"new_jobs": 90, "unemployment_rate": "2.2",
                                                                  "jobs_driven": 12, "old_estates_renewed": "0.4"},
                        exported_at="2023-03-09T10:00:00"),
        make_submission(offices["ZYM"], tmp_path, period="2023-02", values={"new_jobs": 50}),
    ]
    tampered = make_submission(offices["HNL"], tmp_path, period="2023-02", values={"new_jobs": 40})
    tamper(tampered)
    conflicting = make_submission(offices["ZYM"], tmp_path, period="2023-02", values={"new_jobs": 55},
                                  name="中央门街道_2023-02_第1版_改.xlsx")
    results = merge_files(db, files + [tampered, conflicting], user=SUPERVISOR)
    assert [r.status for r in results] == ["merged"] * 5 + ["tampered", "conflict"]
    plan, unit = active_plan(db), unit_of(db)
    own = EntryService(db, plan, unit, SUPERVISOR)
    own.set_text("fiscal_revenue", "2023-01", "5.1")
    own.set_text("fiscal_revenue", "2023-02", "4.8")
    return district, db, offices
