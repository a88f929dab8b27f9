"""The import's per-row shortcuts give exactly what the long way gives: a plain mobile number
answered without walking its text, dates parsed once per distinct text, the ID check digit
summed over ASCII codes, an ID string normalised once."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from desktop.registers import cn_id
from desktop.registers.phone import PhoneProblem, parse_phone, parse_phone_slowly
from desktop.registers.value_text import ValueProblem, _parse_date_text, parse_date

PHONE_CHARS = st.sampled_from(list("0123456789 -()（）+x#转１３８") + ["分机", "ext", "\u00a0"])


def _outcome(fn, raw):
    try:
        return "ok", fn(raw)
    except (PhoneProblem, ValueProblem) as exc:
        return "refused", str(exc.message)


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    st.from_regex(r"\A1[0-9]{10}\Z"),                       # near the shortcut: every mobile-like text
    st.from_regex(r"\A[0-9]{9,13}\Z"),
    st.lists(PHONE_CHARS, max_size=16).map("".join),
))
def test_phone_shortcut_answers_as_the_walk(raw):
    assert _outcome(parse_phone, raw) == _outcome(parse_phone_slowly, raw)


def test_phone_shortcut_is_taken_only_for_plain_mobiles():
    assert parse_phone("13812345678") == "13812345678"
    with pytest.raises(PhoneProblem):
        parse_phone("12812345678")              # 12… is not a mobile prefix
    assert parse_phone("１３８１２３４５６７８") == "13812345678"    # full-width: the walk


DATE_TEXT = st.one_of(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(
        lambda d: st.sampled_from([d.isoformat(), f"{d.year}年{d.month}月{d.day}日", d.strftime("%Y%m%d"),
                                   f"{d.year}/{d.month}/{d.day}"])).flatmap(lambda s: s),
    st.from_regex(r"\A[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\Z"),      # some are not real days
    st.text(max_size=12),
)


@settings(max_examples=400, deadline=None)
@given(DATE_TEXT)
def test_cached_date_parse_answers_as_the_uncached(text):
    for _ in range(2):        # the second time from the cache (or refused again)
        assert _outcome(parse_date, text) == _outcome(_parse_date_text, text)


def _reference_check_char(first17: str) -> str:
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8,
                                                                   4, 2))) % 11]


@given(st.from_regex(r"\A[0-9]{17}\Z"))
def test_check_char_equals_the_weighted_sum(first17):
    assert cn_id.check_char(first17) == _reference_check_char(first17)


class Text(str):
    """A str subclass takes the general path; it must decide the same."""


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.from_regex(r"\A[0-9]{6}(19|20)[0-9]{6}[0-9]{3}[0-9X]\Z"), st.from_regex(r"\A[0-9]{15}\Z"),
                 st.from_regex(r"\A[0-9]\.[0-9]{1,14}[eE]\+?1[0-9]\Z"), st.text(max_size=20)))
def test_id_parse_of_a_string_decides_as_the_general_path(raw):
    def outcome(value):
        try:
            return "ok", cn_id.parse(value, today=date(2024, 6, 1))
        except cn_id.IdError as exc:
            return exc.rule, str(exc.message)
    assert outcome(raw) == outcome(Text(raw))
