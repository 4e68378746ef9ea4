"""The chapter's MSE for a line fit: against scikit-learn, numpy, scipy and exact arithmetic."""

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose
from scipy.optimize import linprog
from sklearn.metrics import mean_squared_error

from lossstudio.engine import datasets, regression

fast = settings(max_examples=40, deadline=None)

reals = st.floats(-100.0, 100.0, allow_nan=False, allow_infinity=False)


@st.composite
def line_data(draw, min_size=2, max_size=12, offsets=(0.0, 1e3)):
    """x near an offset (0 or around 1e3), y near a line through them: the shapes people make."""
    m = draw(st.integers(min_size, max_size))
    offset = draw(st.sampled_from(offsets)) * draw(st.sampled_from([1.0, -1.0]))
    x = offset + np.array(draw(st.lists(st.floats(0.0, 10.0), min_size=m, max_size=m)))
    assume(np.ptp(x) >= 0.5)
    w = draw(st.floats(-3.0, 3.0))
    b = draw(st.floats(-10.0, 10.0))
    noise = np.array(draw(st.lists(st.floats(-5.0, 5.0), min_size=m, max_size=m)))
    return x, w * x + b + noise


def exact_mse(x, y, w, b) -> float:
    """J = 1/(2m) sum (w x_i + b - y_i)^2 in exact rational arithmetic."""
    w, b = Fraction(float(w)), Fraction(float(b))
    total = sum(
        (w * Fraction(float(xi)) + b - Fraction(float(yi))) ** 2
        for xi, yi in zip(x, y, strict=True)
    )
    return float(total / (2 * len(x)))


def exact_least_squares(x, y) -> tuple[float, float]:
    """The least-squares line in exact rational arithmetic."""
    xs = [Fraction(float(v)) for v in x]
    ys = [Fraction(float(v)) for v in y]
    x_mean, y_mean = sum(xs) / len(xs), sum(ys) / len(ys)
    s_xy = sum((a - x_mean) * (c - y_mean) for a, c in zip(xs, ys, strict=True))
    s_xx = sum((a - x_mean) ** 2 for a in xs)
    w = s_xy / s_xx
    return float(w), float(y_mean - w * x_mean)


def exact_mae(x, y, w, b) -> float:
    w, b = Fraction(float(w)), Fraction(float(b))
    total = sum(
        abs(w * Fraction(float(xi)) + b - Fraction(float(yi))) for xi, yi in zip(x, y, strict=True)
    )
    return float(total / len(x))


# --- mse ---------------------------------------------------------------------------------------


@fast
@given(st.lists(st.tuples(reals, reals), min_size=1, max_size=30))
def test_mse_is_half_of_sklearn_mean_squared_error(pairs):
    z, y = np.array(pairs).T
    assert_allclose(2.0 * regression.mse(z, y), mean_squared_error(y, z), rtol=1e-12, atol=1e-12)


def test_mse_sums_over_the_last_axis_and_broadcasts():
    y = np.array([1.0, 2.0, 3.0])
    z = np.array([[1.0, 2.0, 3.0], [2.0, 3.0, 4.0]])
    assert_allclose(regression.mse(z, y), [0.0, 0.5])
    assert regression.mse(z, y).shape == (2,)
    assert regression.mse(5.0, [1.0, 3.0]) == pytest.approx((16 + 4) / 4)


# --- least squares -----------------------------------------------------------------------------


@fast
@given(line_data())
def test_least_squares_matches_polyfit(data):
    x, y = data
    w, b = regression.least_squares(x, y)
    expected_w, expected_b = np.polyfit(x, y, 1)
    assert_allclose(w, expected_w, rtol=1e-7, atol=1e-8)
    scale = 1.0 + np.max(np.abs(x)) * (1.0 + abs(expected_w))
    assert_allclose(b, expected_b, rtol=0, atol=1e-9 * scale)
    # and, tighter than polyfit's own rounding allows, the exact answer
    exact_w, exact_b = exact_least_squares(x, y)
    assert_allclose(w, exact_w, rtol=1e-11, atol=1e-11)
    assert_allclose(b, exact_b, rtol=1e-11, atol=1e-10)


@fast
@given(line_data())
def test_least_squares_zeroes_the_gradient(data):
    x, y = data
    w, b = regression.least_squares(x, y)
    d_w, d_b = regression.mse_gradient(x, y, w, b)
    scale = np.max(np.abs(y)) * (1.0 + np.max(np.abs(x)))
    assert abs(float(d_w)) < 1e-10 * scale and abs(float(d_b)) < 1e-10 * scale


