"""The catalog's curves: the six losses over a, tangents, and 1-D gradient descent (Figure 3-1)."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from lossstudio.engine.curves import (
    descend_1d,
    loss_slope,
    loss_value,
    prediction_range,
    sample,
    tangent,
)
from lossstudio.engine.losses import LOSSES


@pytest.mark.parametrize("key", list(LOSSES))
def test_curves_are_the_engine_losses(key):
    y = 1.0
    a, values = sample(key, y)
    assert np.all(np.isfinite(values))
    if key == "zero_one":
        assert_allclose(values, LOSSES[key].function(y, np.sign(a)))
    else:
        assert_allclose(values, LOSSES[key].function(y, a))


def test_zero_one_is_the_loss_of_the_predicted_class():
    a = np.array([-2.0, -0.1, 0.0, 0.1, 2.0])
    assert_allclose(loss_value("zero_one", 1.0, a), [1, 1, 1, 0, 0])
    assert_allclose(loss_value("zero_one", -1.0, a), [0, 0, 1, 1, 1])
    # and it agrees with the margin form t = y a that scikit-learn plots
    assert_allclose(loss_value("zero_one", 1.0, a), LOSSES["zero_one"].margin(a))


def test_tangent_touches_the_curve_with_the_derivative_as_slope():
    a0 = 0.3
    value, slope = float(loss_value("log", 1.0, a0)), float(loss_slope("log", 1.0, a0))
    assert_allclose(tangent(a0, value, slope, [a0]), [value])
    assert_allclose(np.diff(tangent(a0, value, slope, [0.0, 1.0])), [slope])
    assert np.all(np.isnan(tangent(0.0, np.inf, -np.inf, [0.0, 1.0])))


@pytest.mark.parametrize(
    ("key", "y", "start", "rate"),
    [
        ("squared", 1.0, -1.5, 0.2),
        ("exponential", 1.0, -1.0, 0.3),
        ("hinge", -1.0, 2.0, 0.25),
        ("log", 1.0, 0.2, 0.02),
        ("absolute", 0.5, 2.0, 0.3),
    ],
)
def test_descent_follows_the_update_rule_exactly(key, y, start, rate):
    descent = descend_1d(key, y, start, rate, 5)
    path = descent.path
    for k in range(descent.steps):
        expected = path[k] - rate * float(LOSSES[key].derivative(y, path[k]))
        assert path[k + 1] == expected
    assert_allclose(descent.values, LOSSES[key].function(y, path))
    assert_allclose(descent.slopes, LOSSES[key].derivative(y, path))


def test_squared_descent_contracts_by_one_minus_two_eta():
    descent = descend_1d("squared", 1.0, -1.5, 0.2, 5)
    assert descent.status == "running" and descent.steps == 5
    assert_allclose(descent.path - 1.0, -2.5 * 0.6 ** np.arange(6))
    assert descent.overshoots == 0 and not descent.loss_rose


def test_too_large_a_step_overshoots_then_diverges_without_warnings():
    growing = descend_1d("squared", 1.0, -1.5, 1.2, 5)
    assert growing.overshoots == 5 and growing.loss_rose
    runaway = descend_1d("squared", 1.0, -1.5, 9.0, 50)
    assert runaway.status == "diverged"
    assert np.all(np.isfinite(runaway.path))
    exploding = descend_1d("exponential", 1.0, -3.0, 10.0, 50)
    assert exploding.status in ("diverged", "running")


def test_log_loss_descent_stops_at_the_edge_of_its_range():
    descent = descend_1d("log", 1.0, 0.2, 0.05, 50)
    assert descent.status == "left_domain"
    assert descent.next_point > 1.0 and np.all((descent.path > 0) & (descent.path <= 1))


def test_flat_losses_stop():
    assert descend_1d("zero_one", 1.0, -1.0, 0.5, 5).status == "stopped"
    hinge = descend_1d("hinge", 1.0, -1.0, 0.5, 10)
    assert hinge.status == "stopped" and hinge.path[-1] >= 1.0
    assert descend_1d("log", 1.0, 0.0, 0.1, 5).status == "infinite"


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        descend_1d("log", 1.0, 1.5, 0.1, 3)
    with pytest.raises(ValueError):
        descend_1d("squared", 1.0, 0.0, 0.0, 3)
    with pytest.raises(ValueError):
        descend_1d("nope", 1.0, 0.0, 0.1, 3)
    assert prediction_range("log") == (0.0, 1.0)
