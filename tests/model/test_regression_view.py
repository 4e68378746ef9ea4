"""The Regression tab's derived numbers, without Qt: derive(state) -> RegressionView.

No QApplication here; tests/test_layering.py proves the module loads no Qt at all.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from numpy.testing import assert_allclose
from sklearn.linear_model import LinearRegression

from lossstudio.engine import regression as engine
from lossstudio.model import regression as model
from lossstudio.model.regression_view import (
    ABSOLUTE_GRID_LIMIT,
    DRAW_LIMIT,
    Deriver,
    derive,
    inside,
)


def brute_mse(x, y, w, b):
    return float(np.mean((w * np.asarray(x) + b - np.asarray(y)) ** 2) / 2)


def test_the_chapter_numbers():
    state = model.default_state()
    x, y = np.array(state.x), np.array(state.y)
    view = derive(state)
    assert f"{view.loss:.6f}" == "0.530669"  # the chapter's J for z = 2x + 2
    fit = LinearRegression().fit(x[:, None], y)
    assert_allclose(view.fit, (fit.coef_[0], fit.intercept_), rtol=1e-10)
    assert view.best_loss == pytest.approx(brute_mse(x, y, *view.fit), rel=1e-12)
    assert view.flat_loss == pytest.approx(brute_mse(x, y, 0.0, y.mean()), rel=1e-12)
    assert view.bar_scale == pytest.approx(4 * view.flat_loss)
    assert (view.m, view.drawn, view.grid_sample) == (50, 50, None)
    assert_allclose(view.line_z, 2 * x + 2)


@pytest.mark.parametrize(
    ("b", "printed"),
    [(2.0, "0.530669"), (2.5, "0.164647"), (3.0, "0.048626"), (3.5, "0.182604")],
)
def test_the_chapters_four_lines(b, printed):
    """Figures 3-3/3-4: the four lines z = 2x + b and the J the chapter prints for each, also
    through the engine from the raw samples and through numpy directly."""
    state = model.with_line(model.default_state(), 2.0, b)
    x, y = np.array(state.x), np.array(state.y)
    view = derive(state)
    assert f"{view.loss:.6f}" == printed
    assert view.loss == pytest.approx(engine.mse(2.0 * x + b, y), rel=1e-12)
    assert view.loss == pytest.approx(brute_mse(x, y, 2.0, b), rel=1e-12)
    assert_allclose(view.line_z, 2.0 * x + b, rtol=1e-15)
    # J(2x + 3 + d) = (d^2 - 2 d mean(e) + mean(e^2)) / 2 with the chapter's noise moments
    e = y - (2.0 * x + 3.0)
    d = b - 3.0
    assert view.loss == pytest.approx((d * d - 2 * d * e.mean() + np.mean(e * e)) / 2, rel=1e-12)


def test_figure_3_5_and_3_6_slices():
    """Figure 3-5 (w = 2, b from 2.00 to 3.95: about 0.53 down to 0.049 near b = 3) and Figure
    3-6 (b = 3, w from 1.00 to 2.95: about 0.218 down to 0.049 near w = 2): the slices through
    the line z = 2x + 3 are J itself at every point they draw, and the figures' ranges lie in
    the window."""
    state = model.with_line(model.default_state(), 2.0, 3.0)
    x, y = np.array(state.x), np.array(state.y)
    view = derive(state)
    bs, along_b = view.slice_b
    ws, along_w = view.slice_w
    assert bs[0] <= 2.0 and bs[-1] >= 3.95 and ws[0] <= 1.0 and ws[-1] >= 2.95
    assert_allclose(along_b, [engine.mse(2.0 * x + b, y) for b in bs], rtol=1e-10)
    assert_allclose(along_w, [engine.mse(w * x + 3.0, y) for w in ws], rtol=1e-10)
    figure_b = np.arange(2.0, 3.95 + 1e-9, 0.05)
    on_b = np.interp(figure_b, bs, along_b)  # the drawn curve read where the figure samples
    assert on_b[0] == pytest.approx(0.53, abs=0.01)
    assert figure_b[np.argmin(on_b)] == pytest.approx(3.0, abs=0.05)
    assert on_b.min() == pytest.approx(0.049, abs=0.002)
    figure_w = np.arange(1.0, 2.95 + 1e-9, 0.05)
    on_w = np.interp(figure_w, ws, along_w)
    assert on_w[0] == pytest.approx(0.218, abs=0.005)
    assert figure_w[np.argmin(on_w)] == pytest.approx(2.0, abs=0.1)
    assert on_w.min() == pytest.approx(0.049, abs=0.002)
    # each slice is a parabola through the line's own J at the line's w and b
    assert np.polyval(np.polyfit(bs, along_b, 2), 3.0) == pytest.approx(view.loss, rel=1e-9)
    assert np.polyval(np.polyfit(ws, along_w, 2), 2.0) == pytest.approx(view.loss, rel=1e-9)


def test_the_contour_grid_is_the_direct_sum_over_every_sample():
    """Figures 3-7/3-8: J(w, b) on the contour map's grid equals the sum over the 50 samples
    at each node (the grid comes from the moments, never from the samples per node)."""
    state = model.default_state()
    x, y = np.array(state.x), np.array(state.y)
    grid = derive(state).grid
    direct = np.mean((grid.ws[None, :, None] * x + grid.bs[:, None, None] - y) ** 2, axis=2) / 2
    assert_allclose(grid.values, direct, rtol=1e-10)
    i, j = np.unravel_index(np.argmin(grid.values), grid.values.shape)
    fit = engine.least_squares(x, y)
    assert abs(grid.ws[j] - fit[0]) <= grid.ws[1] - grid.ws[0]
    assert abs(grid.bs[i] - fit[1]) <= grid.bs[1] - grid.bs[0]


def test_grid_and_slices_are_the_loss_at_their_points():
    state = model.with_line(model.default_state(), 1.5, 3.0)
    x, y = state.x, state.y
    view = derive(state)
    assert inside(view.window, state.w, state.b)
    grid = view.grid
    assert grid.values.shape == (grid.bs.size, grid.ws.size)
    for i, j in [(0, 0), (17, 80), (100, 100), (50, 3)]:
        expected = brute_mse(x, y, grid.ws[j], grid.bs[i])
        assert grid.values[i, j] == pytest.approx(expected, rel=1e-10)
    ws, along_w = view.slice_w
    bs, along_b = view.slice_b
    assert ws[0] == view.window[0] and bs[-1] == view.window[3]
    assert_allclose(along_w, [brute_mse(x, y, w, state.b) for w in ws], rtol=1e-10)
    assert_allclose(along_b, [brute_mse(x, y, state.w, b) for b in bs], rtol=1e-10)


def test_a_line_outside_the_window_widens_it():
    view = derive(model.with_line(model.default_state(), 40.0, -90.0))
    assert inside(view.window, 40.0, -90.0)


def test_absolute_loss_uses_every_point_for_j_and_the_fit():
    state = dataclasses.replace(model.default_state(), loss="absolute")
    x, y = np.array(state.x), np.array(state.y)
    view = derive(state)
    assert view.loss == pytest.approx(np.mean(np.abs(2 * x + 2 - y)), rel=1e-12)
    assert_allclose(view.fit, engine.least_absolute(x, y))
    ws, along_w = view.slice_w
    assert along_w[10] == pytest.approx(np.mean(np.abs(ws[10] * x + state.b - y)), rel=1e-10)


def test_many_points_draw_a_fixed_sample_and_the_absolute_maps_a_sample():
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 1, 30_000)
    y = 2 * x + 3 + rng.normal(0, 0.2, x.size)
    state = model.with_data(model.default_state(), x, y)
    view = derive(state)
    assert (view.m, view.drawn, view.grid_sample) == (30_000, DRAW_LIMIT, None)
    index = view.points.drawn_index
    assert np.all(np.diff(index) > 0)
    assert_allclose(view.points.drawn_x, x[index])
    assert view.loss == pytest.approx(brute_mse(x, y, state.w, state.b), rel=1e-10)
    absolute = derive(dataclasses.replace(state, loss="absolute"))
    assert absolute.grid_sample == ABSOLUTE_GRID_LIMIT
    moved = model.move_point(state, 7, 0.5, 9.0)  # same count: the same drawn subset
    assert_allclose(derive(moved).points.drawn_index, index)


def test_the_deriver_keeps_what_depends_on_the_points():
    deriver = Deriver()
    state = model.default_state()
    first = deriver.derive(state)
    moved = deriver.derive(model.with_line(state, 2.2, 2.4), draft=True)
    assert moved.points is first.points and moved.grid is first.grid
    assert moved.loss == pytest.approx(brute_mse(state.x, state.y, 2.2, 2.4), rel=1e-12)
    # a point drag: the grid of the previous data until the gesture's end
    dragged = model.move_point(state, 0, 0.5, 9.0)
    frame = deriver.derive(dragged, draft=True)
    assert frame.points is not first.points and frame.grid is first.grid
    end = deriver.derive(dragged)
    assert end.grid is not first.grid
    assert end.grid.values[0, 0] == pytest.approx(
        brute_mse(dragged.x, dragged.y, end.grid.ws[0], end.grid.bs[0]), rel=1e-10
    )


def test_no_single_best_line_when_all_x_are_equal():
    state = model.with_data(model.default_state(), [1.0, 1.0, 1.0], [0.0, 1.0, 2.0])
    view = derive(state)
    assert view.fit is None and np.isnan(view.best_loss)
    assert view.loss == pytest.approx(brute_mse(state.x, state.y, state.w, state.b))
