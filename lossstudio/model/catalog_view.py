"""The Loss Catalog's derived numbers, Qt-free: what its "one loss" page and its Figure 3-1
page show for a state, framing included (the ranges a page's plot shows are numbers too).

:func:`single_view` gives the curve of the chosen loss, the loss and slope at the prediction,
the tangent's ends and the plot's y range; :func:`descent_view` the one-variable descent of
Figure 3-1 (:func:`descent_of`), the x window that follows a running-away path, the curve over
it and the y range; :func:`margin_view` the six losses on the margin t = y·a (the curves are
fixed: :func:`margin_curves`) and their values and slopes at the cursor.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from lossstudio.engine.curves import (
    MARGIN_RANGE,
    Descent1D,
    descend_1d,
    loss_slope,
    loss_value,
    prediction_range,
    sample,
    tangent,
)
from lossstudio.engine.losses import LOSSES
from lossstudio.model.catalog import LOSS_KEYS, CatalogState

#: half the width of the drawn tangent, as a fraction of the plotted range of a
TANGENT_HALF_WIDTH = 0.12
#: the top of the 0-1 loss's plot: its note stands above the loss's 1
ZERO_ONE_TOP = 1.3
#: the farthest Figure 3-1's plot widens to follow a running-away path
VIEW_LIMIT = 60.0


def y_range(values: np.ndarray, cap: float = 25.0) -> tuple[float, float]:
    """A y range showing the finite values (capped at ``cap``) with a little room."""
    finite = values[np.isfinite(values)]
    top = min(float(finite.max()), cap) if finite.size else 1.0
    bottom = min(0.0, float(finite.min())) if finite.size else 0.0
    top = max(top, bottom + 1.0)
    pad = 0.06 * (top - bottom)
    return bottom - pad, top + pad


def room_below(
    y_range: tuple[float, float], floor: float, need: float, height: float
) -> tuple[float, float]:
    """``y_range`` with its bottom lowered (never raised) so that, on a plot ``height`` pixels
    tall, at least ``need`` pixels lie below ``floor`` (the lowest point drawn): room for the
    labels under the points on a short plot. At most half the plot goes to it."""
    bottom, top = y_range
    if height <= 0 or need <= 0 or not top > floor:
        return y_range
    share = min(need / height, 0.5)  # the part of the height below floor
    wanted = (floor - share * top) / (1.0 - share)
    return (min(bottom, wanted), top)


@dataclass(frozen=True, eq=False)
class SingleView:
    """The "one loss" page: the curve of the loss against a, and the marker with its tangent."""

    x_range: tuple[float, float]  # the loss's range of predictions
    y_range: tuple[float, float]
    curve: tuple[np.ndarray, np.ndarray]
    value: float  # the loss at the prediction
    slope: float  # its derivative there (0 where undefined)
    tangent: tuple[np.ndarray, np.ndarray]  # the tangent's two ends (nan: none to draw)


def single_view(state: CatalogState) -> SingleView:
    key, y, a = state.loss, state.label, state.prediction
    low, high = prediction_range(key)
    xs, ys = sample(key, y)
    value = float(loss_value(key, y, a))
    slope = float(loss_slope(key, y, a))
    half = TANGENT_HALF_WIDTH * (high - low)
    ends = np.array([a - half, a + half])
    bottom, top = y_range(ys)
    if key == "zero_one":  # room above its 1 for the note on how it is plotted (it was struck)
        top = ZERO_ONE_TOP
    return SingleView(
        x_range=(low, high),
        y_range=(bottom, top),
        curve=(xs, ys),
        value=value,
        slope=slope,
        tangent=(ends, tangent(a, value, slope, ends)),
    )


def descent_of(state: CatalogState) -> Descent1D:
    """Figure 3-1's walk: the engine's gradient descent on the chosen loss over a."""
    return descend_1d(state.loss, state.label, state.start, state.learning_rate, state.steps)


@dataclass(frozen=True, eq=False)
class DescentView:
    """Figure 3-1's page: the walk and how the plot frames it."""

    descent: Descent1D
    x_range: tuple[float, float]  # the window of a: the loss's range, widened to the path
    margin: float  # room on either side of it
    y_range: tuple[float, float]
    curve: tuple[np.ndarray, np.ndarray]  # the loss over the window
    floor: float  # the lowest value drawn (at most 0): the points' labels go below it


def descent_view(state: CatalogState) -> DescentView:
    descent = descent_of(state)
    key = state.loss
    low, high = prediction_range(key)
    path = descent.path
    near = np.abs(path) <= VIEW_LIMIT
    shown = path[near]
    x_low = min(low, float(shown.min())) if key != "log" else low
    x_high = max(high, float(shown.max())) if key != "log" else high
    xs, ys = sample(key, state.label, 801, x_low, x_high)
    inside = ys[(xs >= low) & (xs <= high)]
    drawn = np.concatenate([inside, descent.values[near]])
    finite = drawn[np.isfinite(drawn)]
    return DescentView(
        descent=descent,
        x_range=(x_low, x_high),
        margin=0.04 * (x_high - x_low),
        y_range=y_range(drawn, 1e6),
        curve=(xs, ys),
        floor=min(0.0, float(finite.min())) if finite.size else 0.0,
    )


@functools.cache
def margin_curves() -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The six losses against the margin t over MARGIN_RANGE (t = 0 and either side of it
    included, so the 0-1 loss's jump is drawn upright)."""
    t = np.linspace(*MARGIN_RANGE, 1201)
    t = np.unique(np.concatenate([t, [-1e-9, 0.0, 1e-9]]))
    return t, {key: LOSSES[key].margin(t) for key in LOSS_KEYS}


@dataclass(frozen=True, eq=False)
class MarginView:
    """The margin page: every loss's (value, slope) at the cursor t, in LOSS_KEYS's order."""

    t: float
    at_cursor: dict[str, tuple[float, float]]


def margin_view(state: CatalogState) -> MarginView:
    t = np.array([state.margin])
    return MarginView(
        t=state.margin,
        at_cursor={
            key: (float(LOSSES[key].margin(t)[0]), float(LOSSES[key].margin_derivative(t)[0]))
            for key in LOSS_KEYS
        },
    )
