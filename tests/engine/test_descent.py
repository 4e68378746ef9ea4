"""Optimizers against torch.optim's documented rules, worked by hand, and descend()'s flags.

The hand arithmetic uses the quadratic f(theta) = theta^2 (gradient g = 2 theta) from
theta_0 = 1, so every number below can be checked with a pencil. The rules, from the
torch.optim documentation (weight decay 0, maximize False):

- SGD: b_1 = g_1, b_t = mu b_{t-1} + g_t; theta -= lr b_t (nesterov: theta -= lr (g_t + mu b_t))
- Adagrad: clr = lr / (1 + (t - 1) lr_decay); s_t = s_{t-1} + g^2; theta -= clr g / (sqrt(s) + eps)
- RMSprop: v_t = alpha v_{t-1} + (1 - alpha) g^2; theta -= lr g / (sqrt(v_t) + eps)
- Adam: m_t = b1 m + (1 - b1) g; v_t = b2 v + (1 - b2) g^2;
  theta -= lr (m_t / (1 - b1^t)) / (sqrt(v_t / (1 - b2^t)) + eps)
"""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from lossstudio.engine import datasets, regression
from lossstudio.engine.descent import (
    DEFAULTS,
    OPTIMIZERS,
    TORCH_DEFAULT_LR,
    Descent,
    descend,
    make_optimizer,
)


def run(optimizer, steps, start=1.0, gradient=lambda theta: 2.0 * theta):
    """The parameters after each of ``steps`` steps, stepping the pure optimizer by hand."""
    theta = np.array([start])
    state = optimizer.init(theta)
    out = []
    for _ in range(steps):
        theta, state = optimizer.step(theta, gradient(theta), state)
        out.append(float(theta[0]))
    return out


# --- the first steps worked by hand ------------------------------------------------------------


def test_gd_by_hand():
    # theta_1 = 1 - 0.1 * 2 = 0.8; theta_2 = 0.8 - 0.1 * 1.6 = 0.64; theta_3 = 0.64 - 0.128
    assert_allclose(run(make_optimizer("gd", 0.1), 3), [0.8, 0.64, 0.512], rtol=1e-15)


def test_momentum_by_hand():
    # b_1 = 2,                     theta_1 = 1 - 0.1 * 2     = 0.8
    # g_2 = 1.6, b_2 = 1.8 + 1.6 = 3.4,   theta_2 = 0.8 - 0.34  = 0.46
    # g_3 = 0.92, b_3 = 3.06 + 0.92 = 3.98, theta_3 = 0.46 - 0.398 = 0.062
    assert_allclose(run(make_optimizer("momentum", 0.1), 3), [0.8, 0.46, 0.062], rtol=1e-13)


def test_momentum_non_default_by_hand():
    # mu = 0.5: b_1 = 2, theta_1 = 0.8; b_2 = 1 + 1.6 = 2.6, theta_2 = 0.8 - 0.26 = 0.54
    optimizer = make_optimizer("momentum", 0.1, momentum=0.5)
    assert_allclose(run(optimizer, 2), [0.8, 0.54], rtol=1e-14)


def test_nesterov_by_hand():
    # b_1 = 2, step g + mu b = 2 + 1.8 = 3.8,                 theta_1 = 1 - 0.38     = 0.62
    # g_2 = 1.24, b_2 = 1.8 + 1.24 = 3.04, step 1.24 + 2.736 = 3.976, theta_2 = 0.2224
    # g_3 = 0.4448, b_3 = 2.736 + 0.4448 = 3.1808, step 0.4448 + 2.86272 = 3.30752,
    #                                                          theta_3 = 0.2224 - 0.330752
    expected = [0.62, 0.2224, -0.108352]
    assert_allclose(run(make_optimizer("nesterov", 0.1), 3), expected, rtol=1e-12)


def test_adagrad_by_hand():
    # s_1 = 4, theta_1 = 1 - 0.1 * 2 / (2 + 1e-10)
    # g_2 = 2 theta_1 = 1.8 (to 1e-11), s_2 = 4 + 3.24 = 7.24, theta_2 = 0.9 - 0.18 / sqrt(7.24)
    theta_1 = 1 - 0.2 / (2 + 1e-10)
    theta_2 = theta_1 - 0.1 * 2 * theta_1 / (math.sqrt(4 + (2 * theta_1) ** 2) + 1e-10)
    steps = run(make_optimizer("adagrad", 0.1), 2)
    assert_allclose(steps, [theta_1, theta_2], rtol=1e-14)
    assert_allclose(steps, [0.9, 0.9 - 0.18 / math.sqrt(7.24)], rtol=1e-9)


