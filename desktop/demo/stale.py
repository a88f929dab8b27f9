"""Demo stories of months changed after their export: a note added before a resend (so the
第2版 differs from the first), and a person registered late into an exported month (so the
newcomer sees 「报送后有变动，需重新导出」 on the dashboard, the entry page and the export page)."""
from __future__ import annotations

import random

from desktop.security.auth import User
from desktop.entry.service import EntryService
from desktop.registers import records
from desktop.registers.sample_data import person

USER = User("demo", "admin")   # the demo office's administrator


def note_before_resend(db, plan, unit, period: str) -> None:
    """The month's first typed figure gets a 说明, with the reason the export asks for."""
    service = EntryService(db, plan, unit, USER)
    row = next(r for r in service.rows(period) if r.editable and r.month is not None and not r.month.is_na)
    service.set_note(row.indicator.id, period, "区里电话核对后补充说明口径", reason="补充说明后重新报送")


def late_registration(db, plan, unit, period: str) -> int:
    """One unemployed person whose paper form turned up after ``period`` was exported."""
    name, number, _, _ = person(random.Random(period), min_age=25, max_age=45, serial=987)
    raw = {"name": name, "id_number": number, "community": plan.office(unit.code).communities[0],
           "registered_on": f"{period}-28", "employment_status": "失业"}
    return records.save_record(db, plan, plan.register("unemployed"), unit.code, raw, user=USER,
                               exported_reason="社区纸质登记表晚到，补录11月28日登记的1人")
