"""Information, entropy, KL divergence and cross-entropy (3.3) against scipy, and their edges."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose
from scipy.special import rel_entr
from scipy.stats import entropy as scipy_entropy

from lossstudio.engine import classification

fast = settings(max_examples=50, deadline=None)


@st.composite
def distributions(draw, size=None, zeros=True):
    n = size if size is not None else draw(st.integers(1, 8))
    low = 0.0 if zeros else 1e-3
    weights = np.array(draw(st.lists(st.floats(low, 1.0), min_size=n, max_size=n)))
    if zeros:
        weights[draw(st.integers(0, n - 1))] += 0.1  # never all zero
    return weights / weights.sum()


@fast
@given(distributions())
def test_entropy_matches_scipy(p):
    assert_allclose(classification.entropy(p), scipy_entropy(p), rtol=1e-12, atol=1e-15)


@fast
@given(st.integers(1, 6).flatmap(lambda n: st.tuples(distributions(n), distributions(n, False))))
def test_kl_divergence_matches_rel_entr(pair):
    p, q = pair
    assert_allclose(
        classification.kl_divergence(p, q), np.sum(rel_entr(p, q)), rtol=1e-10, atol=1e-14
    )
    assert classification.kl_divergence(p, q) >= -1e-14  # Gibbs' inequality
    assert_allclose(classification.kl_divergence(p, p), 0.0, atol=1e-14)


@fast
@given(st.integers(1, 6).flatmap(lambda n: st.tuples(distributions(n), distributions(n, False))))
def test_cross_entropy_is_entropy_plus_kl(pair):
    p, q = pair
    assert_allclose(
        classification.cross_entropy(p, q),
        scipy_entropy(p) + np.sum(rel_entr(p, q)),
        rtol=1e-10,
        atol=1e-14,
    )


@fast
@given(st.lists(distributions(4, zeros=False), min_size=1, max_size=5))
def test_cross_entropy_per_row_and_one_hot(rows):
    a = np.array(rows)
    classes = np.arange(a.shape[0]) % 4
    y = np.eye(4)[classes]
    losses = classification.cross_entropy(y, a)
    assert losses.shape == (a.shape[0],)
    assert_allclose(losses, -np.log(a[np.arange(a.shape[0]), classes]), rtol=1e-12)


@fast
@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0))
def test_binary_cross_entropy_is_two_class_cross_entropy(y, a):
    two_class = classification.cross_entropy([y, 1.0 - y], [a, 1.0 - a])
    assert_allclose(classification.binary_cross_entropy(y, a), two_class, rtol=1e-12, atol=1e-15)


def test_information():
    assert_allclose(classification.information([1.0, 0.5]), [0.0, np.log(2.0)])
    assert classification.information(0.0) == np.inf  # no divide warning


# --- edges -------------------------------------------------------------------------------------


def test_entropy_with_zero_entries():
    assert classification.entropy([1.0, 0.0, 0.0]) == 0.0
    assert_allclose(classification.entropy([0.5, 0.0, 0.5]), np.log(2.0))
    assert_allclose(classification.entropy([[1.0, 0.0], [0.5, 0.5]]), [0.0, np.log(2.0)])


def test_cross_entropy_with_the_true_class_at_zero_is_inf():
    loss = classification.cross_entropy([0.0, 0.0, 1.0], [0.5, 0.5, 0.0])
    assert loss == np.inf
    # a zero probability on a wrong class is harmless: 0 ln 0 = 0
    assert_allclose(classification.cross_entropy([0.0, 1.0], [0.0, 1.0]), 0.0)


def test_kl_with_q_zero_where_p_is_not_is_inf():
    assert classification.kl_divergence([0.5, 0.5], [1.0, 0.0]) == np.inf
    assert_allclose(classification.kl_divergence([1.0, 0.0], [0.5, 0.5]), np.log(2.0))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: classification.entropy([]), "empty"),
        (lambda: classification.cross_entropy([], []), "empty"),
        (lambda: classification.kl_divergence([], []), "empty"),
        (lambda: classification.cross_entropy([0, 1], [0.2, 0.3, 0.5]), "shapes do not match"),
        (lambda: classification.kl_divergence([0.5, 0.5], [1.0, 0, 0]), "shapes do not match"),
        (lambda: classification.entropy([0.5, 1.5]), r"probabilities in \[0, 1\]"),
        (lambda: classification.entropy([-0.5, 1.5]), r"probabilities in \[0, 1\]"),
        (lambda: classification.information(1.2), r"probabilities in \[0, 1\]"),
        (lambda: classification.cross_entropy([0, 1], [1.2, -0.2]), r"probabilities in \[0, 1\]"),
        (lambda: classification.cross_entropy([2, -1], [0.5, 0.5]), r"probabilities in \[0, 1\]"),
        (lambda: classification.kl_divergence([0.5, 0.5], [2.0, 0]), r"probabilities in \[0, 1\]"),
        (lambda: classification.binary_cross_entropy(1.0, 1.01), r"probabilities in \[0, 1\]"),
    ],
)
def test_clear_errors(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# --- the closing question: sigmoid outputs -----------------------------------------------------


def test_sigmoid_is_stable_at_the_extremes():
    values = classification.sigmoid([-1000.0, 0.0, 1000.0])
    assert_allclose(values, [0.0, 0.5, 1.0])


@given(st.sampled_from([0.0, 1.0]), st.floats(-8.0, 8.0))
@fast
def test_output_gradients_against_central_differences(y, z):
    h = 1e-6

    def mse_of(z_):
        return 0.5 * (classification.sigmoid(z_) - y) ** 2

    def ce_of(z_):
        return classification.binary_cross_entropy(y, classification.sigmoid(z_))

    a = classification.sigmoid(z)
    d_mse, d_ce = classification.output_gradients(y, a)
    assert_allclose(d_mse, (mse_of(z + h) - mse_of(z - h)) / (2 * h), rtol=1e-5, atol=1e-9)
    assert_allclose(d_ce, (ce_of(z + h) - ce_of(z - h)) / (2 * h), rtol=1e-5, atol=1e-8)


def test_logistic_losses_match_direct_evaluation():
    x = np.array([-2.0, -1.0, 0.5, 3.0])
    y = np.array([0.0, 0.0, 1.0, 1.0])
    j_mse, j_ce = classification.logistic_losses(x, y, np.array([0.5, 2.0]), 0.1)
    for k, w in enumerate([0.5, 2.0]):
        a = 1.0 / (1.0 + np.exp(-(w * x + 0.1)))
        assert_allclose(j_mse[k], np.mean((a - y) ** 2) / 2)
        assert_allclose(j_ce[k], np.mean(-(y * np.log(a) + (1 - y) * np.log(1 - a))))
    # far out no overflow: the cross-entropy grows linearly, the squared error saturates
    j_mse, j_ce = classification.logistic_losses(x, y, -500.0, 0.0)
    assert np.isfinite(j_ce) and j_ce > 100 and j_mse <= 0.5
