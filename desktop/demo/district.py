"""Demo filler for the district: six street offices that kept their ledgers and sent their months.

Each office gets its own database in a temporary folder (a year of figures and a register of a
few hundred people), exports its months as signed workbooks into a folder beside the district
database, and the district trusts the six keys and merges the folder — the same calls a
supervisor's clicks make. The story, so that every page shows something: one office resent
October (第2版), one sent March after the deadline, one has not sent December, one's November
file was edited after signing (refused as tampered), the other seven offices sent nothing, and
one unemployed person is registered by two offices (重复登记). Then the district's month end for
2023-12, as if on 2024-01-10: the signed consolidated report, the 通报 and the 催报清单, written
into a folder beside the database by the same core functions the window and the CLI call."""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from db.connection import database_file
from db.schema import open_database
from desktop.security.auth import User
from desktop.demo.entries import fill_entries
from desktop.demo.feedback import demo_feedback
from desktop.demo.stale import note_before_resend
from desktop.exchange.export import SignOff, export_period
from desktop.exchange.merge import merge_files
from desktop.system.provision import initialise
from desktop.unit import unit_of
from desktop.registers.sample_data import fill_demo_registers
from desktop.security.signing import active_key
from desktop.security.trust import confirm_key

PASSWORD = "demo2023"
PASSPHRASE = "demo-key-2023"


@dataclass(frozen=True)
class Story:
    code: str
    seed: int
    months: tuple[int, ...] = tuple(range(1, 13))
    resent: tuple[int, ...] = ()          # months sent a second time (第2版)
    late: tuple[int, ...] = ()            # months sent after the deadline
    tampered: tuple[int, ...] = ()        # months whose file was edited after signing
    people: int = 60
    signers: tuple[str, str, str] = field(default=("张晓梅", "李建国", "王志强"))


STORIES = (
    Story("NHL", 2023, resent=(10,), people=120),
    Story("HQL", 11, late=(3,), signers=("陈静", "周立新", "孙海燕")),
    Story("HNL", 12, months=tuple(range(1, 12)), signers=("赵丽", "吴建华", "郑春")),
    Story("ZYM", 13, months=tuple(range(1, 12)), tampered=(11,), signers=("刘敏", "徐文斌", "何雪梅")),
    Story("YJM", 14, signers=("马玉兰", "高志强", "林晓东")),
    Story("JD", 15, months=tuple(range(1, 11)), signers=("罗红梅", "梁勇", "谢桂英")),
)


def _send_day(year: int, month: int, late: bool) -> str:
    y, m = (year + 1, 1) if month == 12 else (year, month + 1)
    return f"{y}-{m:02d}-{9 if late else 3:02d}"


def _tamper(path: Path) -> None:
    """Change one figure inside the signed workbook, as someone "fixing" it in Excel would."""
    from openpyxl import load_workbook
    wb = load_workbook(path)
    ws = wb.worksheets[1]
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                cell.value = cell.value + 10
                wb.save(path)
                return


def _shared_person(office_db, plan, from_db) -> None:
    """Copy one registered person from NHL into this office's register (moved house, registered twice)."""
    from desktop.registers.sample_data import insert_records
    from desktop.registers.schema import table_name
    from db import register_rows
    from db.connection import write
    reg = plan.register("unemployed")
    fields = [f.id for f in reg.fields]
    row = register_rows.first_row(from_db, table_name(reg), fields)
    person = dict(zip(fields, row))
    person["community"] = plan.office(unit_of(office_db).code).communities[0]
    with write(office_db):
        insert_records(office_db, plan, "unemployed", unit_of(office_db).code, [person])


def _office_exports(plan, story: Story, workdir: Path, outbox: Path, nhl_db) -> tuple[bytes, str]:
    path = workdir / f"{story.code}.sqlite"
    initialise(path, district=False, office_code=story.code, admin="demo", password=PASSWORD, passphrase=PASSPHRASE)
    db = open_database(path)
    try:
        unit = unit_of(db)
        fill_entries(db, plan, unit, seed=story.seed)
        fill_demo_registers(db, plan, unit, seed=story.seed, n_elderly=story.people // 2)
        if nhl_db is not None and story.code == "HQL":
            _shared_person(db, plan, nhl_db)
        sign_off = SignOff(*story.signers, "025-8330" + f"{story.seed:04d}")
        user = User("demo", "admin")
        for month in story.months:
            period = f"{plan.year}-{month:02d}"
            sends = 2 if month in story.resent else 1
            for n in range(sends):
                day = _send_day(plan.year, month, month in story.late)
                if n:                                   # the correction follows the next day
                    day = day[:8] + "04"
                    note_before_resend(db, plan, unit, period)   # an unchanged month makes no 第2版
                # dated when it would have been sent in the plan year, so on time and late differ
                result = export_period(db, plan, unit, user, period, folder=outbox, sign_off=sign_off,
                                       passphrase=PASSPHRASE, exported_at=f"{day}T09:30:00")
                if month in story.tampered:
                    _tamper(result.path)
        key = active_key(db)
        return key.public_raw, unit.name
    finally:
        db.close()


def fill_district_submissions(db, plan, unit) -> None:
    if not unit.is_district:
        return
    db_file = database_file(db)
    outbox = db_file.parent / f"{db_file.stem}-各街道报送表"
    supervisor = User("demo", "supervisor")
    with tempfile.TemporaryDirectory(prefix="street-ledger-demo-") as tmp:
        nhl_db = None
        try:
            for story in STORIES:
                public_raw, name = _office_exports(plan, story, Path(tmp), outbox, nhl_db)
                if story.code == "NHL":
                    nhl_db = open_database(Path(tmp) / "NHL.sqlite")
                confirm_key(db, public_raw, story.code, name, user=supervisor)
        finally:
            if nhl_db is not None:
                nhl_db.close()
    merge_files(db, [outbox], user=supervisor)
    month_end(db, db_file.parent / f"{db_file.stem}-月末材料", supervisor)
    demo_feedback(db, db_file.parent / f"{db_file.stem}-月末材料", supervisor, PASSPHRASE)


MONTH_END, MONTH_END_DAY = "2023-12", date(2024, 1, 10)
DISTRICT_SIGNERS = ("周敏", "钱立群", "孙建国", "025-83309999")


def month_end(db, folder: Path, user: User) -> dict[str, Path]:
    """The report, the 通报 and the chase list for 2023-12, from desktop.district."""
    from desktop.district.bulletin import draft
    from desktop.district.bulletin_docx import write_bulletin
    from desktop.district.chase import chase_list, write_chase_workbook
    from desktop.district.report import make_report
    from desktop.plan.store import active_plan

    plan, unit = active_plan(db), unit_of(db)
    folder.mkdir(parents=True, exist_ok=True)
    report = make_report(db, folder / f"全区汇总表_{MONTH_END}.xlsx", MONTH_END, user=user, passphrase=PASSPHRASE,
                         sign_off=SignOff(*DISTRICT_SIGNERS), today=MONTH_END_DAY)
    bulletin = write_bulletin(draft(db, MONTH_END, user=user, today=MONTH_END_DAY), folder / f"通报_{MONTH_END}.docx")
    chase = write_chase_workbook(folder / f"催报清单_{MONTH_END}.xlsx",
                                 chase_list(db, plan, MONTH_END, user=user, today=MONTH_END_DAY), MONTH_END, unit.name)
    return {"report": report.path, "bulletin": bulletin, "chase": chase}
