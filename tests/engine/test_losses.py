"""The six sample losses of chapter 3.1: registry, scikit-learn agreement, derivatives, edges."""

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose
from sklearn.metrics import hinge_loss
from sklearn.metrics import log_loss as sk_log_loss

from lossstudio.engine import losses
from lossstudio.engine.losses import LOSSES

fast = settings(max_examples=50, deadline=None)

H = 1e-6  # central-difference step


def central(f, a):
    return (f(a + H) - f(a - H)) / (2 * H)


# --- the registry ------------------------------------------------------------------------------


def test_registry_holds_the_six_in_the_chapters_order():
    assert list(LOSSES) == ["zero_one", "absolute", "hinge", "log", "squared", "exponential"]
    for key, loss in LOSSES.items():
        assert loss.key == key
        assert loss.name and loss.name_zh and loss.formula
        assert callable(loss.function) and callable(loss.derivative)
    assert LOSSES["log"].function is losses.log_loss
    assert LOSSES["hinge"].function is losses.hinge
    assert LOSSES["absolute"].labels is None and LOSSES["squared"].labels is None
    assert LOSSES["log"].labels == (0.0, 1.0)
    assert LOSSES["hinge"].labels == LOSSES["exponential"].labels == (-1.0, 1.0)
    assert LOSSES["hinge"].name_zh == "铰链/折页损失"
    assert LOSSES["squared"].name_zh == "平方损失"


def test_the_formulas_as_the_chapter_writes_them():
    y = np.array([1.0, -1.0, 1.0, -1.0])
    a = np.array([0.3, 0.2, -2.0, 1.0])
    assert_allclose(losses.zero_one([1, 2, 3], [1, 0, 3]), [0.0, 1.0, 0.0])
    assert_allclose(losses.absolute(y, a), np.abs(y - a))
    assert_allclose(losses.hinge(y, a), [0.7, 1.2, 3.0, 2.0])
    assert_allclose(losses.squared(y, a), (y - a) ** 2)
    assert_allclose(losses.exponential(y, a), np.exp(-y * a))
    assert_allclose(losses.log_loss([1.0, 0.0], [0.6, 0.6]), [-np.log(0.6), -np.log(0.4)])


@pytest.mark.parametrize("key", list(LOSSES))
def test_losses_broadcast_and_return_float64(key):
    labels = np.array([[1.0], [0.0]]) if key == "log" else np.array([[1.0], [-1.0]])
    a = np.array([0.2, 0.5, 0.8])
    loss = LOSSES[key]
    for function in (loss.function, loss.derivative):
        values = function(labels, a)
        assert values.shape == (2, 3) and values.dtype == np.float64
        one_by_one = [[function(labels[i, 0], a[j]) for j in range(3)] for i in range(2)]
        assert_allclose(values, one_by_one, rtol=1e-15)


# --- agreement with scikit-learn ---------------------------------------------------------------

probability = st.floats(1e-6, 1.0 - 1e-6)
score = st.floats(-20.0, 20.0, allow_nan=False)


@fast
@given(st.lists(st.tuples(st.sampled_from([0.0, 1.0]), probability), min_size=1, max_size=40))
def test_log_loss_mean_matches_sklearn(pairs):
    y, a = np.array(pairs).T
    expected = sk_log_loss(y, a, labels=[0.0, 1.0])
    assert_allclose(np.mean(losses.log_loss(y, a)), expected, rtol=1e-10)


@fast
@given(st.lists(st.tuples(st.sampled_from([-1.0, 1.0]), score), min_size=1, max_size=40))
def test_hinge_mean_matches_sklearn(pairs):
    y, a = np.array(pairs).T
    assume(np.unique(y).size == 2)  # sklearn's binary hinge_loss reads labels from y alone
    expected = hinge_loss(y, a)
    assert_allclose(np.mean(losses.hinge(y, a)), expected, rtol=1e-12, atol=1e-12)


# --- derivatives against central differences ---------------------------------------------------


@fast
@given(y=st.floats(-5.0, 5.0), a=st.floats(-5.0, 5.0))
def test_real_label_derivatives(y, a):
    assume(abs(a - y) > 1e-3)  # away from the kink of |y - a| and from y = a
    for key in ("zero_one", "absolute", "squared"):
        loss = LOSSES[key]
        numeric = central(lambda a_, loss=loss: loss.function(y, a_), a)
        assert_allclose(loss.derivative(y, a), numeric, rtol=1e-6, atol=1e-6, err_msg=key)


@fast
@given(y=st.sampled_from([-1.0, 1.0]), a=st.floats(-5.0, 5.0))
def test_plus_minus_one_label_derivatives(y, a):
    assume(abs(1.0 - y * a) > 1e-3)  # away from the hinge's kink
    for key in ("hinge", "exponential"):
        loss = LOSSES[key]
        numeric = central(lambda a_, loss=loss: loss.function(y, a_), a)
        assert_allclose(loss.derivative(y, a), numeric, rtol=1e-6, atol=1e-6, err_msg=key)