def test_least_squares_large_offset_is_exact():
    """Data far from the origin: mean(x^2) - mean(x)^2 would lose the intercept's digits."""
    rng = np.random.default_rng(1)
    x = 1000.0 + rng.uniform(0.0, 1.0, 30)
    y = 2.0 * x + 3.0 + rng.uniform(-0.5, 0.5, 30)
    exact_w, exact_b = exact_least_squares(x, y)
    w, b = regression.least_squares(x, y)
    assert_allclose(w, exact_w, rtol=1e-11)
    assert_allclose(b, exact_b, rtol=1e-10)


def test_least_squares_on_the_chapter_data_is_near_the_true_line():
    x, y = datasets.chapter3_line()
    w, b = regression.least_squares(x, y)
    assert abs(w - 2.0) < 0.2 and abs(b - 3.0) < 0.2
    assert regression.mse(w * x + b, y) <= regression.mse(2.0 * x + 3.0, y)


# --- mse_gradient against central differences ----------------------------------------------------


@fast
@given(line_data(offsets=(0.0, 10.0)), st.floats(-5.0, 5.0), st.floats(-20.0, 20.0))
def test_mse_gradient_against_central_differences(data, w, b):
    x, y = data
    h = 1e-5

    def j(w_, b_):
        return exact_mse(x, y, w_, b_)

    numeric_w = (j(w + h, b) - j(w - h, b)) / (2 * h)
    numeric_b = (j(w, b + h) - j(w, b - h)) / (2 * h)
    d_w, d_b = regression.mse_gradient(x, y, w, b)
    scale = 1.0 + j(w, b) / h * 1e-9  # rounding of the exact J values to float
    assert_allclose(float(d_w), numeric_w, rtol=1e-6, atol=1e-6 * scale)
    assert_allclose(float(d_b), numeric_b, rtol=1e-6, atol=1e-6 * scale)


def test_mse_gradient_broadcasts_over_w_and_b():
    x, y = datasets.chapter3_line()
    ws = np.array([[1.0], [2.0]])
    bs = np.array([2.0, 3.0, 4.0])
    d_w, d_b = regression.mse_gradient(x, y, ws, bs)
    assert d_w.shape == d_b.shape == (2, 3)
    for i in range(2):
        for j in range(3):
            residual = ws[i, 0] * x + bs[j] - y
            assert_allclose(d_w[i, j], np.mean(residual * x))
            assert_allclose(d_b[i, j], np.mean(residual))


# --- loss grids --------------------------------------------------------------------------------


def _grid_around_fit(x, y, spread_w, spread_b):
    w0, b0 = regression.least_squares(x, y)
    ws = w0 + np.array([-spread_w, 0.0, spread_w / 3.0])
    bs = b0 + np.array([-spread_b, 0.0, spread_b / 7.0, spread_b])
    return ws, bs


@fast
@given(line_data(), st.floats(1e-4, 2.0), st.floats(1e-3, 5.0))
def test_loss_grid_equals_direct_evaluation(data, spread_w, spread_b):
    x, y = data
    ws, bs = _grid_around_fit(x, y, spread_w, spread_b)
    grid = regression.loss_grid(x, y, ws, bs)
    assert grid.shape == (bs.size, ws.size)
    expected = np.array([[exact_mse(x, y, w, b) for w in ws] for b in bs])
    assert_allclose(grid, expected, rtol=1e-9, atol=1e-12)


def test_loss_grid_layout_rows_follow_b():
    x, y = datasets.chapter3_line()
    ws = np.array([1.0, 2.0, 3.0])
    bs = np.array([2.0, 3.0])
    grid = regression.loss_grid(x, y, ws, bs)
    assert grid.shape == (2, 3)
    for i, b in enumerate(bs):
        for j, w in enumerate(ws):
            assert_allclose(grid[i, j], regression.mse(w * x + b, y), rtol=1e-13)


def test_loss_grid_at_large_offset_near_the_fit():
    rng = np.random.default_rng(4)
    x = 1000.0 + rng.uniform(0.0, 1.0, 40)
    y = 2.0 * x + 3.0 + rng.uniform(-0.5, 0.5, 40)
    ws, bs = _grid_around_fit(x, y, 1e-3, 1e-2)
    expected = np.array([[exact_mse(x, y, w, b) for w in ws] for b in bs])
    assert_allclose(regression.loss_grid(x, y, ws, bs), expected, rtol=1e-10)


