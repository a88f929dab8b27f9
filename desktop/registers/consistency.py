"""Rules across a record's fields, as the registers are kept in practice:

- 大龄失业人员(4050): women aged 40 or more, men 50 or more, on the registration date;
- a building project (停车泊位): built ≤ planned, and the status agrees with the figures and
  the dates (规划: nothing built, no dates; 在建: no completion date; 已完工: a completion date
  and spaces built; completion not before the start).

Each refusal is reported on the field to correct. A rule applies only when the record carries
the fields it names; a partial update (an import of a few columns) checks what it has.
"""
from __future__ import annotations

from datetime import date

from desktop.messages import QT_TRANSLATE_NOOP, Message

from .field_types import of
from .value_text import MULTI_SEPARATOR
from .values import registration_day

COMPLETED_NEEDS = QT_TRANSLATE_NOOP("core", "状态为“已完工”时请填写{0}")
AGE_4050 = {"女": 40, "男": 50}
PLANNED, BUILT, STATUS, STARTED, FINISHED = "planned", "completed", "status", "started_on", "completed_on"


def check_consistency(fields, out, only: set[str] | None, today: date) -> None:
    labels = {f.id: f.label for f in fields}
    _check_4050(fields, out, registration_day(out.values) or today)
    if {PLANNED, BUILT, STATUS} <= set(labels):
        _check_building(labels, out, only)


def _check_4050(fields, out, day: date) -> None:
    info = out.values.get("__id_info__")
    if info is None:
        return      # no valid ID in this check: its own error says so
    for f in fields:
        value = out.values.get(f.id)
        if not of(f).multiple or not value or f.id in out.errors:
            continue
        tagged = [c for c in value.split(MULTI_SEPARATOR) if "4050" in c]
        need = AGE_4050.get(info.sex)
        age = info.age_on(day)
        if tagged and need is not None and age < need:
            out.errors[f.id] = Message(QT_TRANSLATE_NOOP("core", "「{0}」指登记时女性满 40 岁、男性满 50 岁；此人为{1}性，"
                                                         "登记时（{2}）{3} 岁，不符合，请去掉该类别或核对身份证号"),
                                       tagged[0], info.sex, day.isoformat(), age)


def _known(out, only, *ids) -> bool:
    """Each field is part of this check and read without error of its own (a parse error)."""
    return all((only is None or i in only) and i in out.values for i in ids)


def _check_building(labels: dict, out, only) -> None:
    v = out.values
    planned, built, status = v.get(PLANNED), v.get(BUILT), v.get(STATUS)
    started, finished = v.get(STARTED), v.get(FINISHED)
    if _known(out, only, PLANNED, BUILT) and planned is not None and built is not None and built > planned:
        out.errors[BUILT] = Message(QT_TRANSLATE_NOOP("core", "{0} {1} 超过{2} {3}：已建成不能多于计划，"
                                                      "请核对；如计划已调整，请同时改{2}"),
                                    labels[BUILT], built, labels[PLANNED], planned)
    if not _known(out, only, STATUS) or not status:
        return
    if status == "规划":
        if _known(out, only, BUILT) and built:
            out.errors[STATUS] = Message(QT_TRANSLATE_NOOP("core", "状态为“规划”，却已建成 {0} 个：尚未开工的项目不应有已建成泊位，"
                                                           "请改为“在建”或“已完工”，或核对已建成泊位数"), built)
        elif (STARTED in labels and _known(out, only, STARTED) and started) or \
                (FINISHED in labels and _known(out, only, FINISHED) and finished):
            out.errors[STATUS] = Message(QT_TRANSLATE_NOOP("core", "状态为“规划”时不应有开工或完工日期，请改状态或删去日期"))
    elif status == "在建" and FINISHED in labels and _known(out, only, FINISHED) and finished:
        out.errors[STATUS] = Message(QT_TRANSLATE_NOOP("core", "已填{0}，状态应为“已完工”；仍在施工请删去{0}"), labels[FINISHED])
    elif status == "已完工":
        if FINISHED in labels and _known(out, only, FINISHED) and not finished:
            out.errors[FINISHED] = Message(COMPLETED_NEEDS, labels[FINISHED])
        if _known(out, only, BUILT) and not built:
            out.errors[BUILT] = Message(COMPLETED_NEEDS, labels[BUILT])
    if STARTED in labels and FINISHED in labels and _known(out, only, STARTED, FINISHED) \
            and started and finished and finished < started:
        out.errors[FINISHED] = Message(QT_TRANSLATE_NOOP("core", "{0} {1} 早于{2} {3}，请核对日期"), labels[FINISHED], finished,
                                       labels[STARTED], started)
