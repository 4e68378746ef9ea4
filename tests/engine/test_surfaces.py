"""The descent surfaces: values agree with the regression engine, gradients with finite
differences, minima are minima."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from lossstudio.engine import datasets, regression, surfaces


def all_surfaces():
    return [
        surfaces.chapter_surface(),
        surfaces.data_surface(*datasets.negative_slope()),
        surfaces.data_surface(*datasets.three_points()),
        surfaces.bowl_surface(1.0),
        surfaces.bowl_surface(30.0),
        surfaces.banana_surface(),
    ]


@pytest.mark.parametrize("surface", all_surfaces(), ids=lambda s: s.kind)
def test_gradient_matches_central_differences(surface):
    rng = np.random.default_rng(0)
    w_min, w_max, b_min, b_max = surface.view
    for _ in range(20):
        point = np.array([rng.uniform(w_min, w_max), rng.uniform(b_min, b_max)])
        h = 1e-6
        numeric = [
            (surface.value(*(point + h * e)) - surface.value(*(point - h * e))) / (2 * h)
            for e in np.eye(2)
        ]
        assert_allclose(surface.gradient(point), numeric, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("surface", all_surfaces(), ids=lambda s: s.kind)
def test_minimum_is_the_smallest_value_and_has_zero_gradient(surface):
    assert_allclose(surface.gradient(np.array(surface.minimum)), [0.0, 0.0], atol=1e-9)
    _, _, grid = surface.grid(101)
    assert float(surface.value(*surface.minimum)) <= grid.min() + 1e-12
    w_min, w_max, b_min, b_max = surface.view
    assert w_min < surface.minimum[0] < w_max and b_min < surface.minimum[1] < b_max
    assert w_min < surface.start[0] < w_max and b_min < surface.start[1] < b_max


def test_chapter_surface_agrees_with_the_regression_engine_and_the_chapter():
    x, y = datasets.chapter3_line()
    surface = surfaces.chapter_surface()
    ws, bs = np.linspace(0, 4, 9), np.linspace(1, 5, 7)
    assert_allclose(surface.value(ws[None, :], bs[:, None]), regression.loss_grid(x, y, ws, bs))
    for w, b, printed in datasets.CHAPTER_LINES:
        assert round(float(surface.value(w, b)), 6) == printed
    for w, b in [(0.3, 4.0), (2.5, 1.5)]:
        assert_allclose(surface.gradient([w, b]), regression.mse_gradient(x, y, w, b))
    assert_allclose(surface.minimum, regression.least_squares(x, y))
    assert surface.view == pytest.approx((0.0, 4.0, 1.0, 5.0), abs=0.3)


def test_values_are_vectorised_and_path_values_follow_the_path():
    surface = surfaces.banana_surface()
    path = np.array([[0.0, 0.0], [1.0, 1.0], [-1.0, 2.0]])
    assert_allclose(surface.path_values(path), [1.0, 0.0, 4.0 + 100.0])
    assert surface.value(np.zeros((3, 4)), 1.0).shape == (3, 4)


def test_bowl_condition_number_is_the_curvature_ratio():
    surface = surfaces.bowl_surface(25.0)
    hessian = np.array([surface.gradient(e) for e in np.eye(2)]).T
    eigenvalues = np.linalg.eigvalsh(hessian)
    assert eigenvalues.max() / eigenvalues.min() == pytest.approx(25.0)
    with pytest.raises(ValueError):
        surfaces.bowl_surface(0.5)
    with pytest.raises(ValueError):
        surfaces.bowl_surface(float("nan"))


def test_levels_rise_from_the_minimum_and_grow_apart():
    surface = surfaces.chapter_surface()
    levels = surface.levels(12)
    low = float(surface.value(*surface.minimum))
    assert np.all(levels > low) and np.all(np.diff(levels) > 0)
    assert np.all(np.diff(np.diff(levels)) > 0)


def test_data_surface_refuses_a_vertical_data_set():
    assert not surfaces.has_distinct_x([1.0, 1.0])
    assert surfaces.has_distinct_x([0.0, 1.0])
    with pytest.raises(ValueError):
        surfaces.data_surface([1.0, 1.0], [0.0, 2.0])


def test_far_points_give_finite_or_infinite_values_without_warnings():
    surface = surfaces.banana_surface()
    assert np.isinf(surface.value(1e200, 0.0))
    assert not np.all(np.isfinite(surface.gradient([1e200, 1e200])))


def test_line_is_the_chapters_model():
    assert_allclose(surfaces.line(2.0, 3.0, [0.0, 0.5, 1.0]), [3.0, 4.0, 5.0])
