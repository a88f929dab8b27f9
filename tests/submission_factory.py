"""Fabricate office submission workbooks exactly as desktop/exchange/submission_format lays them out,
signed with a real office database's key (made by desktop.system.provision.initialise).

Until the office export lands, this is how tests (and the district demo) get office files."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from db.schema import open_database
from desktop.security import signing
from desktop.plan.store import active_plan
from desktop.system.provision import initialise
from desktop.unit import unit_of
from desktop.exchange.submission_format import (COVER_SHEET, INDICATOR_COLUMNS, INDICATOR_SHEET, file_name,
                                       log_columns, log_sheet_name, register_columns, register_sheet_name)
from desktop.exchange.workbook.sheets import Column, Sheet
from desktop.exchange.workbook.writer import write_signed
from desktop.security.auth import User

PASSWORD = "abc12345"
PASSPHRASE = "office-pass-2023"
COVER_COLUMNS = [Column("项目", width=16), Column("内容", width=40)]
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


DISTRICT_ADMIN, DISTRICT_PASSPHRASE = "区汇总员", "district-pass-1"


def make_district(path: Path, code: str | None = None, name: str | None = None) -> Path:
    """A district database whose supervisor is 区汇总员 (password abc12345)."""
    initialise(path, district=True, office_code=code, unit_name=name, admin=DISTRICT_ADMIN, password=PASSWORD,
               passphrase=DISTRICT_PASSPHRASE)
    return path


def public_key_file(office_path: Path, folder: Path) -> Path:
    """The office's public key file, as the office hands it to the district."""
    db = open_database(office_path)
    try:
        return signing.export_public_key(db, Path(folder) / f"{Path(office_path).stem}.pub", user=User("填报员", "admin"))
    finally:
        db.close()


def make_office(folder: Path, code: str, *, passphrase: str = PASSPHRASE) -> Path:
    path = Path(folder) / f"office-{code}.sqlite"
    if not path.exists():
        initialise(path, district=False, office_code=code, admin="填报员", password=PASSWORD, passphrase=passphrase)
    return path


def id_number(seq: int, birth: str = "19800101", area: str = "320106") -> str:
    """A valid 18-digit resident ID number (GB 11643-1999 check digit)."""
    body = f"{area}{birth}{seq % 1000:03d}"
    total = sum(int(d) * w for d, w in zip(body, _WEIGHTS))
    return body + "10X98765432"[total % 11]


def person(seq: int, community: str, **extra) -> dict:
    """An unemployed-register record with the required fields filled."""
    row = {"name": f"居民{seq}", "id_number": id_number(seq, birth=f"{1960 + seq % 40}0101"),
           "community": community, "registered_on": date(2023, 1, 1 + seq % 28), "employment_status": "失业"}
    row.update(extra)
    return row


def _cover(meta: dict) -> Sheet:
    rows = [["单位", meta["unit_name"]], ["报告期", meta["period"]], ["版本", f"第{meta['revision']}版"],
            ["填报人", meta["filler"]], ["审核人", meta["reviewer"]], ["单位负责人", meta["head"]],
            ["联系电话", meta["phone"]], ["导出时间", meta["exported_at"]],
            ["说明", "本表数据已数字签名，任何改动都会被发现"]]
    return Sheet(COVER_SHEET, COVER_COLUMNS, rows, header=False)


def _indicator_rows(plan, code: str, values: dict):
    for ind in plan.office_indicators(code):
        value = values.get(ind.id, "未填")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = Decimal(str(value))
        measure = plan.measure(ind.measure_id)
        yield [ind.id, plan.area(measure.area_id).name, measure.name, ind.name, ind.unit,
               plan.target_for(code, ind.id), ind.stretch, None, value, None, "", "", "", None, ""]


def _register_sheets(plan, registers: dict, logs: dict):
    for reg in plan.registers:
        rows = [[n] + [rec.get(f.id) for f in reg.fields] for n, rec in enumerate(registers.get(reg.id, []), start=1)]
        yield Sheet(register_sheet_name(reg), register_columns(reg), rows)
        for lg in reg.logs:
            lrows = [[parent] + [rec.get(f.id) for f in lg.fields] for parent, rec in logs.get((reg.id, lg.id), [])]
            yield Sheet(log_sheet_name(reg, lg), log_columns(lg), lrows)


def make_submission(office_path: Path, out_folder: Path, *, period: str, revision: int = 1,
                    values: dict | None = None, registers: dict | None = None, logs: dict | None = None,
                    claim: str | None = None, plan_version: int | None = None,
                    exported_at: str | None = None, passphrase: str = PASSPHRASE, name: str | None = None) -> Path:
    """Write one office's signed workbook. ``claim`` makes the file claim another office's code
    (to fabricate a file signed with the wrong office's key)."""
    db = open_database(office_path)
    try:
        plan, unit, key = active_plan(db), unit_of(db), signing.active_key(db)
        code = claim or unit.code
        unit_name = plan.office(code).name if any(o.code == code for o in plan.offices) else unit.name
        meta = {"unit_code": code, "unit_name": unit_name, "unit_role": "office", "period": period,
                "revision": str(revision), "plan_id": plan.id, "plan_version": str(plan_version or plan.version),
                "exported_at": exported_at or f"{period}-28T09:00:00",
                "filler": "王芳", "reviewer": "李强", "head": "赵明", "phone": "025-83000000"}
        sheets = [_cover(meta), Sheet(INDICATOR_SHEET, INDICATOR_COLUMNS, list(_indicator_rows(plan, code, values or {})))]
        sheets += list(_register_sheets(plan, registers or {}, logs or {}))
        out = Path(out_folder) / (name or file_name(unit_name, period, revision))
        write_signed(out, meta, sheets, sign=signing.signer(db, passphrase), public_raw=key.public_raw,
                     fingerprint=key.fingerprint)
    finally:
        db.close()
    return out