def test_adagrad_non_default_by_hand():
    # initial sum 1, lr_decay 0.5, eps 0:
    # s_1 = 1 + 4 = 5, clr_1 = 0.1,        theta_1 = 1 - 0.1 * 2 / sqrt(5)
    # s_2 = 5 + g_2^2, clr_2 = 0.1 / 1.5,  theta_2 = theta_1 - clr_2 g_2 / sqrt(s_2)
    optimizer = make_optimizer("adagrad", 0.1, lr_decay=0.5, initial_accumulator_value=1.0, eps=0)
    theta_1 = 1 - 0.2 / math.sqrt(5)
    g_2 = 2 * theta_1
    theta_2 = theta_1 - (0.1 / 1.5) * g_2 / math.sqrt(5 + g_2**2)
    assert_allclose(run(optimizer, 2), [theta_1, theta_2], rtol=1e-14)


def test_rmsprop_by_hand():
    # lr 0.01, alpha 0.99: v_1 = 0.01 * 4 = 0.04, theta_1 = 1 - 0.01 * 2 / (0.2 + 1e-8) ~ 0.9
    # g_2 = 1.8, v_2 = 0.0396 + 0.0324 = 0.072, theta_2 = 0.9 - 0.018 / sqrt(0.072)
    theta_1 = 1 - 0.02 / (0.2 + 1e-8)
    g_2 = 2 * theta_1
    v_2 = 0.99 * 0.04 + 0.01 * g_2**2
    theta_2 = theta_1 - 0.01 * g_2 / (math.sqrt(v_2) + 1e-8)
    steps = run(make_optimizer("rmsprop", 0.01), 2)
    assert_allclose(steps, [theta_1, theta_2], rtol=1e-14)
    assert_allclose(steps, [0.9, 0.9 - 0.018 / math.sqrt(0.072)], rtol=1e-7)


def test_rmsprop_non_default_by_hand():
    # alpha 0.5, eps 0: v_1 = 0.5 * 4 = 2, theta_1 = 1 - 0.1 * 2 / sqrt(2)
    optimizer = make_optimizer("rmsprop", 0.1, alpha=0.5, eps=0.0)
    theta_1 = 1 - 0.2 / math.sqrt(2)
    g_2 = 2 * theta_1
    theta_2 = theta_1 - 0.1 * g_2 / math.sqrt(0.5 * 2 + 0.5 * g_2**2)
    assert_allclose(run(optimizer, 2), [theta_1, theta_2], rtol=1e-14)


def test_adam_by_hand():
    # m_1 = 0.1 * 2 = 0.2, v_1 = 0.001 * 4 = 0.004; m_hat = 2, v_hat = 4
    #   theta_1 = 1 - 0.1 * 2 / (2 + 1e-8) ~ 0.9          (Adam's first step is lr * sign(g))
    # g_2 = 1.8: m_2 = 0.18 + 0.18 = 0.36, v_2 = 0.003996 + 0.00324 = 0.007236
    #   m_hat = 0.36 / 0.19, v_hat = 0.007236 / 0.001999
    #   theta_2 = 0.9 - 0.1 * m_hat / sqrt(v_hat) = 0.800412...
    steps = run(make_optimizer("adam", 0.1), 2)
    theta_2 = 0.9 - 0.1 * (0.36 / 0.19) / math.sqrt(0.007236 / 0.001999)
    assert_allclose(steps, [0.9, theta_2], rtol=1e-8)
    assert steps[1] == pytest.approx(0.800412, abs=1e-6)