def test_loss_grid_with_all_x_equal_depends_on_the_offset_only():
    x = np.array([2.0, 2.0, 2.0])
    y = np.array([1.0, 2.0, 6.0])
    ws = np.array([0.0, 1.0])
    bs = np.array([-1.0, 0.0, 3.0])
    expected = np.array([[exact_mse(x, y, w, b) for w in ws] for b in bs])
    assert_allclose(regression.loss_grid(x, y, ws, bs), expected, rtol=1e-12)


@fast
@given(line_data(), st.floats(1e-4, 2.0), st.floats(1e-3, 5.0))
def test_absolute_loss_grid_equals_direct_evaluation(data, spread_w, spread_b):
    x, y = data
    ws, bs = _grid_around_fit(x, y, spread_w, spread_b)
    bs = np.concatenate([bs, y[:2] - ws[0] * x[:2]])  # b exactly on a residual (a kink)
    grid = regression.absolute_loss_grid(x, y, ws, bs)
    assert grid.shape == (bs.size, ws.size)
    expected = np.array([[exact_mae(x, y, w, b) for w in ws] for b in bs])
    assert_allclose(grid, expected, rtol=1e-9, atol=1e-9)


def test_mae_and_absolute_loss_grid_agree():
    x, y = datasets.chapter3_line()
    grid = regression.absolute_loss_grid(x, y, [1.5, 2.0], [2.5, 3.0, 3.5])
    for i, b in enumerate([2.5, 3.0, 3.5]):
        for j, w in enumerate([1.5, 2.0]):
            assert_allclose(grid[i, j], regression.mae(w * x + b, y), rtol=1e-12)


# --- least absolute deviations -----------------------------------------------------------------


def _lad_by_linprog(x, y) -> float:
    """min (1/m) sum t_i  s.t.  -t_i <= y_i - w x_i - b <= t_i, as a linear programme."""
    m = x.size
    cost = np.concatenate([[0.0, 0.0], np.full(m, 1.0 / m)])
    ones = np.ones((m, 1))
    upper = np.block([[-x[:, None], -ones, -np.eye(m)], [x[:, None], ones, -np.eye(m)]])
    bound = np.concatenate([-y, y])
    result = linprog(cost, A_ub=upper, b_ub=bound, bounds=[(None, None)] * 2 + [(0, None)] * m)
    assert result.success
    return float(result.fun)


@settings(max_examples=25, deadline=None)
@given(line_data(max_size=10, offsets=(0.0, 20.0)))
def test_least_absolute_reaches_the_linear_programme_optimum(data):
    x, y = data
    w, b = regression.least_absolute(x, y)
    best = _lad_by_linprog(x, y)
    found = exact_mae(x, y, w, b)
    assert found <= best + 1e-7 * (1.0 + best)
    # and no nearby line is better
    for dw in (-1e-3, 0.0, 1e-3):
        for db in (-1e-3, 0.0, 1e-3):
            assert exact_mae(x, y, w + dw, b + db) >= found - 1e-9 * (1.0 + found)


def test_least_absolute_ignores_an_outlier_least_squares_follows():
    x, y = datasets.chapter3_outlier()
    w_abs, _ = regression.least_absolute(x, y)
    w_sq, _ = regression.least_squares(x, y)
    assert abs(w_abs - 2.0) < abs(w_sq - 2.0)


# --- errors a person can read ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: regression.mse([], []), "empty"),
        (lambda: regression.mse([1.0, 2.0, 3.0], [1.0, 2.0]), "shapes do not match"),
        (lambda: regression.mse(["a"], [1.0]), "must be numbers"),
        (lambda: regression.least_squares([], []), "empty"),
        (lambda: regression.least_squares([1.0, 2.0], [1.0, 2.0, 3.0]), "same length"),
        (lambda: regression.least_squares([2.0, 2.0, 2.0], [1.0, 2.0, 3.0]), "x values are equal"),
        (lambda: regression.least_squares([2.0], [1.0]), "x values are equal"),
        (lambda: regression.least_squares([1.0, np.nan], [1.0, 2.0]), "not a finite number"),
        (lambda: regression.least_squares([[1.0, 2.0]], [[1.0, 2.0]]), "one-dimensional"),
        (lambda: regression.least_absolute([3.0, 3.0], [1.0, 2.0]), "x values are equal"),
        (lambda: regression.mse_gradient([], [], 1.0, 2.0), "empty"),
        (lambda: regression.mse_gradient([1.0], [2.0], [1.0, 2.0], [1.0, 2.0, 3.0]), "shapes"),
        (lambda: regression.loss_grid([1.0, 2.0], [1.0], [1.0], [1.0]), "same length"),
        (lambda: regression.loss_grid([1.0], [np.inf], [1.0], [1.0]), "not a finite number"),
        (lambda: regression.absolute_loss_grid([], [], [1.0], [1.0]), "empty"),
    ],
)
def test_bad_data_gives_a_readable_value_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# --- many samples: the blocked one-pass sums ------------------------------------------------------


