"""Sample register records for the demo office and the benchmarks: realistic names, valid ID
numbers (鼓楼区 320106), a year 2023 of registrations, re-employment, training and service logs,
and parking sites. Deterministic (seeded) and written with executemany in one transaction."""
from __future__ import annotations

import random
from datetime import date, timedelta

from db import register_rows
from db.connection import write
from desktop.registers import cn_id
from desktop.clock import now_text
from desktop.entry.rows import unit_target
from desktop.plan.model import Plan

from .demo_scale import demo_counts, parking_sites

from .schema import MULTI_SEPARATOR, ensure_tables, log_table_name, table_name

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文斌玉兰红梅志强海燕晓东雪梅立新春"
EMPLOYERS = ["苏果超市鼓楼店", "金盛百货", "鼓楼区社区服务中心", "南京地铁运营公司", "顺丰速运宁海路站",
             "个体餐饮（面馆）", "家政服务社", "汽车维修店", "网店经营", "物业公司保洁岗"]
COURSES = ["育婴师", "中式烹调师", "电工", "养老护理员", "电子商务", "家政服务员", "创业培训（SYB）"]
WORKERS = ["刘敏", "陈静", "王芳", "赵丽", "孙洋"]
YEAR = date(2023, 1, 1)


def _day(rng: random.Random, start: date = YEAR, end: date = date(2023, 12, 31)) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def person(rng: random.Random, *, min_age: int, max_age: int, serial: int) -> tuple[str, str, str, str]:
    """(name, ID number, sex, birth date) of someone aged min..max at the start of 2023."""
    born = date(2023 - rng.randint(min_age, max_age), rng.randint(1, 12), rng.randint(1, 28))
    seq = serial % 1000
    first17 = f"320106{born:%Y%m%d}{seq:03d}"
    number = first17 + cn_id.check_char(first17)
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    return rng.choice(SURNAMES) + given, number, "男" if seq % 2 else "女", born.isoformat()


def _phone(rng: random.Random) -> str:
    return rng.choice(("138", "139", "151", "158", "186", "189", "177")) + f"{rng.randrange(10**8):08d}"


def _eligible_4050(sex: str, born: str, registered: date) -> bool:
    """大龄失业人员(4050): women 40+, men 50+ on the registration date."""
    b = date.fromisoformat(born)
    age = registered.year - b.year - ((registered.month, registered.day) < (b.month, b.day))
    return age >= (40 if sex == "女" else 50)


def unemployed_rows(plan: Plan, office: str, n: int, rng: random.Random, serial0: int = 0,
                    statuses: list[str] | None = None) -> list[dict]:
    """``statuses``: each person's 就业状态 (the demo's, from the targets); else drawn at random
    (the benchmark), with loans for some of those who started a business."""
    reg = plan.register("unemployed")
    choices = {f.id: f.choices for f in reg.fields}
    communities = plan.office(office).communities
    out = []
    for i in range(n):
        name, number, sex, born = person(rng, min_age=18, max_age=59, serial=serial0 + i)
        if statuses is None:
            status = rng.choices(choices["employment_status"], weights=(40, 35, 10, 15))[0]
        else:
            status = statuses[i]
        if status == "失业":
            registered, employed = _day(rng, end=date(2023, 11, 30)), None
        else:
            # found work through the year, some weeks to months after registering
            employed = _day(rng)
            registered = employed - timedelta(days=rng.randint(7, 120))
        loan = f"{rng.choice((5, 10, 15, 20, 30))}.00" if statuses is None and status == "自主创业" \
            and rng.random() < 0.6 else None
        cats = [c for c in rng.sample(choices["categories"][:-1], rng.choice((0, 1, 1, 2)))
                if "4050" not in c or _eligible_4050(sex, born, registered)]
        out.append({
            "name": name, "id_number": number, "sex": sex, "birth_date": born,
            "age": _age(born, registered), "phone": _phone(rng), "community": rng.choice(communities),
            "categories": MULTI_SEPARATOR.join(c for c in choices["categories"] if c in cats) or None,
            "education": rng.choice(choices["education"]), "registered_on": registered.isoformat(),
            "employment_status": status, "employed_on": employed.isoformat() if employed else None,
            "employer": rng.choice(EMPLOYERS) if employed else None, "loan_amount": loan,
            "loan_date": employed.isoformat() if loan else None, "note": None,
        })
    return out


