"""Every number chapter 3 prints (seed/FACTS.md), reproduced by the engine."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from lossstudio.engine import classification, datasets, losses, regression

# --- 3.2: Figure 3-4, the four lines and their printed J ---------------------------------------


@pytest.mark.parametrize(
    ("b", "printed"),
    [(2.0, "0.530669"), (2.5, "0.164647"), (3.0, "0.048626"), (3.5, "0.182604")],
)
def test_figure_3_4_losses_to_six_digits(b, printed):
    x, y = datasets.chapter3_line()
    loss = float(regression.mse(2.0 * x + b, y))
    assert f"{loss:.6f}" == printed


def test_chapter_lines_table_matches_the_data():
    x, y = datasets.chapter3_line()
    for w, b, printed in datasets.CHAPTER_LINES:
        assert round(float(regression.mse(w * x + b, y)), 6) == printed


def test_chapter3_line_data_shape_and_noise():
    x, y = datasets.chapter3_line()
    assert x.shape == y.shape == (50,)
    assert x.dtype == y.dtype == np.float64
    assert_allclose(x, np.linspace(0.0, 1.0, 50))
    noise = y - (2.0 * x + 3.0)
    assert noise.min() >= -0.5 and noise.max() <= 0.5
    assert_allclose(noise.mean(), -0.01795675, rtol=0, atol=1e-12)
    assert_allclose(np.mean(noise**2), 0.0972515, rtol=0, atol=1e-12)
    # deterministic: the same points every time
    x2, y2 = datasets.chapter3_line()
    assert np.array_equal(x, x2) and np.array_equal(y, y2)


def test_figure_3_5_slice_in_b():
    x, y = datasets.chapter3_line()
    bs = np.arange(2.0, 3.95 + 1e-9, 0.05)
    assert bs.size == 40
    curve = regression.loss_grid(x, y, [2.0], bs)[:, 0]
    assert_allclose(curve[0], 0.530669, atol=5e-7)  # "about 0.53" at b = 2
    lowest = int(np.argmin(curve))
    assert abs(bs[lowest] - 3.0) < 0.051
    assert f"{curve.min():.3f}" == "0.049"
    assert np.all(np.diff(curve[: lowest + 1]) < 0)  # down ...
    assert np.all(np.diff(curve[lowest:]) > 0)  # ... and back up
    assert curve[-1] > 0.4  # b = 3.95 is far up the other side
    # a parabola: constant second differences
    assert_allclose(np.diff(curve, 2), np.diff(curve, 2)[0], rtol=1e-6)


def test_figure_3_6_slice_in_w():
    x, y = datasets.chapter3_line()
    ws = np.arange(1.0, 2.95 + 1e-9, 0.05)
    assert ws.size == 40
    curve = regression.loss_grid(x, y, ws, [3.0])[0]
    assert f"{curve[0]:.3f}" == "0.218"  # "about 0.218" at w = 1
    lowest = int(np.argmin(curve))
    assert abs(ws[lowest] - 2.0) < 0.051
    assert f"{curve.min():.3f}" == "0.049"
    assert f"{curve[-1]:.2f}" == "0.20"  # the figure's last point, w = 2.95
    assert np.all(np.diff(curve[: lowest + 1]) < 0) and np.all(np.diff(curve[lowest:]) > 0)
    # flatter than the b slice: the same step of 1 from the minimum costs less in w
    b_curve = regression.loss_grid(x, y, [2.0], [2.0, 3.0])[:, 0]
    assert curve[0] - curve.min() < b_curve[0] - b_curve[1]


# --- 3.2: Table 3-1 ------------------------------------------------------------------------------


def test_table_3_1_absolute_against_squared():
    labels = np.array([1.0, 1.0, 1.0])
    first, second = np.array([1.0, 2.0, 3.0]), np.array([1.0, 3.0, 3.0])
    abs_1 = losses.absolute(labels, first).sum()
    abs_2 = losses.absolute(labels, second).sum()
    sq_1 = losses.squared(labels, first).sum()
    sq_2 = losses.squared(labels, second).sum()
    assert (abs_1, abs_2, sq_1, sq_2) == (3.0, 4.0, 5.0, 8.0)
    assert round(abs_2 / abs_1, 2) == 1.33
    assert sq_2 / sq_1 == 1.6
    assert sq_2 / sq_1 > abs_2 / abs_1  # squared error punishes the larger miss harder


# --- 3.3: Table 3-2, information and entropy -------------------------------------------------


def test_table_3_2_information_and_entropy():
    p = np.array([0.7, 0.2, 0.1])
    info = classification.information(p)
    assert [f"{v:.2f}" for v in info] == ["0.36", "1.61", "2.30"]
    h = float(classification.entropy(p))
    # The chapter's H = 0.804 is the sum over its *rounded* informations,
    # 0.7 * 0.36 + 0.2 * 1.61 + 0.1 * 2.30; the exact entropy is 0.8018.
    assert f"{np.sum(p * np.round(info, 2)):.3f}" == "0.804"
    assert f"{h:.4f}" == "0.8018"
    assert abs(h - 0.804) < 0.0025
    assert_allclose(h, np.sum(p * info))  # entropy is the expected information


# --- 3.3: the four students ------------------------------------------------------------------


def test_students_a_and_b_binary():
    a = classification.binary_cross_entropy(1.0, 0.6)
    b = classification.binary_cross_entropy(1.0, 0.7)
    assert f"{float(a):.2f}" == "0.51"
    assert f"{float(b):.2f}" == "0.36"
    assert b < a  # the surer right answer costs less


def test_students_c_and_d_three_classes():
    fail = np.array([0.0, 0.0, 1.0])
    c = classification.cross_entropy(fail, [0.2, 0.5, 0.3])
    d = classification.cross_entropy(fail, [0.2, 0.2, 0.6])
    assert f"{float(c):.2f}" == "1.20"
    assert f"{float(d):.2f}" == "0.51"
    # batched: one loss per row, the chapter's J is the sum
    both = classification.cross_entropy(fail, [[0.2, 0.5, 0.3], [0.2, 0.2, 0.6]])
    assert both.shape == (2,)
    assert_allclose(both.sum(), float(c) + float(d))


def test_cross_entropy_is_entropy_plus_kl():
    p = np.array([0.7, 0.2, 0.1])
    q = np.array([0.2, 0.5, 0.3])
    assert_allclose(
        classification.cross_entropy(p, q),
        classification.entropy(p) + classification.kl_divergence(p, q),
    )


# --- 3.3: Figure 3-10, the binary curves -----------------------------------------------------


def test_figure_3_10_binary_curves_cross_at_one_half():
    a = np.linspace(0.01, 0.99, 99)
    y0 = classification.binary_cross_entropy(0.0, a)
    y1 = classification.binary_cross_entropy(1.0, a)
    assert_allclose(y0, -np.log(1.0 - a))
    assert_allclose(y1, -np.log(a))
    middle = 49
    assert a[middle] == pytest.approx(0.5)
    assert_allclose(y0[middle], np.log(2.0))
    assert_allclose(y1[middle], np.log(2.0))
    assert f"{np.log(2.0):.2f}" == "0.69"
    # the curves cross exactly once, at the middle
    sign = np.sign(y1 - y0)
    assert np.all(sign[:middle] > 0) and np.all(sign[middle + 1 :] < 0)
    # about 4.6 at the ends
    assert f"{y1[0]:.1f}" == "4.6" and f"{y0[-1]:.1f}" == "4.6"
    assert y1[-1] < 0.011 and y0[0] < 0.011


# --- the other presets -------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(datasets.PRESETS))
def test_presets_are_deterministic_float_pairs(name):
    x, y = datasets.PRESETS[name]()
    assert x.dtype == y.dtype == np.float64
    assert x.ndim == 1 and x.shape == y.shape and x.size >= 3
    assert np.all(np.isfinite(x)) and np.all(np.isfinite(y))
    x2, y2 = datasets.PRESETS[name]()
    assert np.array_equal(x, x2) and np.array_equal(y, y2)
    regression.least_squares(x, y)  # every preset has a best line


def test_outlier_preset_moves_one_point_of_the_chapter_data():
    x, y = datasets.chapter3_line()
    xo, yo = datasets.chapter3_outlier()
    assert np.array_equal(x, xo)
    moved = np.flatnonzero(y != yo)
    assert moved.tolist() == [44] and yo[44] == 0.0
    assert_allclose(x[44], 0.9, atol=0.01)
