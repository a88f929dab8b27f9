"""Who this database belongs to: one street office, a district, or the city above districts.
Set once by desktop.system.provision; read by every package that needs to know its side."""
from __future__ import annotations

from dataclasses import dataclass

from db import meta
from desktop.errors import UserError
from desktop.messages import QT_TRANSLATE_NOOP

CITY_LEVEL = "city"       # meta "level": a city's database is a district-kind one whose members are districts


@dataclass(frozen=True)
class Unit:
    """Who this database belongs to: one street office, or the district."""
    role: str          # "office" | "district"
    code: str
    name: str
    level: str = ""    # "city" for the level above districts (role "district", members are districts)

    @property
    def is_district(self) -> bool:
        return self.role == "district"

    @property
    def is_city(self) -> bool:
        return self.level == CITY_LEVEL


def unit_of(db) -> Unit:
    role = meta.get(db, "role")
    if role is None:
        raise UserError(QT_TRANSLATE_NOOP("core", "该数据库尚未初始化，请先运行 street-ledger init 或在窗口中完成设置向导"))
    return Unit(role=role, code=meta.get(db, "unit_code", ""), name=meta.get(db, "unit_name", ""),
                level=meta.get(db, "level", ""))


def is_city(db) -> bool:
    """Whether this database is a city's: its members are districts, not the plan's offices."""
    return meta.get(db, "level", "") == CITY_LEVEL