def test_adam_non_default_by_hand():
    # betas (0.5, 0.75), eps 0: m_1 = 1, v_1 = 1; m_hat = 2, v_hat = 4; theta_1 = 0.9
    # g_2 = 1.8: m_2 = 0.5 + 0.9 = 1.4, v_2 = 0.75 + 0.81 = 1.56
    #   m_hat = 1.4 / 0.75, v_hat = 1.56 / 0.4375, theta_2 = 0.9 - 0.1 m_hat / sqrt(v_hat)
    optimizer = make_optimizer("adam", 0.1, beta1=0.5, beta2=0.75, eps=0.0)
    theta_2 = 0.9 - 0.1 * (1.4 / 0.75) / math.sqrt(1.56 / 0.4375)
    assert_allclose(run(optimizer, 2), [0.9, theta_2], rtol=1e-14)


def test_defaults_are_torch_optims():
    assert OPTIMIZERS == ("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
    assert DEFAULTS["adam"] == {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8}
    assert DEFAULTS["rmsprop"] == {"alpha": 0.99, "eps": 1e-8}
    assert DEFAULTS["adagrad"] == {"lr_decay": 0.0, "eps": 1e-10, "initial_accumulator_value": 0.0}
    assert TORCH_DEFAULT_LR["adam"] == 1e-3 and TORCH_DEFAULT_LR["rmsprop"] == 1e-2
    assert make_optimizer("adam", 0.1).hyper == DEFAULTS["adam"]


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_adaptive_steps_act_per_coordinate(name):
    """A step on two coordinates is two independent one-coordinate steps."""
    optimizer = make_optimizer(name, 0.05)
    both = np.array([1.0, -3.0])
    scale = np.array([2.0, 20.0])  # f = theta_1^2 + 10 theta_2^2
    state = optimizer.init(both)
    for _ in range(3):
        both, state = optimizer.step(both, scale * both, state)
    first = run(optimizer, 3, start=1.0, gradient=lambda t: 2.0 * t)[-1]
    second = run(optimizer, 3, start=-3.0, gradient=lambda t: 20.0 * t)[-1]
    assert_allclose(both, [first, second], rtol=1e-14)


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_step_is_pure(name):
    """The same state stepped twice gives the same answer: paths can be replayed."""
    optimizer = make_optimizer(name, 0.1)
    theta = np.array([1.0, 2.0])
    state = optimizer.init(theta)
    theta_1, state_1 = optimizer.step(theta, 2 * theta, state)
    again, _ = optimizer.step(theta, 2 * theta, state)
    assert_allclose(again, theta_1, rtol=0)
    theta_2, _ = optimizer.step(theta_1, 2 * theta_1, state_1)
    theta_2_again, _ = optimizer.step(theta_1, 2 * theta_1, state_1)
    assert_allclose(theta_2_again, theta_2, rtol=0)
    assert_allclose(theta, [1.0, 2.0])  # the input was not modified
    assert state_1.step == 1


# --- make_optimizer refuses nonsense -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "lr", "hyper", "message"),
    [
        ("sgd", 0.1, {}, "unknown optimizer"),
        ("Adam", 0.1, {}, "unknown optimizer"),
        ("", 0.1, {}, "unknown optimizer"),
        ("gd", 0.0, {}, "learning rate"),
        ("gd", -0.1, {}, "learning rate"),
        ("gd", float("nan"), {}, "learning rate"),
        ("gd", float("inf"), {}, "learning rate"),
        ("gd", 0.1, {"momentum": 0.9}, "no hyper-parameter momentum"),
        ("adam", 0.1, {"betas": (0.9, 0.99)}, "no hyper-parameter betas"),
        ("momentum", 0.1, {"momentum": 1.0}, "momentum must be below 1"),
        ("nesterov", 0.1, {"momentum": -0.1}, "momentum must be a non-negative"),
        ("adam", 0.1, {"beta1": 1.5}, "beta1 must be below 1"),
        ("adam", 0.1, {"beta2": 1.0}, "beta2 must be below 1"),
        ("adam", 0.1, {"eps": -1e-8}, "eps must be a non-negative"),
        ("rmsprop", 0.1, {"alpha": float("nan")}, "alpha must be a non-negative"),
        ("adagrad", 0.1, {"lr_decay": float("inf")}, "lr_decay must be a non-negative"),
    ],
)
def test_make_optimizer_errors(name, lr, hyper, message):
    with pytest.raises(ValueError, match=message):
        make_optimizer(name, lr, **hyper)


def test_unknown_name_lists_the_choices():
    with pytest.raises(ValueError, match="gd, momentum, nesterov, adagrad, rmsprop, adam"):
        make_optimizer("lbfgs", 0.1)


