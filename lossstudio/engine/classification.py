"""Information, entropy, KL divergence and cross-entropy (chapter 3.3).

Natural logarithms throughout, as the chapter uses. Distributions lie along the
last axis. ``0 ln 0 = 0``; a true class predicted with probability 0 gives ``+inf``,
never nan and never a numpy warning.
"""

from __future__ import annotations

import numpy as np

from ._arrays import as_float, broadcast, check_probabilities, last_axis_size, xlogy
from .losses import log_loss

Array = np.ndarray


def information(p) -> Array:
    """Information (self-information) of an outcome of probability p: ``I = -ln p``.

    ``I(0) = +inf`` without a warning.
    """
    p = as_float("p", p)
    check_probabilities("p", p)
    with np.errstate(divide="ignore"):
        return -np.log(p)


def entropy(p) -> Array:
    r"""Entropy ``H(p) = -sum_j p_j ln p_j`` over the last axis (``0 ln 0 = 0``)."""
    p = as_float("p", p)
    last_axis_size("p", p)
    check_probabilities("p", p)
    return -np.sum(xlogy(p, p), axis=-1)


def cross_entropy(y, a) -> Array:
    r"""Cross-entropy of one sample ``loss = -sum_j y_j ln a_j`` over the last axis.

    Parameters
    ----------
    y : array_like, shape (..., n)
        Labels (one-hot or a distribution).
    a : array_like, shape (..., n)
        Predicted probabilities.

    Returns
    -------
    loss : ndarray, shape (...)
        One loss per sample; the chapter's batch J is ``cross_entropy(y, a).sum()``.
    """
    y, a = broadcast(y=y, a=a)
    last_axis_size("a", a)
    check_probabilities("predictions a", a)
    check_probabilities("labels y", y)
    return -np.sum(xlogy(y, a), axis=-1)


def binary_cross_entropy(y, a) -> Array:
    r"""Binary cross-entropy ``loss = -[y ln a + (1 - y) ln(1 - a)]`` (elementwise)."""
    return log_loss(y, a)


def kl_divergence(p, q) -> Array:
    r"""Kullback-Leibler divergence ``D(p || q) = sum_j p_j ln(p_j / q_j)`` over the last axis.

    Equals ``H(p, q) - H(p)``; terms with ``p_j = 0`` are 0, and ``p_j > 0`` with
    ``q_j = 0`` makes it ``+inf``.
    """
    p, q = broadcast(p=p, q=q)
    last_axis_size("p", p)
    check_probabilities("p", p)
    check_probabilities("q", q)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p == 0, 0.0, p * (np.log(p) - np.log(q)))
    return np.sum(terms, axis=-1)


def sigmoid(z) -> Array:
    """The logistic function ``a = 1 / (1 + e^-z)``, computed without overflow."""
    z = as_float("z", z)
    return np.exp(-np.logaddexp(0.0, -z))


def logistic_losses(x, y, w, b) -> tuple[Array, Array]:
    r"""Squared error and cross-entropy of the logistic model ``a = sigmoid(w x + b)``.

    For the chapter's closing question: ``J_mse = 1/(2m) sum (a_i - y_i)^2`` and
    ``J_ce = -1/m sum [y_i ln a_i + (1 - y_i) ln(1 - a_i)]`` for every ``(w, b)``.

    Parameters
    ----------
    x, y : array_like, shape (m,)
        One feature and binary labels in {0, 1}.
    w, b : array_like
        Broadcast together; the results have their broadcast shape.

    Returns
    -------
    (J_mse, J_ce) : tuple of ndarray
    """
    x = as_float("x", x).ravel()
    y = as_float("y", y).ravel()
    if x.shape != y.shape or x.size == 0:
        raise ValueError("x and y must be non-empty and equally long")
    check_probabilities("labels y", y)
    w, b = broadcast(w=w, b=b)
    z = w[..., None] * x + b[..., None]  # (..., m)
    # ln a = -ln(1 + e^-z) and ln(1 - a) = -ln(1 + e^z): exact and overflow-free
    log_a = -np.logaddexp(0.0, -z)
    log_not_a = -np.logaddexp(0.0, z)
    a = np.exp(log_a)
    m = x.size
    j_mse = np.sum((a - y) ** 2, axis=-1) / (2.0 * m)
    j_ce = -np.sum(y * log_a + (1.0 - y) * log_not_a, axis=-1) / m
    return j_mse, j_ce


def output_gradients(y, a) -> tuple[Array, Array]:
    r"""d loss / d z through a sigmoid output ``a = sigmoid(z)``.

    Returns ``((a - y) a (1 - a), a - y)``: the squared error ``1/2 (a - y)^2`` against the
    binary cross-entropy. The first vanishes when the output saturates (a near 0 or 1).
    """
    y, a = broadcast(y=y, a=a)
    check_probabilities("predictions a", a)
    return (a - y) * a * (1.0 - a), a - y
