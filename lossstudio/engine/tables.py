"""Table 3-1 of the chapter: absolute against squared error sums, and how much each grows.

The chapter compares labels ``[1, 1, 1]`` with predictions ``[1, 2, 3]`` (absolute sum 3,
squared sum 5) and ``[1, 3, 3]`` (4 and 8): the absolute sum grows by 4/3 = 1.33, the squared
sum by 8/5 = 1.6, so the squared error punishes the larger miss harder. "Squared" is the plain
sum here, without the 1/(2m) of the mean squared error.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ._arrays import as_float
from .losses import absolute, squared

Array = np.ndarray


def error_sums(y, a) -> tuple[float, float]:
    r"""The absolute and squared error sums of one row of Table 3-1.

    ``sum_i |y_i - a_i|`` and ``sum_i (y_i - a_i)^2``.

    Parameters
    ----------
    y, a : array_like, shape (m,)
        Labels and predictions.

    Returns
    -------
    (float, float)
        The absolute sum and the squared sum.
    """
    return float(np.sum(absolute(y, a))), float(np.sum(squared(y, a)))


def growth(before: float, after: float) -> float:
    """The ratio ``after / before`` of two error sums, without warnings.

    ``x / 0`` is ``+inf`` for ``x > 0`` and ``0 / 0`` is nan (no growth can be said).
    """
    before, after = float(before), float(after)
    if before == 0.0:
        return float("nan") if after == 0.0 else float("inf")
    return after / before


@dataclass(frozen=True)
class Table31:
    """Table 3-1 for one set of labels and two sets of predictions.

    Attributes
    ----------
    absolute_terms, squared_terms : ndarray, shape (2, m)
        ``|y_i - a_i|`` and ``(y_i - a_i)^2`` for the first and the second predictions.
    absolute_sums, squared_sums : tuple of two floats
        The row sums (3 and 4, 5 and 8 in the chapter).
    absolute_growth, squared_growth : float
        Second sum over first sum (4/3 = 1.33 and 8/5 = 1.6 in the chapter); inf or nan when
        the first sum is 0 (see :func:`growth`).
    """

    absolute_terms: Array
    squared_terms: Array
    absolute_sums: tuple[float, float]
    squared_sums: tuple[float, float]
    absolute_growth: float
    squared_growth: float


def table_3_1(y, first, second) -> Table31:
    """Compute Table 3-1.

    Parameters
    ----------
    y : array_like, shape (m,)
        The labels (``[1, 1, 1]`` in the chapter).
    first, second : array_like, shape (m,)
        The two sets of predictions (``[1, 2, 3]`` and ``[1, 3, 3]``).
    """
    y = as_float("labels y", y)
    predictions = np.stack([as_float("first", first), as_float("second", second)])
    absolute_terms = absolute(y, predictions)
    squared_terms = squared(y, predictions)
    absolute_sums = (float(absolute_terms[0].sum()), float(absolute_terms[1].sum()))
    squared_sums = (float(squared_terms[0].sum()), float(squared_terms[1].sum()))
    return Table31(
        absolute_terms,
        squared_terms,
        absolute_sums,
        squared_sums,
        growth(*absolute_sums),
        growth(*squared_sums),
    )
