"""Set up a new database: an office's or the district's, with its administrator and signing key."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db import audit, meta
from db import signing_keys as key_rows
from db import users as user_rows
from db.connection import write
from db.schema import open_database
from desktop.clock import now_text
from desktop.errors import UserError
from desktop.security.passwords import check_strength, hash_password
from desktop.plan.model import Plan
from desktop.plan.store import install
from desktop.unit import CITY_LEVEL, Unit, unit_of
from desktop.messages import QT_TRANSLATE_NOOP

DISTRICT_CODE = "DISTRICT"
@dataclass(frozen=True)
class SetupResult:
    path: Path
    unit: Unit
    fingerprint: str


def is_initialised(db) -> bool:
    return "meta" in db.table_names() and meta.get(db, "role") is not None


def initialise(path: Path | str, *, district: bool, office_code: str | None, admin: str,
               password: str, passphrase: str, plan: Plan | None = None,
               plan_source: str | None = None, unit_name: str | None = None, city: bool = False) -> SetupResult:
    """Create and fill a new database in one transaction; refuses a database already set up.

    A district may be given its own code and name (``office_code``, ``unit_name``) so that the
    level above can tell several districts' reports apart; it is DISTRICT otherwise. ``city``
    makes the level above: a district-kind database (same pages, merge, report) whose members
    are the districts whose keys it trusts; it needs its own code and name."""
    # key making (cryptography) and the plan file reader load only here: the window's start asks
    # is_initialised and nothing else of this module
    from desktop.plan.loader import load_plan_file
    from desktop.security import keys
    from desktop.system.paths import default_plan_path

    path = Path(path)
    admin = admin.strip()
    if not admin:
        raise UserError(QT_TRANSLATE_NOOP("core", "请填写管理员用户名"))
    check_strength(password)
    keys.check_passphrase_strength(passphrase)
    if passphrase == password:     # the same rule as signing.check_new_passphrase, before any user exists
        raise keys.SigningKeyError(QT_TRANSLATE_NOOP("core", "签名密钥口令不能与管理员登录密码相同，请另设一个口令"))
    if plan is None:
        plan = load_plan_file(default_plan_path())
        plan_source = "出厂计划"
    if city:
        code, name = (office_code or "").strip().upper(), (unit_name or "").strip()
        if not code or not name or code == DISTRICT_CODE:
            raise UserError(QT_TRANSLATE_NOOP("core", "市级数据库需要自己的代码和名称（如 --code NJ --name 南京市），代码不能是 DISTRICT"))
        unit, district = Unit("district", code, name, CITY_LEVEL), True
    elif district:
        unit = Unit("district", (office_code or DISTRICT_CODE).upper(), unit_name or plan.issuer or "区汇总")
    else:
        match = [o for o in plan.offices if o.code == (office_code or "").upper()]
        if not match:
            codes = "、".join(f"{o.code}（{o.name}）" for o in plan.offices)
            raise UserError(QT_TRANSLATE_NOOP("core", "街道代码 {0} 不在计划的街道名单中。可选：{1}"), repr(office_code), codes)
        unit = Unit("office", match[0].code, match[0].name)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    try:
        if is_initialised(db):
            raise UserError(QT_TRANSLATE_NOOP("core", "数据库 {0} 已经初始化过（{1}），不会覆盖"), path, unit_of(db).name)
        pair = keys.generate(passphrase)
        at = now_text()
        with write(db):
            meta.put(db, "role", unit.role)
            meta.put(db, "unit_code", unit.code)
            meta.put(db, "unit_name", unit.name)
            if unit.is_city:
                meta.put(db, "level", CITY_LEVEL)
            meta.put(db, "created_at", at)
            install(db, plan, source_name=plan_source or "计划文件", user=admin, at=at)
            user_rows.add(db, name=admin, role="supervisor" if district else "admin",
                          password_hash=hash_password(password), created_at=at)
            key_rows.add(db, unit_code=unit.code, fingerprint=pair.fingerprint,
                         public_key=pair.public_raw, private_pem=pair.private_pem, created_at=pair.created_at)
            audit.append(db, at=at, user=admin, action="初始化", target=unit.name,
                         new=f"{'市汇总' if city else '区汇总' if district else '街道'}数据库，管理员 {admin}")
            audit.append(db, at=at, user=admin, action="生成签名密钥", target=unit.name, new=pair.fingerprint)
    finally:
        db.close()
    return SetupResult(path=path, unit=unit, fingerprint=pair.fingerprint)
