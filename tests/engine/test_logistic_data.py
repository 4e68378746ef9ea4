"""The "why not MSE" data set: deterministic, binary, and a bowl for cross-entropy."""

import numpy as np
from numpy.testing import assert_allclose
from sklearn.linear_model import LogisticRegression

from lossstudio.engine.classification import logistic_losses
from lossstudio.engine.logistic_data import logistic_dataset


def test_shape_labels_and_determinism():
    x, y = logistic_dataset()
    assert x.shape == y.shape == (10,)
    assert set(np.unique(y)) == {0.0, 1.0}
    x2, y2 = logistic_dataset()
    assert_allclose(x, x2)
    assert_allclose(y, y2)


def test_cross_entropy_minimum_is_finite_and_matches_scikit_learn():
    x, y = logistic_dataset()
    model = LogisticRegression(C=np.inf, tol=1e-10, max_iter=10_000).fit(x[:, None], y)
    w, b = float(model.coef_[0, 0]), float(model.intercept_[0])
    assert 0 < w < 6 and -6 < b < 6  # inside the tab's maps
    ws = w + np.linspace(-0.5, 0.5, 11)
    _, j_ce = logistic_losses(x, y, ws, b)
    assert np.argmin(j_ce) == 5


def test_mse_flattens_where_the_sigmoid_saturates():
    x, y = logistic_dataset()
    ws = np.array([-6.0, -5.5, 0.0])
    j_mse, j_ce = logistic_losses(x, y, ws, 0.0)
    assert abs(j_mse[0] - j_mse[1]) < 0.005  # a plateau
    assert abs(j_ce[0] - j_ce[1]) > 0.3  # still a slope
