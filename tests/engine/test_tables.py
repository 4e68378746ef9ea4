"""Table 3-1: the chapter's absolute and squared sums and their growth."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from lossstudio.engine.tables import error_sums, growth, table_3_1


def test_chapter_table_3_1():
    table = table_3_1([1, 1, 1], [1, 2, 3], [1, 3, 3])
    assert table.absolute_sums == (3.0, 4.0)
    assert table.squared_sums == (5.0, 8.0)
    assert round(table.absolute_growth, 2) == 1.33
    assert table.squared_growth == 1.6
    assert_allclose(table.absolute_terms, [[0, 1, 2], [0, 2, 2]])
    assert_allclose(table.squared_terms, [[0, 1, 4], [0, 4, 4]])


def test_growth_from_zero():
    assert growth(0, 3) == math.inf
    assert math.isnan(growth(0, 0))
    assert growth(2, 1) == 0.5


values = st.lists(st.floats(-100, 100), min_size=3, max_size=3)


@given(values, values)
def test_sums_agree_with_numpy(y, a):
    absolute, squared = error_sums(y, a)
    difference = np.array(a) - np.array(y)
    assert_allclose(absolute, np.abs(difference).sum())
    assert_allclose(squared, (difference**2).sum())
