"""The Loss Catalog's derived numbers, without Qt: the one-loss page and Figure 3-1's page."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from numpy.testing import assert_allclose

from lossstudio.model.catalog import CatalogState
from lossstudio.model.catalog_view import (
    TANGENT_HALF_WIDTH,
    VIEW_LIMIT,
    descent_view,
    margin_curves,
    margin_view,
    room_below,
    single_view,
    y_range,
)


def test_the_squared_loss_its_slope_and_tangent():
    """loss = (y - a)^2 (the chapter's table): at y = 1, a = -1.5 it is 6.25 with slope
    -2 (y - a) = -5; the tangent is that line, the curve the loss at every point drawn."""
    state = dataclasses.replace(CatalogState(), loss="squared", label=1.0, prediction=-1.5)
    view = single_view(state)
    assert (view.value, view.slope) == (6.25, -5.0)
    assert view.x_range == (-3.0, 3.0)
    xs, ys = view.curve
    assert xs[0] == -3.0 and xs[-1] == 3.0
    assert_allclose(ys, (1.0 - xs) ** 2)
    ends, line = view.tangent
    half = TANGENT_HALF_WIDTH * 6.0
    assert_allclose(ends, [-1.5 - half, -1.5 + half])
    assert_allclose(line, 6.25 - 5.0 * (ends + 1.5))
    bottom, top = view.y_range
    assert bottom < 0.0 < 16.0 < top  # (1 - (-3))^2 = 16 is the curve's top


def test_the_hinge_loss_is_flat_beyond_the_margin():
    """max(0, 1 - y a): 0 with slope 0 once y a >= 1; 1 - y a with slope -y before."""
    state = dataclasses.replace(CatalogState(), loss="hinge", label=1.0, prediction=2.0)
    assert (single_view(state).value, single_view(state).slope) == (0.0, 0.0)
    before = single_view(dataclasses.replace(state, prediction=-0.5))
    assert (before.value, before.slope) == (1.5, -1.0)


def walk(y, start, eta, steps):
    """x_{k+1} = x_k - eta f'(x_k) on f(a) = (y - a)^2, written out."""
    path = [start]
    for _ in range(steps):
        path.append(path[-1] - eta * (-2.0 * (y - path[-1])))
    return np.array(path)


def test_figure_3_1_walk_and_its_framing():
    """Figure 3-1: from x0 a step to x1, then x2 .. x5 closer and closer to the minimum."""
    state = dataclasses.replace(
        CatalogState(), loss="squared", label=1.0, start=-1.5, learning_rate=0.2, steps=5
    )
    view = descent_view(state)
    path = walk(1.0, -1.5, 0.2, 5)
    assert_allclose(view.descent.path, path, rtol=1e-12)
    assert_allclose(view.descent.values, (1.0 - path) ** 2, rtol=1e-12)
    assert_allclose(view.descent.slopes, -2.0 * (1.0 - path), rtol=1e-12)
    assert np.all(np.diff(np.abs(np.diff(path))) < 0)  # each step shorter than the one before
    assert np.all(np.diff(view.descent.values) < 0)  # and lower
    assert view.x_range == (-3.0, 3.0) and view.margin == pytest.approx(0.24)
    xs, ys = view.curve
    assert_allclose(ys, (1.0 - xs) ** 2)
    bottom, top = view.y_range
    assert bottom < 0.0 and top > 16.0


def test_a_running_away_walk_widens_the_window_up_to_the_limit():
    """eta = 1.2 on the squared loss: each step lands farther away; the window follows the
    path as far as VIEW_LIMIT and no farther."""
    state = dataclasses.replace(
        CatalogState(), loss="squared", label=1.0, start=-1.5, learning_rate=1.2, steps=12
    )
    view = descent_view(state)
    path = walk(1.0, -1.5, 1.2, view.descent.steps)
    assert_allclose(view.descent.path, path, rtol=1e-12)
    near = path[np.abs(path) <= VIEW_LIMIT]
    assert near.size < path.size  # the walk ran past the limit
    assert view.x_range == (min(-3.0, near.min()), max(3.0, near.max()))
    assert view.descent.loss_rose


def test_y_range_shows_the_finite_values_with_room():
    bottom, top = y_range(np.array([0.5, 2.0, np.inf, np.nan]))
    assert bottom == pytest.approx(-0.12) and top == pytest.approx(2.12)
    assert y_range(np.array([1.0, 1e9]), cap=25.0)[1] == pytest.approx(25.0 + 0.06 * 25.0)
    assert y_range(np.array([np.nan])) == pytest.approx((-0.06, 1.06))


def test_the_six_losses_on_the_margin():
    """t = y·a: hinge max(0, 1 - t), exponential e^-t, log log2(1 + e^-t), absolute |1 - t|,
    squared (1 - t)^2; the hinge, log and exponential losses lie on or above the 0-1 loss
    everywhere (the page says they bound it from above)."""
    direct = {
        "hinge": lambda t: np.maximum(0.0, 1.0 - t),
        "exponential": lambda t: np.exp(-t),
        "log": lambda t: np.log2(1.0 + np.exp(-t)),
        "absolute": lambda t: np.abs(1.0 - t),
        "squared": lambda t: (1.0 - t) ** 2,
    }
    t, curves = margin_curves()
    assert 0.0 in t and -1e-9 in t and 1e-9 in t
    for key, f in direct.items():
        assert_allclose(curves[key], f(t), rtol=1e-12, atol=1e-15)
    assert curves["zero_one"][t < 0].min() == 1.0 and curves["zero_one"][t > 0].max() == 0.0
    for key in ("hinge", "log", "exponential"):
        assert np.all(curves[key] >= curves["zero_one"])
    view = margin_view(dataclasses.replace(CatalogState(), margin=0.5))
    assert view.at_cursor["hinge"] == pytest.approx((0.5, -1.0))
    assert view.at_cursor["exponential"] == pytest.approx((np.exp(-0.5), -np.exp(-0.5)))
    assert view.at_cursor["squared"] == pytest.approx((0.25, -1.0))
    assert view.at_cursor["log"][0] == pytest.approx(np.log2(1 + np.exp(-0.5)))


def test_figure_3_1_keeps_room_for_its_step_labels_below_the_lowest_point():
    """A short plot (a lesson's, at the presentation scale) gets room for the labels x0 .. x5
    between the lowest point and its foot, measured in pixels; a tall one keeps its range."""
    view = descent_view(CatalogState())
    assert view.floor == 0.0  # the squared loss touches 0 at a = y
    bottom, top = view.y_range
    assert room_below((bottom, top), view.floor, 20.0, 600.0) == (bottom, top)  # room enough
    low, high = room_below((bottom, top), view.floor, 50.0, 300.0)
    assert high == top and low < bottom
    assert (view.floor - low) / (high - low) * 300.0 == pytest.approx(50.0)
    # never more than half the plot, never raised, and nothing to do on an empty plot
    low, high = room_below((bottom, top), 0.0, 500.0, 300.0)
    assert (0.0 - low) / (high - low) == pytest.approx(0.5)
    assert room_below((-5.0, 10.0), 0.0, 10.0, 300.0) == (-5.0, 10.0)
    assert room_below((bottom, top), 0.0, 50.0, 0.0) == (bottom, top)