def _reference_sums(x, y):
    """Centred moments, best slope and residual variance by exactly rounded sums (math.fsum)."""
    m = x.size
    x_mean = math.fsum(x) / m
    y_mean = math.fsum(y) / m
    x_c, y_c = x - x_mean, y - y_mean
    s_xx = math.fsum(x_c * x_c) / m
    s_xy = math.fsum(x_c * y_c) / m
    best_w = s_xy / s_xx
    residual = y_c - best_w * x_c
    return x_mean, y_mean, s_xx, s_xy, best_w, math.fsum(residual * residual) / m


def _many(kind, m=70_001):
    rng = np.random.default_rng(11)
    if kind == "offset":  # far from the origin
        x = 1000.0 + rng.uniform(0.0, 1.0, m)
        y = 2.0 * x + 3.0 + rng.uniform(-0.5, 0.5, m)
    elif kind == "misleading":  # a strided sample sees none of the points that set the slope
        x = np.full(m, 5.0) + rng.uniform(0.0, 1e-3, m)
        y = np.full(m, -2.0) + rng.uniform(0.0, 1e-3, m)
        x[1::97] += 400.0
        y[1::97] -= 900.0
    else:  # steep, large values
        x = rng.uniform(-1e4, 1e4, m)
        y = -350.0 * x + 1e6 + rng.normal(0.0, 10.0, m)
    return x, y


@pytest.mark.parametrize("kind", ["offset", "misleading", "steep"])
def test_many_samples_match_exact_sums(kind):
    x, y = _many(kind)
    x_mean, y_mean, s_xx, s_xy, best_w, s_res = _reference_sums(x, y)
    stats = regression.moments(x, y)
    assert stats.m == x.size
    assert_allclose([stats.x_mean, stats.y_mean], [x_mean, y_mean], rtol=1e-13)
    assert_allclose([stats.s_xx, stats.s_xy], [s_xx, s_xy], rtol=1e-9)
    w, b = regression.least_squares(x, y)
    assert_allclose(w, best_w, rtol=1e-9)
    assert_allclose(b, y_mean - best_w * x_mean, rtol=1e-9, atol=1e-9 * abs(best_w * x_mean))
    # J on a grid around the fit: 1/2 [s_xx (w - w*)^2 + s_res + (w x_mean + b - y_mean)^2]
    ws = best_w + np.array([-1e-3, 0.0, 2e-3]) * (1.0 + abs(best_w))
    bs = (y_mean - best_w * x_mean) + np.array([-0.5, 0.0, 0.25])
    expected = 0.5 * (
        s_xx * (ws[None, :] - best_w) ** 2
        + s_res
        + (ws[None, :] * x_mean + bs[:, None] - y_mean) ** 2
    )
    assert_allclose(regression.loss_grid(x, y, ws, bs), expected, rtol=1e-8)
    # and the gradient at the fit vanishes to rounding
    _, d_b = regression.mse_gradient(x, y, w, b)
    assert abs(float(d_b)) < 1e-9 * (1.0 + abs(y_mean))


def test_many_samples_with_all_x_equal_refuse_a_slope():
    x = np.full(40_000, 7.0)
    y = np.arange(40_000.0)
    with pytest.raises(ValueError, match="x values are equal"):
        regression.least_squares(x, y)
    grid = regression.loss_grid(x, y, [0.0, 1.0], [0.0])
    assert grid.shape == (1, 2)
    direct = 0.5 * np.mean((7.0 * np.array([0.0, 1.0])[:, None] - y[None, :]) ** 2, axis=1)
    assert_allclose(grid[0], direct, rtol=1e-12)