# --- descend -----------------------------------------------------------------------------------


def chapter_gradient():
    x, y = datasets.chapter3_line()

    def gradient(params):
        d_w, d_b = regression.mse_gradient(x, y, params[0], params[1])
        return np.array([float(d_w), float(d_b)])

    return gradient


def test_descend_converges_on_an_easy_bowl():
    result = descend(lambda p: p, [3.0, -4.0], make_optimizer("gd", 0.5), 200)
    assert isinstance(result, Descent)
    assert result.converged and not result.diverged
    assert result.path.shape == (result.steps + 1, 2)
    assert_allclose(result.path[0], [3.0, -4.0])
    assert_allclose(result.path[1], [1.5, -2.0])  # theta - 0.5 theta
    assert np.linalg.norm(result.path[-1]) < 1e-6
    assert 15 < result.steps < 200  # stopped when the gradient was small, not at the limit
    assert_allclose(result.gradients, result.path)  # the gradient at each point of the path
    assert result.velocities.shape == result.path.shape


def test_descend_on_the_chapter_loss_finds_the_least_squares_line():
    x, y = datasets.chapter3_line()
    result = descend(chapter_gradient(), [0.0, 0.0], make_optimizer("momentum", 0.1), 5000)
    assert result.converged and not result.diverged
    assert_allclose(result.path[-1], regression.least_squares(x, y), atol=1e-5)


def test_descend_stops_at_the_step_limit():
    result = descend(chapter_gradient(), [0.0, 0.0], make_optimizer("gd", 0.01), 7)
    assert result.path.shape == (8, 2) and result.steps == 7
    assert not result.converged and not result.diverged
    assert descend(chapter_gradient(), [0.0, 0.0], make_optimizer("gd", 0.01), 0).path.shape == (
        1,
        2,
    )


def test_descend_velocities_follow_the_momentum_buffer():
    result = descend(lambda p: 2.0 * p, [1.0], make_optimizer("momentum", 0.1), 3)
    # b_1 = 2, b_2 = 3.4, b_3 = 3.98 (see test_momentum_by_hand); none at the start
    assert_allclose(result.velocities[:, 0], [0.0, 2.0, 3.4, 3.98], rtol=1e-13)
    assert_allclose(result.path[:, 0], [1.0, 0.8, 0.46, 0.062], rtol=1e-13)


@pytest.mark.parametrize("name", ["gd", "momentum", "nesterov"])
def test_descend_flags_divergence_at_learning_rate_ten(name):
    result = descend(chapter_gradient(), [0.0, 0.0], make_optimizer(name, 10.0), 1000)
    assert result.diverged and not result.converged
    assert result.steps < 1000
    assert np.all(np.isfinite(result.path)) and np.all(np.isfinite(result.gradients))
    # the path did run away before the flag: the last point is far from the start
    assert np.max(np.abs(result.path[-1])) > 1e3


def test_descend_from_1e150_does_not_warn():
    # the chapter's J has a linear gradient: from 1e150 the numbers stay finite
    result = descend(chapter_gradient(), [1e150, -1e150], make_optimizer("gd", 0.5), 50)
    assert np.all(np.isfinite(result.path))
    assert not result.converged
    # a gradient that overflows at once (f = theta^4) is flagged, not warned about
    result = descend(lambda p: 4.0 * p**3, [1e150], make_optimizer("gd", 0.1), 10)
    assert result.diverged and not result.converged
    assert result.path.shape == (1, 1) and result.path[0, 0] == 1e150


def test_descend_flags_a_gradient_that_becomes_nan():
    result = descend(lambda p: np.sqrt(p), [1.0], make_optimizer("gd", 2.0), 10)
    # theta_1 = 1 - 2 = -1, where sqrt is nan: stop at the last sound point
    assert result.diverged
    assert_allclose(result.path[:, 0], [1.0])


@pytest.mark.parametrize(
    ("start", "steps", "message"),
    [
        ([np.nan, 0.0], 5, "start point must be finite"),
        ([1e400, 0.0], 5, "finite"),
        ([0.0], -1, "0 or more"),
    ],
)
def test_descend_refuses_bad_input(start, steps, message):
    with pytest.raises(ValueError, match=message):
        descend(lambda p: p, start, make_optimizer("gd", 0.1), steps)
