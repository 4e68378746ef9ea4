"""The optimizers step for step against torch.optim itself (skipped where torch is absent).

Install for these tests: ``pip install torch==2.13.0`` (the CPU build; see the CI notes).
"""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from lossstudio.engine import datasets, regression
from lossstudio.engine.descent import OPTIMIZERS, descend, make_optimizer

torch = pytest.importorskip("torch")

STEPS = 8

# (our name, our hyper-parameters, the torch.optim class, its keyword arguments)
CASES = [
    ("gd", {}, "SGD", {}),
    ("momentum", {}, "SGD", {"momentum": 0.9}),
    ("momentum", {"momentum": 0.5}, "SGD", {"momentum": 0.5}),
    ("nesterov", {}, "SGD", {"momentum": 0.9, "nesterov": True}),
    ("nesterov", {"momentum": 0.3}, "SGD", {"momentum": 0.3, "nesterov": True}),
    ("adagrad", {}, "Adagrad", {}),
    (
        "adagrad",
        {"lr_decay": 0.1, "eps": 1e-6, "initial_accumulator_value": 0.5},
        "Adagrad",
        {"lr_decay": 0.1, "eps": 1e-6, "initial_accumulator_value": 0.5},
    ),
    ("rmsprop", {}, "RMSprop", {}),
    ("rmsprop", {"alpha": 0.9, "eps": 1e-4}, "RMSprop", {"alpha": 0.9, "eps": 1e-4}),
    ("adam", {}, "Adam", {}),
    (
        "adam",
        {"beta1": 0.5, "beta2": 0.9, "eps": 1e-3},
        "Adam",
        {"betas": (0.5, 0.9), "eps": 1e-3},
    ),
]

# f(theta) = 1/2 theta^T A theta - c^T theta: a tilted bowl like Figure 3-8's ellipses
A = np.array([[3.0, 1.2], [1.2, 1.0]])
C = np.array([1.0, -2.0])


def quadratic_gradient(theta):
    return A @ theta - C


def chapter_gradient():
    x, y = datasets.chapter3_line()

    def gradient(theta):
        d_w, d_b = regression.mse_gradient(x, y, theta[0], theta[1])
        return np.array([float(d_w), float(d_b)])

    return gradient


def torch_path(gradient, start, lr, class_name, kwargs, steps=STEPS):
    """torch.optim's trajectory, fed the same numpy gradient at each point (float64)."""
    param = torch.tensor(np.asarray(start, dtype=np.float64), requires_grad=True)
    optimizer = getattr(torch.optim, class_name)([param], lr=lr, **kwargs)
    path = [param.detach().numpy().copy()]
    for _ in range(steps):
        optimizer.zero_grad()
        param.grad = torch.tensor(gradient(param.detach().numpy().copy()))
        optimizer.step()
        path.append(param.detach().numpy().copy())
    return np.array(path)


def our_path(gradient, start, lr, name, hyper, steps=STEPS):
    optimizer = make_optimizer(name, lr, **hyper)
    theta = np.asarray(start, dtype=np.float64)
    state = optimizer.init(theta)
    path = [theta]
    for _ in range(steps):
        theta, state = optimizer.step(theta, gradient(theta), state)
        path.append(theta)
    return np.array(path)


def test_every_optimizer_is_covered():
    assert {case[0] for case in CASES} == set(OPTIMIZERS)


@pytest.mark.parametrize(("name", "hyper", "class_name", "kwargs"), CASES)
@pytest.mark.parametrize("lr", [0.05, 0.3])
def test_quadratic_matches_torch(name, hyper, class_name, kwargs, lr):
    start = [2.0, -1.5]
    expected = torch_path(quadratic_gradient, start, lr, class_name, kwargs)
    assert_allclose(our_path(quadratic_gradient, start, lr, name, hyper), expected, rtol=1e-12)


@pytest.mark.parametrize(("name", "hyper", "class_name", "kwargs"), CASES)
def test_chapter_loss_matches_torch(name, hyper, class_name, kwargs):
    gradient = chapter_gradient()
    start = [0.5, 0.0]
    expected = torch_path(gradient, start, 0.2, class_name, kwargs)
    assert_allclose(our_path(gradient, start, 0.2, name, hyper), expected, rtol=1e-12, atol=1e-14)
    # descend() walks the same path
    walked = descend(gradient, start, make_optimizer(name, 0.2, **hyper), STEPS, tolerance=0)
    assert_allclose(walked.path, expected, rtol=1e-12, atol=1e-14)


def test_torch_defaults_are_ours():
    """The hyper-parameters we call default are the ones torch.optim uses."""
    param = [torch.zeros(1, requires_grad=True)]
    adam = torch.optim.Adam(param).defaults
    assert make_optimizer("adam", 1.0).hyper == {
        "beta1": adam["betas"][0],
        "beta2": adam["betas"][1],
        "eps": adam["eps"],
    }
    rmsprop = torch.optim.RMSprop(param).defaults
    assert make_optimizer("rmsprop", 1.0).hyper == {
        "alpha": rmsprop["alpha"],
        "eps": rmsprop["eps"],
    }
    adagrad = torch.optim.Adagrad(param).defaults
    assert make_optimizer("adagrad", 1.0).hyper == {
        key: adagrad[key] for key in ("lr_decay", "eps", "initial_accumulator_value")
    }


def test_mse_gradient_matches_autograd():
    x, y = datasets.chapter3_line()
    for w, b in [(0.0, 0.0), (2.0, 3.0), (-1.5, 7.25)]:
        params = torch.tensor([w, b], dtype=torch.float64, requires_grad=True)
        z = params[0] * torch.tensor(x) + params[1]
        loss = ((z - torch.tensor(y)) ** 2).sum() / (2 * x.size)
        loss.backward()
        assert_allclose(float(loss.detach()), regression.mse(w * x + b, y), rtol=1e-13)
        assert_allclose(
            np.array([float(v) for v in regression.mse_gradient(x, y, w, b)]),
            params.grad.numpy(),
            rtol=1e-12,
            atol=1e-14,
        )
