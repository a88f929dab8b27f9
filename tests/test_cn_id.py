"""Resident ID numbers: the GB 11643-1999 examples, legacy upgrade, and properties over generated numbers."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from desktop.registers.cn_id import (PROVINCE_CODES, IdError, IdInfo, check_char, looks_like_lost_digits, mask,
                           normalize, parse)

TODAY = date(2024, 6, 15)  # fixed so generated dates and the "future" rule agree on every run
FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)} | {"X": "Ｘ"}


def make_number(region: str, born: date, seq: int) -> str:
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + check_char(first17)


valid_numbers = st.builds(
    make_number,
    region=st.builds(lambda p, rest: f"{p:02d}{rest:04d}", st.sampled_from(sorted(PROVINCE_CODES)),
                     st.integers(0, 9999)),
    born=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    seq=st.integers(0, 999),
)


def rule_of(raw, **kw) -> IdError:
    with pytest.raises(IdError) as exc:
        parse(raw, today=TODAY, **kw)
    return exc.value


# --- the standard's examples ------------------------------------------------------------------

def test_standard_example_female():
    info = parse("11010519491231002X", today=TODAY)
    assert info == IdInfo(number="11010519491231002X", birth_date=date(1949, 12, 31), sex="女",
                          region="110105", upgraded_from_15=False, warnings=())
    assert info.age_on(date(2024, 12, 30)) == 74
    assert info.age_on(date(2024, 12, 31)) == 75


def test_standard_example_male_1880_has_valid_check_char_but_is_before_1900():
    # The standard's second example is valid by checksum, but the module refuses births before
    # 1900 (nobody served by a street office was born then).
    assert check_char("44052418800101001") == "4"
    err = rule_of("440524188001010014")
    assert err.rule == "birth_date"
    assert "不能早于1900年" in err.message


def test_male_from_odd_17th_digit():
    info = parse(make_number("440524", date(1980, 1, 1), 1), today=TODAY)
    assert info.sex == "男" and info.birth_date == date(1980, 1, 1) and info.region == "440524"


def test_check_char_table():
    assert check_char("11010519491231002") == "X"
    with pytest.raises(ValueError):
        check_char("1101051949123100")


# --- 15-digit legacy numbers ------------------------------------------------------------------

def test_fifteen_digit_upgrade():
    info = parse("110105491231002", today=TODAY)
    assert info.number == "11010519491231002X"
    assert info.upgraded_from_15 is True
    assert info.birth_date == date(1949, 12, 31) and info.sex == "女"


@pytest.mark.parametrize("seq", ["996", "997", "998", "999"])
def test_fifteen_digit_centenarian_sequence_refused(seq):
    err = rule_of(f"110105051231{seq}")
    assert err.rule == "century_ambiguous"
    assert "请提供18位号码" in str(err)


def test_fifteen_digit_sequence_995_accepted():
    assert parse("110105491231995", today=TODAY).number.startswith("11010519491231995")


def test_fifteen_digit_invalid_date_and_letters():
    assert rule_of("110105490230002").rule == "birth_date"
    assert rule_of("11010549123100X").rule == "chars"


# --- normalisation ----------------------------------------------------------------------------

def test_normalize_examples():
    assert normalize(" 1101 0519\u30004912 31002x ") == "11010519491231002X"
    assert normalize("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"
    assert normalize("11010519491231002ｘ\t\n") == "11010519491231002X"
    assert parse("\u3000１１０１０５ 19491231 002x", today=TODAY).number == "11010519491231002X"


noisy_text = st.text(alphabet=st.sampled_from(
    list("0123456789Xx") + list(FULLWIDTH.values()) + ["ｘ", " ", "\u3000", "\t", "\n", "\u200b", "-", "a"]))


@given(noisy_text)
def test_normalize_is_idempotent(s):
    once = normalize(s)
    assert normalize(once) == once
    assert not any(c.isspace() for c in once)
    assert "x" not in once and "ｘ" not in once and "Ｘ" not in once


@given(valid_numbers, st.data())
def test_noisy_input_parses_to_same_number(number, data):
    noisy = ""
    for c in number:
        c = data.draw(st.sampled_from([c, FULLWIDTH[c], c.lower()]))
        noisy += c + data.draw(st.sampled_from(["", " ", "\u3000"]))
    assert parse(noisy, today=TODAY).number == number


# --- properties over generated numbers --------------------------------------------------------

@given(valid_numbers)
def test_every_generated_valid_number_passes(number):
    info = parse(number, today=TODAY)
    assert info.number == number and info.warnings == ()
    assert info.birth_date == date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    assert info.sex == ("男" if int(number[16]) % 2 else "女")
    assert 0 <= info.age_on(TODAY) <= TODAY.year - 1900


@given(valid_numbers, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_every_single_character_change_fails(number, pos, new):
    if number[pos] == new:
        new = "0" if new == "X" else "X" if number[pos] == "9" else str(int(new) + 1)
    changed = number[:pos] + new + number[pos + 1:]
    with pytest.raises(IdError) as exc:
        parse(changed, today=TODAY)
    assert exc.value.rule in {"checksum", "chars", "birth_date", "lost_digits"}


# --- individual rules -------------------------------------------------------------------------

@pytest.mark.parametrize("born", ["19990230", "19991301", "19990000", "20230229"])
def test_invalid_birth_dates(born):
    err = rule_of("110105" + born + "0021")  # birth date is checked before the check char
    assert err.rule == "birth_date"
    assert f"{born} 不是真实日期" in err.message


def test_leap_day_is_a_real_date():
    assert parse(make_number("110105", date(2000, 2, 29), 3), today=TODAY).birth_date == date(2000, 2, 29)


def test_future_birth_date():
    err = rule_of(make_number("110105", TODAY + timedelta(days=1), 3))
    assert err.rule == "birth_date" and "出生日期不能晚于今天" in err.message
    assert parse(make_number("110105", TODAY, 3), today=TODAY).age_on(TODAY) == 0


def test_today_defaults_to_the_real_today():
    assert parse("11010519491231002X").birth_date == date(1949, 12, 31)


@pytest.mark.parametrize("raw,length", [("1101051949123100", 16), ("11010519491231002", 17),
                                        ("11010519491231002X1", 19), ("1", 1)])
def test_length_errors(raw, length):
    err = rule_of(raw)
    assert err.rule == "length"
    assert str(err) == f"身份证号位数不对：应为18位（或旧版15位），实际为{length}位"


@pytest.mark.parametrize("raw", ["", "   ", "\u3000"])
def test_empty(raw):
    assert rule_of(raw).rule == "empty"


@pytest.mark.parametrize("raw", ["1101051949123100X2", "110105194912A1002X", "11010519491231002Y"])
def test_bad_characters(raw):
    assert rule_of(raw).rule == "chars"


def test_checksum_message_names_the_expected_char():
    err = rule_of("110105194912310021")
    assert err.rule == "checksum"
    assert err.message == "身份证号第18位校验码应为 X，请核对后重新输入" == str(err)
    assert isinstance(err, ValueError)
    wrong_x = make_number("110105", date(1980, 5, 6), 12)
    expected = wrong_x[-1]
    err = rule_of(wrong_x[:17] + ("X" if expected != "X" else "0"))
    assert f"校验码应为 {expected}" in err.message


def test_unknown_region_is_a_warning():
    info = parse(make_number("990101", date(1980, 1, 1), 5), today=TODAY)
    assert info.warnings == ("地区码 99 不是已知的省级代码，请核对",)
    assert parse(make_number("830000", date(1980, 1, 1), 5), today=TODAY).warnings == ()


# --- numbers mangled by Excel -----------------------------------------------------------------

@pytest.mark.parametrize("value", [1.10105194912310e+17, 110105194912310000, "1.10105E+17",
                                   "1.1010519491231E+17", " 1.10105e+17 "])
def test_lost_digits_detected(value):
    assert looks_like_lost_digits(value)
    err = rule_of(value)
    assert err.rule == "lost_digits"
    assert "设为文本格式" in err.message


@pytest.mark.parametrize("value", ["11010519491231002X", "110105491231002", "", "E+17", True])
def test_lost_digits_not_claimed_for_text(value):
    assert not looks_like_lost_digits(value)


def test_zero_padded_18_digits_reported_as_lost_digits():
    assert check_char("11010519491231000") != "0"
    assert rule_of("110105194912310000").rule == "lost_digits"


# --- masking ----------------------------------------------------------------------------------

def test_mask():
    assert mask("11010519491231002X") == "110105********002X"
    assert mask("110105 19491231 002x") == "110105********002X"
    assert mask("110105491231002") == "110105*****1002"
    assert mask("12345") == "*****"