@fast
@given(y=st.sampled_from([0.0, 1.0]), a=st.floats(0.01, 0.99))
def test_log_loss_derivative(y, a):
    loss = LOSSES["log"]
    numeric = central(lambda a_: loss.function(y, a_), a)
    assert_allclose(loss.derivative(y, a), numeric, rtol=1e-6)
    assert_allclose(loss.derivative(y, a), (a - y) / (a * (1 - a)), rtol=1e-12)


def test_derivatives_vectorised():
    y = np.array([1.0, -1.0, 1.0])
    a = np.array([0.5, 0.5, 2.0])
    assert_allclose(losses.hinge_derivative(y, a), [-1.0, 1.0, 0.0])
    assert_allclose(losses.absolute_derivative(y, a), [-1.0, 1.0, 1.0])
    assert_allclose(losses.squared_derivative(y, a), 2 * (a - y))
    assert_allclose(losses.exponential_derivative(y, a), -y * np.exp(-y * a))


# --- the margin form t = y a -------------------------------------------------------------------

KINKS = {"zero_one": 0.0, "absolute": 1.0, "hinge": 1.0}


@fast
@given(t=st.floats(-5.0, 5.0))
def test_margin_derivatives(t):
    for key, loss in LOSSES.items():
        if key in KINKS:
            assume(abs(t - KINKS[key]) > 1e-3)
        numeric = central(loss.margin, t)
        assert_allclose(loss.margin_derivative(t), numeric, rtol=1e-6, atol=1e-6, err_msg=key)


@fast
@given(y=st.sampled_from([-1.0, 1.0]), a=st.floats(-5.0, 5.0))
def test_margin_form_equals_the_sample_loss_for_plus_minus_one_labels(y, a):
    for key in ("absolute", "hinge", "squared", "exponential"):
        loss = LOSSES[key]
        assert_allclose(loss.margin(y * a), loss.function(y, a), rtol=1e-12, atol=1e-12)


@fast
@given(y=st.sampled_from([-1.0, 1.0]), s=st.floats(-12.0, 12.0))
def test_margin_log_is_the_log_loss_of_a_sigmoid_over_ln2(y, s):
    a = 1.0 / (1.0 + np.exp(-s))  # the probability of the class y = +1 (1 - a rounds for big s)
    label = (y + 1.0) / 2.0  # -1 -> 0, +1 -> 1
    expected = losses.log_loss(label, a) / np.log(2.0)
    assert_allclose(LOSSES["log"].margin(y * s), expected, rtol=1e-6, atol=1e-12)


def test_margin_shapes_the_textbook_plot():
    t = np.array([-2.0, 0.0, 0.5, 1.0, 2.0])
    assert_allclose(LOSSES["zero_one"].margin(t), [1, 1, 0, 0, 0])
    assert_allclose(LOSSES["hinge"].margin(t), [3.0, 1.0, 0.5, 0.0, 0.0])
    assert_allclose(LOSSES["log"].margin(0.0), 1.0)  # through 1 at t = 0
    assert np.all(LOSSES["log"].margin(t) >= LOSSES["zero_one"].margin(t))
    # no overflow warning far out
    assert np.isfinite(LOSSES["log"].margin(-1e4))
    assert LOSSES["exponential"].margin(-1e4) == np.inf


# --- edges: clean answers, no warnings (pytest turns warnings into errors) ---------------------


def test_log_loss_at_zero_and_one():
    y = np.array([0.0, 1.0, 1.0, 0.0])
    a = np.array([0.0, 1.0, 0.0, 1.0])
    values = losses.log_loss(y, a)
    assert values[0] == 0.0 and values[1] == 0.0  # 0 ln 0 = 0
    assert values[2] == np.inf and values[3] == np.inf  # the true class at probability 0
    assert not np.any(np.isnan(values))


def test_log_loss_derivative_at_the_ends_is_clean():
    d = losses.log_loss_derivative([0.0, 1.0, 1.0, 0.0], [0.0, 1.0, 0.0, 1.0])
    assert_allclose(d[:2], [1.0, -1.0])
    assert d[2] == -np.inf and d[3] == np.inf


@pytest.mark.parametrize(("y", "a"), [(1.0, 1.5), (1.0, -0.1), (2.0, 0.5), (-1.0, 0.5)])
def test_log_loss_refuses_values_outside_zero_one(y, a):
    with pytest.raises(ValueError, match=r"probabilities in \[0, 1\]"):
        losses.log_loss(y, a)


def test_exponential_overflows_to_inf_without_warning():
    assert losses.exponential(-1.0, 1000.0) == np.inf
    assert losses.exponential_derivative(-1.0, 1000.0) == np.inf


@pytest.mark.parametrize("key", list(LOSSES))
def test_shapes_that_do_not_broadcast(key):
    with pytest.raises(ValueError, match="shapes do not match"):
        LOSSES[key].function([0.0, 1.0, 1.0], [0.5, 0.5])
    with pytest.raises(ValueError, match="shapes do not match"):
        LOSSES[key].derivative([0.0, 1.0, 1.0], [0.5, 0.5])


def test_text_is_refused_readably():
    with pytest.raises(ValueError, match="must be numbers"):
        losses.squared("one", 1.0)
