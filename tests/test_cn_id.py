"""Resident ID numbers (GB 11643-1999): the standard's examples, every rule, and properties."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from desktop import cn_id

TODAY = date(2026, 1, 1)


def test_standard_example_with_x():
    info = cn_id.parse("11010519491231002X", today=TODAY)
    assert info.birth_date == date(1949, 12, 31) and info.sex == "女" and info.region == "北京市"
    assert info.age_on(date(2023, 12, 30)) == 73 and info.age_on(date(2023, 12, 31)) == 74


def test_standard_example_from_1880_has_right_check_but_is_before_1900():
    assert cn_id.check_char("44052418800101001") == "4"
    with pytest.raises(cn_id.IdError) as exc:
        cn_id.parse("440524188001010014", today=TODAY)
    assert exc.value.rule == "出生日期无效" and "1900" in exc.value.message


def test_normalisation_of_spaces_full_width_and_lowercase_x():
    assert cn_id.normalize(" １１０１０５ 19491231002x ") == "11010519491231002X"
    assert cn_id.parse("１１０１０５１９４９１２３１００２ｘ", today=TODAY).number == "11010519491231002X"


@pytest.mark.parametrize("raw, rule", [
    ("11010519491231002", "位数不对"),
    ("110105194912310021", "校验位错误"),
    ("110105194902300025", "出生日期无效"),
    ("1101051949123100AX", "含非法字符"),
    ("110105203012310021", "出生日期无效"),
    ("110105491231996", "百岁老人顺序码"),
])
def test_each_refusal_names_its_rule(raw, rule):
    with pytest.raises(cn_id.IdError) as exc:
        cn_id.parse(raw, today=TODAY)
    assert exc.value.rule == rule and exc.value.message


def test_check_message_names_the_expected_character():
    with pytest.raises(cn_id.IdError) as exc:
        cn_id.parse("110105194912310021", today=TODAY)
    assert "应为 X" in exc.value.message


def test_fifteen_digits_are_upgraded():
    info = cn_id.parse("110105491231002", today=TODAY)
    assert info.upgraded_from_15 and info.number == "11010519491231002X"


def test_unknown_region_is_a_warning_not_an_error():
    first17 = "99010519491231002"
    info = cn_id.parse(first17 + cn_id.check_char(first17), today=TODAY)
    assert info.region == "" and info.warnings


def test_lost_digits_and_mask():
    assert cn_id.looks_like_lost_digits(1.10105194912310e17)
    assert cn_id.looks_like_lost_digits("1.10105E+17")
    assert cn_id.looks_like_lost_digits("110105194912310000")
    assert not cn_id.looks_like_lost_digits("11010519491231002X")
    with pytest.raises(cn_id.IdError) as exc:
        cn_id.parse(1.10105194912310e17, today=TODAY)
    assert exc.value.rule == "存成了数字"
    assert cn_id.mask("11010519491231002X") == "110105********002X"


births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY - timedelta(days=1))
regions = st.sampled_from(sorted(cn_id.PROVINCES)).flatmap(
    lambda p: st.integers(0, 9999).map(lambda n: f"{p}{n:04d}"))


@st.composite
def valid_numbers(draw):
    first17 = f"{draw(regions)}{draw(births):%Y%m%d}{draw(st.integers(0, 999)):03d}"
    return first17 + cn_id.check_char(first17)


@settings(max_examples=200, deadline=None)
@given(valid_numbers())
def test_every_valid_number_passes(number):
    info = cn_id.parse(number, today=TODAY)
    assert info.number == number and info.sex == ("男" if int(number[16]) % 2 else "女")


@settings(max_examples=200, deadline=None)
@given(valid_numbers(), st.integers(0, 17), st.sampled_from("0123456789X"))
def test_every_single_character_change_fails(number, position, char):
    changed = number[:position] + char + number[position + 1:]
    if changed == number:
        return
    with pytest.raises(cn_id.IdError):
        cn_id.parse(changed, today=TODAY)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789０１２３４５６７８９xXｘ -\u3000", max_size=25))
def test_normalisation_is_idempotent(raw):
    once = cn_id.normalize(raw)
    assert cn_id.normalize(once) == once
