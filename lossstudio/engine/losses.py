"""The six common sample losses of chapter 3.1 and their derivatives.

Symbols follow the chapter: ``a`` is the prediction, ``y`` the label, and the
loss of one sample is written ``loss``. Every function broadcasts like a numpy
ufunc and returns float64.

The same losses can also be written on the *margin* ``t = y * a`` for labels
``y = +-1`` (the way scikit-learn plots them); :data:`LOSSES` carries both forms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ._arrays import broadcast, check_probabilities, xlogy

Array = np.ndarray


def zero_one(y, a) -> Array:
    r"""0-1 loss: ``loss = 0 if y = a else 1``.

    Parameters
    ----------
    y, a : array_like
        Labels and predictions (discrete classes), broadcast together.
    """
    y, a = broadcast(y=y, a=a)
    return np.where(y == a, 0.0, 1.0)


def zero_one_derivative(y, a) -> Array:
    """d loss / d a of the 0-1 loss: 0 wherever it is defined (a step function)."""
    y, a = broadcast(y=y, a=a)
    return np.zeros_like(a)


def absolute(y, a) -> Array:
    """Absolute loss: ``loss = |y - a|`` for real ``y`` and ``a``."""
    y, a = broadcast(y=y, a=a)
    return np.abs(y - a)


def absolute_derivative(y, a) -> Array:
    """d|y - a|/da = sign(a - y); 0 at the kink ``a = y`` (a subgradient)."""
    y, a = broadcast(y=y, a=a)
    return np.sign(a - y)


def hinge(y, a) -> Array:
    """Hinge loss: ``loss = max(0, 1 - y a)`` for labels ``y = +-1``."""
    y, a = broadcast(y=y, a=a)
    return np.maximum(0.0, 1.0 - y * a)


def hinge_derivative(y, a) -> Array:
    """d loss / d a = -y where ``y a < 1``, else 0 (0 taken at the kink)."""
    y, a = broadcast(y=y, a=a)
    return np.where(y * a < 1.0, -y, 0.0)


def log_loss(y, a) -> Array:
    r"""Log loss: ``loss = -[y ln a + (1 - y) ln(1 - a)]``, ``y in {0, 1}``, ``a in [0, 1]``.

    Follows ``0 ln 0 = 0``; where the true class has probability 0 the loss is
    ``+inf`` (no warning, no nan).

    Raises
    ------
    ValueError
        If ``a`` or ``y`` lies outside [0, 1].
    """
    y, a = broadcast(y=y, a=a)
    check_probabilities("predictions a", a)
    check_probabilities("labels y", y)
    return -(xlogy(y, a) + xlogy(1.0 - y, 1.0 - a))


def log_loss_derivative(y, a) -> Array:
    """d loss / d a = -y / a + (1 - y) / (1 - a) = (a - y) / (a (1 - a)).

    Infinite at a = 0 or 1 when the label makes the loss infinite there.
    """
    y, a = broadcast(y=y, a=a)
    check_probabilities("predictions a", a)
    with np.errstate(divide="ignore", invalid="ignore"):
        first = np.where(y == 0, 0.0, -y / a)
        second = np.where(y == 1, 0.0, (1.0 - y) / (1.0 - a))
    return first + second


def squared(y, a) -> Array:
    """Squared loss: ``loss = (y - a)^2`` (the chapter's plain square, no 1/2)."""
    y, a = broadcast(y=y, a=a)
    return (y - a) ** 2


def squared_derivative(y, a) -> Array:
    """d (y - a)^2 / d a = 2 (a - y)."""
    y, a = broadcast(y=y, a=a)
    return 2.0 * (a - y)


def exponential(y, a) -> Array:
    """Exponential loss: ``loss = e^(-y a)`` for labels ``y = +-1``.

    Overflows to ``+inf`` without a warning for very negative margins.
    """
    y, a = broadcast(y=y, a=a)
    with np.errstate(over="ignore"):
        return np.exp(-y * a)


def exponential_derivative(y, a) -> Array:
    """d e^(-y a) / d a = -y e^(-y a)."""
    y, a = broadcast(y=y, a=a)
    with np.errstate(over="ignore", invalid="ignore"):
        return -y * np.exp(-y * a)


# --- the margin form t = y a (labels y = +-1), as scikit-learn plots them -------------------


def _margin_zero_one(t):
    return np.where(np.asarray(t, dtype=np.float64) <= 0.0, 1.0, 0.0)


def _margin_absolute(t):
    # |y - a| = |y| |1 - y a| = |1 - t| for y = +-1
    return np.abs(1.0 - np.asarray(t, dtype=np.float64))


def _margin_absolute_derivative(t):
    return np.sign(np.asarray(t, dtype=np.float64) - 1.0)


def _margin_hinge(t):
    return np.maximum(0.0, 1.0 - np.asarray(t, dtype=np.float64))


def _margin_hinge_derivative(t):
    return np.where(np.asarray(t, dtype=np.float64) < 1.0, -1.0, 0.0)


def _margin_log(t):
    # a = sigmoid(score) is the probability of the class y = +1; -ln P(true class) = ln(1 + e^-t),
    # divided by ln 2 so that it passes through 1 at t = 0 and bounds the 0-1 loss.
    return np.logaddexp(0.0, -np.asarray(t, dtype=np.float64)) / np.log(2.0)


def _margin_log_derivative(t):
    t = np.asarray(t, dtype=np.float64)
    # d/dt ln(1 + e^-t) = -1 / (1 + e^t) = -sigmoid(-t), computed without overflow
    return -np.exp(-np.logaddexp(0.0, t)) / np.log(2.0)


def _margin_squared(t):
    return (1.0 - np.asarray(t, dtype=np.float64)) ** 2


def _margin_squared_derivative(t):
    return 2.0 * (np.asarray(t, dtype=np.float64) - 1.0)


def _margin_exponential(t):
    with np.errstate(over="ignore"):
        return np.exp(-np.asarray(t, dtype=np.float64))


def _margin_exponential_derivative(t):
    with np.errstate(over="ignore"):
        return -np.exp(-np.asarray(t, dtype=np.float64))


@dataclass(frozen=True)
class Loss:
    """One sample loss of the chapter.

    Attributes
    ----------
    key : str
        Registry key (``"hinge"``).
    name : str
        English name as the chapter gives it (``"Hinge loss"``).
    name_zh : str
        The chapter's Chinese name (``"铰链/折页损失"``).
    function, derivative : callable (y, a) -> array
        The loss and d loss / d a.
    labels : tuple of float or None
        The label set: ``(0, 1)``, ``(-1, 1)`` or ``None`` for any real label.
    formula : str
        The formula in LaTeX, as the chapter writes it.
    margin, margin_derivative : callable t -> array
        The loss (and its derivative) on the margin ``t = y a`` for ``y = +-1``. The log
        loss takes ``a = sigmoid(score)`` and is divided by ``ln 2`` there.
    """

    key: str
    name: str
    name_zh: str
    function: Callable[..., Array]
    derivative: Callable[..., Array]
    labels: tuple[float, ...] | None
    formula: str
    margin: Callable[..., Array]
    margin_derivative: Callable[..., Array]


LOSSES: dict[str, Loss] = {
    loss.key: loss
    for loss in (
        Loss(
            "zero_one",
            "0-1 loss",
            "0-1误差",
            zero_one,
            zero_one_derivative,
            (-1.0, 1.0),
            r"loss = \begin{cases} 0, & y = a \\ 1, & y \neq a \end{cases}",
            _margin_zero_one,
            lambda t: np.zeros_like(np.asarray(t, dtype=np.float64)),
        ),
        Loss(
            "absolute",
            "Absolute loss",
            "绝对值损失",
            absolute,
            absolute_derivative,
            None,
            r"loss = |y - a|",
            _margin_absolute,
            _margin_absolute_derivative,
        ),
        Loss(
            "hinge",
            "Hinge loss",
            "铰链/折页损失",
            hinge,
            hinge_derivative,
            (-1.0, 1.0),
            r"loss = \max(0,\ 1 - y \cdot a),\quad y = \pm 1",
            _margin_hinge,
            _margin_hinge_derivative,
        ),
        Loss(
            "log",
            "Log loss",
            "对数损失",
            log_loss,
            log_loss_derivative,
            (0.0, 1.0),
            r"loss = -[y \ln a + (1 - y) \ln(1 - a)],\quad y \in \{0, 1\}",
            _margin_log,
            _margin_log_derivative,
        ),
        Loss(
            "squared",
            "Squared loss",
            "平方损失",
            squared,
            squared_derivative,
            None,
            r"loss = (y - a)^2",
            _margin_squared,
            _margin_squared_derivative,
        ),
        Loss(
            "exponential",
            "Exponential loss",
            "指数损失",
            exponential,
            exponential_derivative,
            (-1.0, 1.0),
            r"loss = e^{-y \cdot a}",
            _margin_exponential,
            _margin_exponential_derivative,
        ),
    )
}
