"""What people type into number fields: model.numbers.parse_number and Range."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossstudio.model.numbers import MAX_INPUT_LENGTH, NumberError, Range, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0.5", 0.5),
        ("  0.5  ", 0.5),  # surrounding spaces
        ("\t2\n", 2.0),
        ("０.５", 0.5),  # full-width digits and point
        ("０．５", 0.5),  # full-width full stop
        ("0,5", 0.5),  # comma decimal
        ("-0,25", -0.25),
        ("1,000.5", 1000.5),  # thousands comma with a point
        ("1,000,000", 1000000.0),
        ("−3", -3.0),  # the Unicode minus
        ("－3", -3.0),  # full-width minus
        ("+4", 4.0),
        ("- 3", -3.0),  # a sign typed apart from its number
        (".5", 0.5),
        ("5.", 5.0),
        ("1e3", 1000.0),
        ("1E-3", 0.001),
        ("２e２", 200.0),
        ("12", 12.0),
    ],
)
def test_valid_forms(text, value):
    assert parse_number(text) == value


def test_minus_zero_is_plain_zero():
    value = parse_number("-0")
    assert value == 0.0 and math.copysign(1.0, value) == 1.0
    assert math.copysign(1.0, parse_number("-0.0")) == 1.0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("\u3000", "empty"),  # an ideographic space alone
        ("abc", "not_a_number"),
        ("0.5x", "not_a_number"),
        ("1..2", "not_a_number"),
        ("1.2.3", "not_a_number"),
        ("--1", "not_a_number"),
        ("0x10", "not_a_number"),
        ("e5", "not_a_number"),
        (".", "not_a_number"),
        ("1e400", "not_finite"),
        ("-1e400", "not_finite"),
        ("nan", "not_finite"),
        ("NaN", "not_finite"),
        ("inf", "not_finite"),
        ("-inf", "not_finite"),
        ("+infinity", "not_finite"),
        ("Infinity", "not_finite"),
        ("2 3", "not_a_number"),  # two numbers are not one: never 23
        ("1 000", "not_a_number"),
        ("0.5 0.6", "not_a_number"),
        ("0,6,7", "not_a_number"),  # commas that group no thousands: never 67
        ("1,2.5", "not_a_number"),
        ("1,00,000", "not_a_number"),
        ("x" * 10_000, "too_long"),
        ("1" * 10_000, "too_long"),
        ("0" * (MAX_INPUT_LENGTH + 1), "too_long"),
    ],
)
def test_refusals_carry_the_right_kind(text, kind):
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert caught.value.kind == kind
    assert isinstance(caught.value, ValueError)
    assert len(caught.value.text) <= 40


def test_range_limits():
    with pytest.raises(NumberError) as caught:
        parse_number("5", minimum=0.0, maximum=1.0)
    assert caught.value.kind == "too_large" and caught.value.limit == 1.0
    with pytest.raises(NumberError) as caught:
        parse_number("-0,1", minimum=0.0, maximum=1.0)
    assert caught.value.kind == "too_small" and caught.value.limit == 0.0
    assert parse_number("1", minimum=0.0, maximum=1.0) == 1.0  # the bounds are inclusive
    assert parse_number("-0", minimum=0.0) == 0.0


def test_range_object():
    learning_rate = Range(1e-4, 10.0)
    assert learning_rate.parse("０,１") == 0.1
    with pytest.raises(NumberError, match="too_large"):
        learning_rate.parse("11")
    assert learning_rate.contains(0.5)
    assert not learning_rate.contains(math.nan)
    assert not learning_rate.contains(math.inf)
    assert not learning_rate.contains(20.0)


@settings(max_examples=100, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_finite_float_round_trips(value):
    assert parse_number(repr(value)) == value + 0.0


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_finite_number_or_a_number_error(text):
    try:
        value = parse_number(text)
    except NumberError as error:
        assert error.kind in {"empty", "too_long", "not_a_number", "not_finite"}
    else:
        assert math.isfinite(value)