def _age(born: str, on: date) -> int:
    b = date.fromisoformat(born)
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def _elderly_rows(plan: Plan, office: str, n: int, rng: random.Random) -> list[dict]:
    reg = plan.register("elderly")
    choices = {f.id: f.choices for f in reg.fields}
    out = []
    for i in range(n):
        name, number, sex, born = person(rng, min_age=60, max_age=96, serial=500 + i)
        services = rng.sample(choices["services"][:-1], rng.randint(1, 3))
        opened = _day(rng) if "安康通呼叫" in services else None
        out.append({
            "name": name, "id_number": number, "sex": sex, "birth_date": born, "age": 2023 - int(born[:4]),
            "phone": _phone(rng), "community": rng.choice(plan.office(office).communities),
            "living": rng.choice(choices["living"]), "self_care": rng.choices(choices["self_care"], (70, 20, 10))[0],
            "services": MULTI_SEPARATOR.join(c for c in choices["services"] if c in services),
            "ankangtong_on": opened.isoformat() if opened else None,
            "registered_on": _day(rng, date(2022, 6, 1), date(2023, 6, 30)).isoformat(), "note": None,
        })
    return out


PARKING = [("颐和路片区路外停车场", "颐和路12号", "路外地面"), ("江苏路地下立体车库", "江苏路35号", "地下立体车库"),
           ("北京西路机械车库", "北京西路8号", "机械式立体车库"), ("琅琊路路内泊位", "琅琊路", "路内"),
           ("宁海路小学错时共享泊位", "宁海路60号", "共享泊位"), ("西康路口袋停车场", "西康路3号", "路外地面"),
           ("牯岭路共享泊位", "牯岭路21号", "共享泊位"), ("普陀路机械车库", "普陀路5号", "机械式立体车库"),
           ("天竺路路内泊位", "天竺路", "路内"), ("珞珈路停车场", "珞珈路40号", "路外地面")]


def _parking_rows(plan: Plan, office: str, rng: random.Random, sites: list[tuple[int, int, str]]) -> list[dict]:
    out = []
    start = rng.randrange(len(PARKING))
    for i, (planned, built, status) in enumerate(sites):
        project, address, kind = PARKING[(start + i) % len(PARKING)]
        started = _day(rng, end=date(2023, 4, 30)) if status != "规划" else None
        done = _day(rng, started + timedelta(days=60), date(2023, 10, 31)) if status == "已完工" else None
        out.append({"project": project, "address": address, "community": plan.office(office).communities[i % len(plan.office(office).communities)],
                    "type": kind, "planned": planned, "completed": built,
                    "started_on": started.isoformat() if started else None,
                    "completed_on": done.isoformat() if done else None, "status": status, "note": None})
    return out


def insert_records(db, plan: Plan, register_id: str, office: str, rows: list[dict]) -> list[int]:
    reg = plan.register(register_id)
    table, at = table_name(reg), now_text()
    fields = [f.id for f in reg.fields]
    before = register_rows.max_id(db, table) if rows else 0
    register_rows.insert_many(db, table, ["office", *fields, "created_at", "updated_at"],
                              ([office, *(r.get(f) for f in fields), at, at] for r in rows))
    return list(range(before + 1, before + 1 + len(rows)))


def _insert_logs(db, plan: Plan, register_id: str, log_id: str, rows: list[dict]) -> None:
    reg = plan.register(register_id)
    log = next(lg for lg in reg.logs if lg.id == log_id)
    fields = [f.id for f in log.fields]
    at = now_text()
    register_rows.insert_many(db, log_table_name(reg, log), ["record_id", *fields, "created_at", "updated_at"],
                              ([r["record_id"], *(r.get(f) for f in fields), at, at] for r in rows))


