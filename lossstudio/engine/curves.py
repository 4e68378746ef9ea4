"""The six sample losses as curves over the prediction ``a``, ready to plot and to descend.

For a fixed label ``y`` each loss of :data:`~lossstudio.engine.losses.LOSSES` is a function of
one real variable, the prediction ``a``. This module gives its plotting range, its value and
slope, the tangent line at a point, and one-variable gradient descent on it (Figure 3-1):
``x_{k+1} = x_k - eta f'(x_k)``.

The chapter's 0-1 loss, ``0 if y = a else 1``, is 1 for every real ``a`` except a single
point; on a curve over real ``a`` it is taken as the 0-1 loss of the *predicted class*
``sign(a)`` for labels ``y = +-1`` (1 at ``a = 0``: an undecided prediction counts as a miss),
as in scikit-learn's plot of the zero-one loss on the margin.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ._arrays import as_float
from .losses import LOSSES, zero_one

Array = np.ndarray

#: the predictions ``a`` each loss is drawn and explored over
PREDICTION_RANGES: dict[str, tuple[float, float]] = {
    "zero_one": (-3.0, 3.0),
    "absolute": (-3.0, 3.0),
    "hinge": (-3.0, 3.0),
    "log": (0.0, 1.0),
    "squared": (-3.0, 3.0),
    "exponential": (-3.0, 3.0),
}
#: the margins ``t = y a`` of the all-six plot
MARGIN_RANGE: tuple[float, float] = (-3.0, 3.0)


def prediction_range(key: str) -> tuple[float, float]:
    """``(lowest, highest)`` prediction ``a`` for the loss ``key``."""
    return PREDICTION_RANGES[key]


def loss_value(key: str, y, a) -> Array:
    """The loss ``key`` at label ``y`` and prediction ``a`` (0-1 loss: of ``sign(a)``).

    Parameters
    ----------
    key : str
        A key of :data:`LOSSES`.
    y, a : array_like
        Label and predictions, broadcast together.
    """
    if key == "zero_one":
        return zero_one(y, np.sign(as_float("a", a)))
    return LOSSES[key].function(y, a)


def loss_slope(key: str, y, a) -> Array:
    """d loss / d a at ``a`` (the engine's derivative; 0 for the 0-1 step)."""
    return LOSSES[key].derivative(y, a)


def tangent(a0: float, value: float, slope: float, a) -> Array:
    """The tangent line ``loss(a0) + slope (a - a0)`` at the points ``a``.

    nan everywhere if the value or the slope is not finite (there is no tangent to draw).
    """
    a = as_float("a", a)
    if not (np.isfinite(value) and np.isfinite(slope)):
        return np.full_like(a, np.nan)
    return value + slope * (a - a0)


def sample(key: str, y, count: int = 601, low: float | None = None, high: float | None = None):
    """Points ``(a, loss)`` of the curve for plotting, over the loss's range by default.

    The log loss is sampled inside (0, 1) only, where it is finite. Returns two arrays of
    shape (count,).
    """
    lo, hi = prediction_range(key)
    lo = lo if low is None else low
    hi = hi if high is None else high
    if key == "log":
        lo, hi = max(lo, 1e-3), min(hi, 1.0 - 1e-3)
    a = np.linspace(lo, hi, count)
    if key == "zero_one":  # put the jump exactly at a = 0
        a = np.unique(np.concatenate([a, [-1e-9, 0.0, 1e-9]] if lo < 0 < hi else [a]))
    with np.errstate(over="ignore"):
        return a, loss_value(key, y, a)


@dataclass(frozen=True)
class Descent1D:
    """A one-variable gradient descent path on a loss curve (Figure 3-1).

    Attributes
    ----------
    path : ndarray, shape (k + 1,)
        ``x_0, x_1, ..., x_k``: the start and each step, ``x_{k+1} = x_k - eta f'(x_k)``.
    values, slopes : ndarray, shape (k + 1,)
        ``f(x_i)`` and ``f'(x_i)`` along the path.
    status : str
        ``"running"`` (all requested steps taken), ``"stopped"`` (the slope is 0: no step can
        move), ``"infinite"`` (the loss or its slope is infinite at the start), ``"diverged"`` (the next step would run past ``limit`` or leave the finite
        numbers), or ``"left_domain"`` (the next step leaves the loss's range of predictions,
        e.g. outside [0, 1] for the log loss). The path ends at the last sound point.
    next_point : float
        Where the step after the path's end would land (also when it is refused).
    """

    path: Array
    values: Array
    slopes: Array
    status: str
    next_point: float

    @property
    def steps(self) -> int:
        return self.path.shape[0] - 1

    @property
    def overshoots(self) -> int:
        """How many steps jumped across a minimum (the slope changed sign)."""
        signs = np.sign(self.slopes)
        return int(np.sum(signs[1:] * signs[:-1] < 0))

    @property
    def loss_rose(self) -> bool:
        """The loss at the end is higher than at the start: the step size is too large."""
        return bool(self.values[-1] > self.values[0])


def descend_1d(
    key: str, y: float, start: float, learning_rate: float, steps: int, *, limit: float = 1e6
) -> Descent1D:
    """Gradient descent on the loss ``key`` over ``a``, the label fixed at ``y``.

    ``x_{k+1} = x_k - eta f'(x_k)`` with ``eta`` = ``learning_rate``, for at most ``steps``
    steps. Never warns: a step beyond ``|x| > limit``, a non-finite value, or a step outside
    the log loss's [0, 1] ends the path with its status.

    Raises
    ------
    ValueError
        For an unknown loss, a start outside the loss's range, a learning rate that is not
        positive and finite, or a negative number of steps.
    """
    if key not in LOSSES:
        raise ValueError(f"unknown loss {key!r}")
    lo, hi = prediction_range(key) if key == "log" else (-np.inf, np.inf)
    start, learning_rate = float(start), float(learning_rate)
    if not (np.isfinite(start) and lo <= start <= hi):
        raise ValueError(f"the start {start!r} is outside the loss's range")
    if not (np.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(f"the learning rate must be positive, got {learning_rate!r}")
    if steps < 0:
        raise ValueError("the number of steps must be 0 or more")
    x = start
    path = [x]
    values = [float(loss_value(key, y, x))]
    slopes = [float(loss_slope(key, y, x))]
    status = "running"
    next_point = float("nan")
    with np.errstate(all="ignore"):
        while True:
            slope = slopes[-1]
            next_point = x - learning_rate * slope if np.isfinite(slope) else float("nan")
            if not np.isfinite(slope) or not np.isfinite(values[-1]):
                status = "diverged" if len(path) > 1 else "infinite"
                break
            if slope == 0.0:
                status = "stopped"
                break
            if len(path) > steps:
                break
            if not np.isfinite(next_point) or abs(next_point) > limit:
                status = "diverged"
                break
            if not lo <= next_point <= hi:
                status = "left_domain"
                break
            x = next_point
            value = float(loss_value(key, y, x))
            path.append(x)
            values.append(value)
            slopes.append(float(loss_slope(key, y, x)))
    return Descent1D(np.array(path), np.array(values), np.array(slopes), status, next_point)
