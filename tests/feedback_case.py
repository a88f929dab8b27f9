"""A district and an office that trusts the district key (learned at its first plan import), an
office month exported and merged: the starting point of the feedback round trip."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl

from db.schema import open_database
from desktop.security.auth import User
from desktop.entry.service import EntryService
from desktop.exchange.export import SignOff, export_period
from desktop.exchange.merge import merge_files
from desktop.plan.store import active_plan
from desktop.plan.workbook_export import export_plan
from desktop.plan.workbook_import import import_plan
from desktop.system.provision import initialise
from desktop.unit import unit_of
from desktop.registers.records import find_register, save_record
from desktop.security.trust import add_key_file

from submission_factory import make_district, person, public_key_file

SUPERVISOR = User("区汇总员", "supervisor")
CLERK = User("填报员", "admin")
DISTRICT_PASS, OFFICE_PASS = "district-pass-1", "office-pass-1"
SIGN = SignOff("张三", "李四", "王五", "025-83000000")


@dataclass
class Case:
    folder: Path
    district: Path
    office: Path
    record_no: int

    def open(self, which: str):
        return open_database(self.district if which == "district" else self.office)


def _bump_version(src: Path, out: Path) -> Path:
    wb = openpyxl.load_workbook(src)
    readme = wb["说明"]
    row = next(r for r in range(1, readme.max_row + 1) if readme.cell(r, 1).value == "版本")
    readme.cell(row, 2).value = int(readme.cell(row, 2).value) + 1
    wb.save(out)
    return out


def district_plan_trusted(folder: Path, district: Path, office: Path) -> None:
    """The district issues plan version 2, signed; the office installs it, confirming the key."""
    db = open_database(district)
    try:
        first = export_plan(db, active_plan(db), folder / "计划v1.xlsx", passphrase=DISTRICT_PASS, user=SUPERVISOR)
        import_plan(db, _bump_version(first.path, folder / "计划v2-编辑.xlsx"), user=SUPERVISOR)
        signed = export_plan(db, active_plan(db), folder / "计划v2.xlsx", passphrase=DISTRICT_PASS, user=SUPERVISOR)
    finally:
        db.close()
    db = open_database(office)
    try:
        import_plan(db, signed.path, user=CLERK, trust_fingerprint=signed.fingerprint)
    finally:
        db.close()


def export_month(office: Path, folder: Path, period: str = "2023-02", reason: str | None = None):
    db = open_database(office)
    try:
        return export_period(db, active_plan(db), unit_of(db), CLERK, period, folder=folder, sign_off=SIGN,
                             passphrase=OFFICE_PASS)
    finally:
        db.close()


def merge(district: Path, files) -> list:
    db = open_database(district)
    try:
        return merge_files(db, files, user=SUPERVISOR)
    finally:
        db.close()


def make_case(folder: Path) -> Case:
    district = make_district(folder / "区.sqlite")
    office = folder / "office-NHL.sqlite"
    initialise(office, district=False, office_code="NHL", admin="填报员", password="abc12345", passphrase=OFFICE_PASS)
    district_plan_trusted(folder, district, office)
    db = open_database(office)
    try:
        plan, unit = active_plan(db), unit_of(db)
        EntryService(db, plan, unit, CLERK).set_text("new_jobs", "2023-02", "120")
        record_no = save_record(db, plan, find_register(plan, "unemployed"), "NHL", person(3, "颐和路社区"),
                                user=CLERK)
    finally:
        db.close()
    out = folder / "报送"
    exported = export_month(office, out)
    db = open_database(district)
    try:
        add_key_file(db, public_key_file(office, folder), "NHL", user=SUPERVISOR)
    finally:
        db.close()
    assert [r.status for r in merge(district, [exported.path])] == ["merged"]
    return Case(folder, district, office, record_no)