def _statuses(counts: dict, rng: random.Random) -> list[str]:
    startups, employed = counts["startups_supported"], counts["reemployed"]
    flexible = employed // 5
    out = ["自主创业"] * startups + ["已再就业"] * (employed - flexible) + ["灵活就业"] * flexible \
        + ["失业"] * counts["still_unemployed"]
    rng.shuffle(out)
    return out


def _training_day(rng: random.Random, person: dict) -> date:
    """Spread over the year (so the count keeps pace with it), never before registering."""
    registered = date.fromisoformat(person["registered_on"])
    day = _day(rng)
    return day if day >= registered else min(registered + timedelta(days=3), date(2023, 12, 31))


def _give_loans(people: list[dict], total: int, rng: random.Random) -> None:
    """Loans to some of those who started a business, adding up to ``total`` 万元."""
    left = total
    for p in people:
        if left <= 0:
            break
        if p["employment_status"] == "自主创业":
            amount = min(left, rng.choice((5, 10, 10, 15)))
            p["loan_amount"], p["loan_date"], left = f"{amount}.00", p["employed_on"], left - amount


def fill_demo_registers(db, plan: Plan, unit, *, seed: int = 2023, n_elderly: int = 160) -> None:
    """The FILLERS hook: the office's registers, as large as its targets make them, in one transaction."""
    if unit.is_district or not plan.registers:
        return
    rng = random.Random(seed)
    ensure_tables(db, plan)
    office = unit.code
    counts = demo_counts(plan, unit)
    with write(db):
        statuses = _statuses(counts, rng)
        people = unemployed_rows(plan, office, len(statuses), rng, statuses=statuses)
        _give_loans(people, counts["microloans"], rng)
        ids = insert_records(db, plan, "unemployed", office, people)
        trained = rng.sample(range(len(ids)), min(len(ids), counts["training"]))
        training = [{"record_id": ids[i], "date": _training_day(rng, people[i]).isoformat(),
                     "course": rng.choice(COURSES), "hours": rng.choice((40, 60, 80, 120)),
                     "certified": int(rng.random() < 0.7)} for i in trained]
        _insert_logs(db, plan, "unemployed", "training", training)
        elderly_ids = insert_records(db, plan, "elderly", office, _elderly_rows(plan, office, n_elderly, rng))
        visits = [{"record_id": rid, "date": _day(rng).isoformat(),
                   "service": rng.choice(("生活照料", "生活照料", "家庭探访", "安康通呼叫", "助餐")),
                   "worker": rng.choice(WORKERS), "minutes": rng.choice((30, 45, 60, 90)), "content": None}
                  for rid in elderly_ids for _ in range(rng.randint(1, 6))]
        _insert_logs(db, plan, "elderly", "service_log", visits)
        target = unit_target(plan, unit, plan.indicator("parking_spaces"))[0] if _has(plan, "parking_spaces") else None
        sites = parking_sites(counts["parking_spaces"], int(target or counts["parking_spaces"] + 5))
        insert_records(db, plan, "parking", office, _parking_rows(plan, office, rng, sites))


def _has(plan: Plan, indicator_id: str) -> bool:
    try:
        plan.indicator(indicator_id)
    except KeyError:
        return False
    return True


def fill_big_register(db, plan: Plan, office: str, n: int = 200_000, seed: int = 7) -> None:
    """``n`` unemployed-person records for the benchmark and the screenshot, in one transaction.
    ID numbers stay unique: the sequence code and birth dates spread them out."""
    rng = random.Random(seed)
    ensure_tables(db, plan)
    with write(db):
        existing = register_rows.column_values(db, table_name(plan.register("unemployed")), "id_number")
        rows, serial = [], 0
        while len(rows) < n:
            batch = unemployed_rows(plan, office, min(20_000, n - len(rows)), rng, serial)
            serial += len(batch)
            for r in batch:
                if r["id_number"] not in existing:
                    existing.add(r["id_number"])
                    rows.append(r)
        insert_records(db, plan, "unemployed", office, rows)
