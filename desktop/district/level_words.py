"""The words of the level a report or 通报 is written at. A district's rows are its 街道 and its
whole is 全区; a city's rows are its 区 and its whole 全市 (its own figures 市级, its members'
offices 区人民政府).

``say`` turns the program's own wording (sheet names, headers, template text) to the level;
names given in ``keep`` — units, indicators — pass unchanged (鼓楼区 stays 鼓楼区), and so does
社区. Text that mixes wording with data is written with the fields (member, whole, own)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

_CITY = {"街道办事处": "区人民政府", "街道": "区", "区": "市"}
_KEPT = ("社区",)


@dataclass(frozen=True)
class Words:
    member: str          # one row of the report: 街道 / 区
    whole: str           # the unit as a whole: 全区 / 全市
    own: str             # the unit's own entries: 区级 / 市级
    city: bool = False

    def say(self, text: str, keep: Iterable[str] = ()) -> str:
        if not self.city or not text:
            return text
        # one pass, longest first: a kept name matches as itself, a word turns once (街道 → 区
        # does not go on to 市)
        kept = {k: k for k in (*keep, *_KEPT) if k}
        table = {**_CITY, **kept}
        pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
        return pattern.sub(lambda m: table[m.group(0)], text)


DISTRICT = Words("街道", "全区", "区级")
CITY = Words("区", "全市", "市级", city=True)


def words_for(unit) -> Words:
    return CITY if unit.is_city else DISTRICT
