"""The squared loss, its gradient and its grid from the data's moments (O(1) per line)."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from lossstudio.engine import regression as engine


@pytest.fixture(params=[0.0, 1e3], ids=["near 0", "far from 0"])
def data(request):
    rng = np.random.default_rng(11)
    x = request.param + rng.uniform(0, 2, 20_001)  # more than one block of the one pass
    y = 1.5 * x - 4 + rng.normal(0, 0.3, x.size)
    return x, y


def brute(x, y, w, b):
    return np.mean((w * x + b - y) ** 2) / 2


def test_loss_at_is_the_chapter_mse(data):
    x, y = data
    stats = engine.moments(x, y)
    for w, b in [(1.5, -4.0), (0.0, 0.0), (-3.0, 7.5), (1.49, -3.9)]:
        assert float(engine.loss_at(stats, w, b)) == pytest.approx(brute(x, y, w, b), rel=1e-9)
    ws = np.linspace(-2, 3, 7)
    assert_allclose(engine.loss_at(stats, ws, 1.0), [brute(x, y, w, 1.0) for w in ws], rtol=1e-9)


def test_gradient_at_matches_the_sums(data):
    x, y = data
    stats = engine.moments(x, y)
    w, b = 0.7, 2.0
    residual = w * x + b - y
    d_w, d_b = engine.gradient_at(stats, w, b)
    assert float(d_w) == pytest.approx(np.mean(residual * x), rel=1e-9)
    assert float(d_b) == pytest.approx(np.mean(residual), rel=1e-9)
    assert_allclose(engine.mse_gradient(x, y, w, b), (d_w, d_b))


def test_grid_from_moments_is_loss_grid(data):
    x, y = data
    ws, bs = np.linspace(0, 3, 5), np.linspace(-10, 2, 4)
    grid = engine.grid_from_moments(engine.moments(x, y), ws, bs)
    assert_allclose(grid, engine.loss_grid(x, y, ws, bs))
    assert grid[2, 3] == pytest.approx(brute(x, y, ws[3], bs[2]), rel=1e-9)


def test_all_x_equal():
    x, y = np.full(5, 2.0), np.arange(5.0)
    stats = engine.moments(x, y)
    assert float(engine.loss_at(stats, 3.0, 1.0)) == pytest.approx(brute(x, y, 3.0, 1.0))
    grid = engine.grid_from_moments(stats, [0.0, 1.0], [0.0])
    assert_allclose(grid[0], [brute(x, y, 0.0, 0.0), brute(x, y, 1.0, 0.0)])
