"""The Classification tab's derived numbers, without Qt: Table 3-2's page and "why not MSE?"."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from numpy.testing import assert_allclose
from scipy.special import expit
from scipy.stats import entropy

from lossstudio.engine.logistic_data import logistic_dataset
from lossstudio.model import classification as model
from lossstudio.model.classification_view import (
    B_AXIS,
    W_AXIS,
    Z_AXIS,
    information_view,
    loss_maps,
    why_not_mse_view,
)


def test_table_3_2():
    """p = 0.7, 0.2, 0.1: I = 0.36, 1.61, 2.30 and H = 0.804 the chapter's way (each I rounded
    first); the exact values agree with scipy."""
    state = model.ClassificationState()
    view = information_view(state)
    p, q = np.array(model.TABLE_3_2_P), np.array(model.DEFAULT_Q)
    assert_allclose(view.information_p, -np.log(p), rtol=1e-15)
    assert_allclose(view.information_q, -np.log(q), rtol=1e-15)
    rounded, chapter_h = view.table_3_2
    assert [f"{v:.2f}" for v in rounded] == ["0.36", "1.61", "2.30"]
    assert f"{chapter_h:.3f}" == "0.804"
    assert view.entropy == pytest.approx(entropy(p), rel=1e-12)  # 0.8018, not 0.804
    assert view.kl == pytest.approx(entropy(p, q), rel=1e-12)
    assert view.cross_entropy == pytest.approx(-np.sum(p * np.log(q)), rel=1e-12)
    assert view.cross_entropy == pytest.approx(view.entropy + view.kl, rel=1e-12)
    assert view.one_hot is None and not view.student_c
    assert view.sum_p == (pytest.approx(1.0), True) and view.sum_q[1]
    ps, values = view.curve
    assert ps[0] == 0.01 and ps[-1] == 1.0
    assert_allclose(values, -np.log(ps))


def test_student_c_one_hot_cross_entropy_is_kl():
    """Student C: label "fail" (one-hot), prediction (0.2, 0.5, 0.3): H(p) = 0, so H(p, q) =
    KL(p ‖ q) = -ln 0.3 = 1.20, C's loss."""
    p, q = model.STUDENT_C_PQ
    view = information_view(dataclasses.replace(model.ClassificationState(), p=p, q=q))
    assert view.one_hot == 2 and view.student_c and view.table_3_2 is None
    assert view.entropy == 0.0
    assert f"{view.cross_entropy:.2f}" == "1.20"
    assert view.cross_entropy == pytest.approx(-np.log(0.3), rel=1e-15)
    assert view.kl == pytest.approx(entropy(p, q), rel=1e-12)
    assert np.isinf(view.information_p[0])  # p = 0: I is infinite, and adds nothing to H


def test_a_row_that_is_not_a_distribution_is_said_to_be():
    view = information_view(dataclasses.replace(model.ClassificationState(), q=(0.5, 0.3, 0.1)))
    assert view.sum_q == (pytest.approx(0.9), False) and view.sum_p[1]


def direct_losses(x, y, w, b):
    """1/(2m) sum (a - y)^2 and -1/m sum [y ln a + (1 - y) ln(1 - a)], the latter written as
    ln(1 + e^z) - y z so that saturated outputs keep their digits."""
    z = w * x + b
    return np.mean((expit(z) - y) ** 2) / 2, np.mean(np.logaddexp(0.0, z) - y * z)


def test_why_not_mse_losses_and_gradients_are_the_direct_sums():
    x, y = logistic_dataset()
    state = dataclasses.replace(model.ClassificationState(), w=2.5, b=-1.25, z=3.0, target=0)
    view = why_not_mse_view(state)
    assert view.here == pytest.approx(direct_losses(x, y, 2.5, -1.25), rel=1e-12)
    ws, along_mse, along_ce = view.along_w
    assert ws is W_AXIS
    for j in (0, 37, 60, 120):
        assert (along_mse[j], along_ce[j]) == pytest.approx(
            direct_losses(x, y, ws[j], -1.25), rel=1e-12
        )
    a = expit(3.0)
    assert view.a == pytest.approx(a, rel=1e-15)
    # y = 0 and a = 0.95: confidently wrong, MSE's gradient (a - y) a (1 - a) is small
    assert view.gradient_here == pytest.approx((a * a * (1 - a), a), rel=1e-12)
    zs, grad_mse, grad_ce = view.gradients
    assert zs is Z_AXIS
    assert_allclose(grad_ce, expit(zs), rtol=1e-12)
    assert_allclose(grad_mse, expit(zs) ** 2 * (1 - expit(zs)), rtol=1e-12)
    one = why_not_mse_view(dataclasses.replace(state, target=1))
    assert one.gradient_here == pytest.approx(((a - 1) * a * (1 - a), a - 1), rel=1e-12)


def test_the_maps_are_what_the_page_says_plateaus_against_a_bowl():
    """The maps are J at every node; cross-entropy's is convex along each row and column (one
    bowl), MSE's is not (plateaus): what the page's titles and question say."""
    x, y = logistic_dataset()
    maps = loss_maps()
    assert maps.mse.values.shape == (B_AXIS.size, W_AXIS.size)
    for i, j in [(0, 0), (60, 60), (13, 101), (120, 7)]:
        expected = direct_losses(x, y, W_AXIS[j], B_AXIS[i])
        assert (maps.mse.values[i, j], maps.ce.values[i, j]) == pytest.approx(expected, rel=1e-12)
    for values, convex in ((maps.ce.values, True), (maps.mse.values, False)):
        bends = np.concatenate(
            [np.diff(values, 2, axis=0).ravel(), np.diff(values, 2, axis=1).ravel()]
        )
        assert (bends.min() >= -1e-12) == convex
    low, high = maps.mse.levels
    assert (low, high) == (maps.mse.values.min(), maps.mse.values.max())
    assert np.all((maps.mse.contours > low) & (maps.mse.contours <= high))
    assert maps.ce.levels == (maps.ce.values.min(), maps.ce.values.min() + 3.0)
    assert loss_maps() is maps  # fixed data: computed once
