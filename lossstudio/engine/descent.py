"""Gradient descent and its popular variants, with ``torch.optim``'s update rules.

Each optimizer is a pure step: ``step(params, grad, state) -> (params, state)``, so a
path can be computed ahead, stepped back and replayed. The rules and default
hyper-parameters are those documented for ``torch.optim`` (``SGD`` with momentum and
nesterov, ``Adagrad``, ``RMSprop``, ``Adam``) with weight decay 0, so what a student
learns here carries over unchanged. With ``g_t`` the gradient at step ``t = 1, 2, ...``
and ``eta`` the learning rate:

- ``gd``: ``theta -= eta g``
- ``momentum`` (SGD, momentum mu = 0.9, dampening 0): ``b = mu b + g`` (``b_1 = g``),
  ``theta -= eta b``
- ``nesterov``: the same ``b``, then ``theta -= eta (g + mu b)``
- ``adagrad`` (lr_decay 0, eps 1e-10): ``s += g^2``, ``theta -= eta g / (sqrt(s) + eps)``
- ``rmsprop`` (alpha 0.99, eps 1e-8): ``v = alpha v + (1 - alpha) g^2``,
  ``theta -= eta g / (sqrt(v) + eps)``
- ``adam`` (betas 0.9, 0.999, eps 1e-8): ``m = b1 m + (1 - b1) g``,
  ``v = b2 v + (1 - b2) g^2``, ``theta -= eta (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)``
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ._arrays import as_float

Array = np.ndarray

#: default hyper-parameters of each optimizer (torch.optim's, momentum set to 0.9 where the
#: optimizer *is* momentum), and torch's default learning rate for reference.
DEFAULTS: dict[str, dict[str, float]] = {
    "gd": {},
    "momentum": {"momentum": 0.9},
    "nesterov": {"momentum": 0.9},
    "adagrad": {"lr_decay": 0.0, "eps": 1e-10, "initial_accumulator_value": 0.0},
    "rmsprop": {"alpha": 0.99, "eps": 1e-8},
    "adam": {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
}
TORCH_DEFAULT_LR: dict[str, float] = {
    "gd": 1e-3,
    "momentum": 1e-3,
    "nesterov": 1e-3,
    "adagrad": 1e-2,
    "rmsprop": 1e-2,
    "adam": 1e-3,
}
OPTIMIZERS: tuple[str, ...] = tuple(DEFAULTS)


@dataclass(frozen=True)
class OptimizerState:
    """What an optimizer carries between steps: the step count and its buffers."""

    step: int = 0
    buffers: dict[str, Array] = field(default_factory=dict)


@dataclass(frozen=True)
class Optimizer:
    """A pure optimizer: ``init(params)`` then ``step(params, grad, state)`` repeatedly.

    Attributes
    ----------
    name : str
        One of :data:`OPTIMIZERS`.
    lr : float
        The learning rate ``eta``.
    hyper : dict
        The other hyper-parameters (see :data:`DEFAULTS`).
    """

    name: str
    lr: float
    hyper: dict[str, float]

    def init(self, params) -> OptimizerState:
        """The state before the first step."""
        params = as_float("params", params)
        if self.name == "adagrad":
            start = self.hyper["initial_accumulator_value"]
            return OptimizerState(0, {"sum": np.full_like(params, start)})
        return OptimizerState(0, {})

    def step(self, params, grad, state: OptimizerState) -> tuple[Array, OptimizerState]:
        """One update of ``params`` by the gradient ``grad``; returns new params and state."""
        theta = as_float("params", params)
        g = as_float("grad", grad)
        t = state.step + 1
        h = self.hyper
        buffers = dict(state.buffers)
        with np.errstate(all="ignore"):  # divergence is detected by the caller, not warned
            if self.name == "gd":
                update = g
            elif self.name in ("momentum", "nesterov"):
                mu = h["momentum"]
                b = g if "momentum" not in buffers else mu * buffers["momentum"] + g
                buffers["momentum"] = b
                update = g + mu * b if self.name == "nesterov" else b
            elif self.name == "adagrad":
                s = buffers["sum"] + g * g
                buffers["sum"] = s
                clr = self.lr / (1.0 + (t - 1) * h["lr_decay"])
                return theta - clr * g / (np.sqrt(s) + h["eps"]), OptimizerState(t, buffers)
            elif self.name == "rmsprop":
                v = (h["alpha"] * buffers["square_avg"] if "square_avg" in buffers else 0.0) + (
                    1.0 - h["alpha"]
                ) * g * g
                buffers["square_avg"] = v
                update = g / (np.sqrt(v) + h["eps"])
            elif self.name == "adam":
                b1, b2 = h["beta1"], h["beta2"]
                m = b1 * buffers.get("exp_avg", 0.0) + (1.0 - b1) * g
                v = b2 * buffers.get("exp_avg_sq", 0.0) + (1.0 - b2) * g * g
                buffers["exp_avg"], buffers["exp_avg_sq"] = m, v
                m_hat = m / (1.0 - b1**t)
                v_hat = v / (1.0 - b2**t)
                update = m_hat / (np.sqrt(v_hat) + h["eps"])
            else:  # pragma: no cover - make_optimizer rejects unknown names
                raise ValueError(f"unknown optimizer {self.name!r}")
            return theta - self.lr * update, OptimizerState(t, buffers)

    def velocity(self, state: OptimizerState) -> Array | None:
        """The momentum-like buffer to draw as an arrow (momentum, nesterov, adam), else None."""
        if self.name in ("momentum", "nesterov"):
            return state.buffers.get("momentum")
        if self.name == "adam":
            return state.buffers.get("exp_avg")
        return None


def make_optimizer(name: str, lr: float, **hyper: float) -> Optimizer:
    """Build an optimizer by name with torch.optim's defaults for what is not given.

    Raises
    ------
    ValueError
        For an unknown name or hyper-parameter, or a learning rate that is not a positive
        finite number.
    """
    if name not in DEFAULTS:
        raise ValueError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")
    lr = float(lr)
    if not np.isfinite(lr) or lr <= 0:
        raise ValueError(f"the learning rate must be a positive number, got {lr!r}")
    unknown = set(hyper) - set(DEFAULTS[name])
    if unknown:
        raise ValueError(f"{name} has no hyper-parameter {', '.join(sorted(unknown))}")
    values = {**DEFAULTS[name], **{key: float(value) for key, value in hyper.items()}}
    for key, value in values.items():
        if not np.isfinite(value) or value < 0:
            raise ValueError(f"{key} must be a non-negative number, got {value!r}")
    for key in ("momentum", "alpha", "beta1", "beta2"):
        if key in values and values[key] >= 1:
            raise ValueError(f"{key} must be below 1, got {values[key]!r}")
    return Optimizer(name, lr, values)


@dataclass(frozen=True)
class Descent:
    """A descent path and how it ended.

    Attributes
    ----------
    path : ndarray, shape (k + 1, n)
        ``path[0]`` is the start, ``path[i]`` the parameters after ``i`` steps.
    gradients : ndarray, shape (k + 1, n)
        The gradient at each point of the path.
    velocities : ndarray, shape (k + 1, n)
        The optimizer's momentum-like buffer after reaching each point (zeros where it has none).
    diverged : bool
        The next step would have left the finite numbers or run away (see :func:`descend`);
        the path stops at the last sound point.
    converged : bool
        The gradient at the last point is below the tolerance.
    """

    path: Array
    gradients: Array
    velocities: Array
    diverged: bool
    converged: bool

    @property
    def steps(self) -> int:
        """The number of steps taken, ``k``."""
        return self.path.shape[0] - 1


def descend(
    gradient: Callable[[Array], Array],
    start,
    optimizer: Optimizer,
    steps: int,
    *,
    tolerance: float = 1e-6,
    limit: float = 1e8,
) -> Descent:
    """Run ``optimizer`` from ``start`` for at most ``steps`` steps.

    Parameters
    ----------
    gradient : callable, params (n,) -> gradient (n,)
    start : array_like, shape (n,)
    optimizer : Optimizer
    steps : int
        The most steps to take.
    tolerance : float
        Stop as converged once the gradient's norm is below it.
    limit : float
        Runaway bound: a point farther than ``limit * max(1, |start|)`` from the origin counts
        as diverged, as does any non-finite value. Nothing overflows with a warning.

    Returns
    -------
    Descent
    """
    theta = as_float("start", start).ravel().copy()
    if not np.all(np.isfinite(theta)):
        raise ValueError("the start point must be finite")
    steps = int(steps)
    if steps < 0:
        raise ValueError("the number of steps must be 0 or more")
    bound = limit * max(1.0, float(np.max(np.abs(theta))))
    state = optimizer.init(theta)
    path, velocities = [theta], [np.zeros_like(theta)]
    diverged = False
    with np.errstate(all="ignore"):
        g = as_float("gradient", gradient(theta)).ravel()
        if not np.all(np.isfinite(g)):
            g = np.zeros_like(theta)
            diverged = True
        grads = [g]
        while not diverged and len(path) <= steps and not np.linalg.norm(g) < tolerance:
            new_theta, new_state = optimizer.step(theta, g, state)
            if not np.all(np.isfinite(new_theta)) or np.max(np.abs(new_theta)) > bound:
                diverged = True
                break
            new_g = as_float("gradient", gradient(new_theta)).ravel()
            if not np.all(np.isfinite(new_g)):
                diverged = True
                break
            theta, state, g = new_theta, new_state, new_g
            velocity = optimizer.velocity(state)
            path.append(theta)
            grads.append(g)
            velocities.append(np.zeros_like(theta) if velocity is None else velocity.copy())
    converged = not diverged and bool(np.linalg.norm(g) < tolerance)
    return Descent(np.array(path), np.array(grads), np.array(velocities), diverged, converged)
