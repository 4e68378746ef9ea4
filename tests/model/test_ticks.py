"""Round ticks for the 3-D surface's axes (its grid ends at data-dependent values)."""

import itertools
import math

import pytest

from lossstudio.model.ticks import nice_step, nice_ticks


def test_the_issue_ranges_get_round_ends():
    # the 3-D axes showed 0.924 .. 4.92 for w and 4.23 on top for J
    assert nice_ticks(0.924, 4.92) == [1.0, 2.0, 3.0, 4.0]
    assert nice_ticks(0.0, 4.23) == [0.0, 1.0, 2.0, 3.0, 4.0]


@pytest.mark.parametrize(
    ("low", "high"), [(0.924, 4.92), (-3.7, 12.1), (1e-4, 3e-4), (-250.0, -10.0), (0.0, 1.0)]
)
def test_ticks_are_inside_evenly_spaced_multiples_of_a_nice_step(low, high):
    ticks = nice_ticks(low, high)
    step = nice_step(high - low)
    assert 3 <= len(ticks) <= 11
    assert low - 1e-12 <= ticks[0] and ticks[-1] <= high + 1e-12
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(math.isclose(mantissa, m) for m in (1.0, 2.0, 2.5, 5.0))
    for tick in ticks:
        assert math.isclose(tick / step, round(tick / step), abs_tol=1e-9)
    assert all(math.isclose(b - a, step) for a, b in itertools.pairwise(ticks))


def test_empty_or_broken_ranges_have_no_ticks():
    assert nice_ticks(1.0, 1.0) == []
    assert nice_ticks(2.0, 1.0) == []
    assert nice_ticks(0.0, math.inf) == []
    assert nice_ticks(math.nan, 1.0) == []
