"""Mean squared error for the line fit of chapter 3.2, and its relatives.

The model is the line ``z = w x + b``; ``x`` and ``y`` are the ``m`` samples.
The chapter's loss is ``J = 1/(2m) sum_i (z_i - y_i)^2`` (with the 1/2 that makes the
derivative ``dJ/dz_i = (z_i - y_i) / m`` clean).
"""

from __future__ import annotations

import numpy as np

from ._arrays import as_float, broadcast, last_axis_size
from .moments import (
    Moments,
    _samples,
    gradient_at,
    grid_from_moments,
    loss_at,
    moments,
)

__all__ = [
    "Moments",
    "absolute_loss_grid",
    "gradient_at",
    "grid_from_moments",
    "least_absolute",
    "least_squares",
    "loss_at",
    "loss_grid",
    "mae",
    "moments",
    "mse",
    "mse_gradient",
]

Array = np.ndarray


def mse(z, y) -> Array:
    r"""The chapter's mean squared error ``J = 1/(2m) sum_i (z_i - y_i)^2``.

    Parameters
    ----------
    z, y : array_like, shape (..., m)
        Predictions and labels; the sum runs over the last axis.

    Returns
    -------
    J : ndarray, shape (...)
    """
    z, y = broadcast(z=z, y=y)
    m = last_axis_size("z", z)
    with np.errstate(over="ignore"):
        return np.sum((z - y) ** 2, axis=-1) / (2.0 * m)


def mae(z, y) -> Array:
    """Mean absolute error ``J = 1/m sum_i |z_i - y_i|`` (the regression tab's other loss)."""
    z, y = broadcast(z=z, y=y)
    m = last_axis_size("z", z)
    return np.sum(np.abs(z - y), axis=-1) / m


def mse_gradient(x, y, w, b) -> tuple[Array, Array]:
    r"""Gradient of ``J(w, b) = 1/(2m) sum (w x_i + b - y_i)^2``.

    ``dJ/dw = 1/m sum (z_i - y_i) x_i`` and ``dJ/db = 1/m sum (z_i - y_i)``.

    Parameters
    ----------
    x, y : array_like, shape (m,)
    w, b : array_like
        Broadcast together; the gradient has their broadcast shape.

    Returns
    -------
    (dJ/dw, dJ/db) : tuple of ndarray
    """
    return gradient_at(moments(x, y), w, b)


def least_squares(x, y) -> tuple[float, float]:
    """The line ``(w, b)`` minimising the chapter's J (ordinary least squares).

    Raises
    ------
    ValueError
        For empty data, non-finite values, or when all x are equal (no single best slope).
    """
    stats = moments(x, y)
    x = np.asarray(x, dtype=np.float64)
    if stats.m < 2 or np.ptp(x) == 0.0:
        raise ValueError("all x values are equal: a line through them has no single best slope")
    if not stats.s_xx > 0.0:  # x values so close (1e-320 apart) that their spread underflows
        raise ValueError("the x values are too close together for a single best slope")
    w = stats.s_xy / stats.s_xx
    b = stats.y_mean - w * stats.x_mean
    if not (np.isfinite(w) and np.isfinite(b)):
        raise ValueError("the best line's slope is too large for a float")
    return float(w), float(b)


def least_absolute(x, y) -> tuple[float, float]:
    """The line ``(w, b)`` minimising the mean absolute error (least absolute deviations).

    For a fixed slope the best intercept is the median of ``y - w x``, and the remaining
    function of ``w`` is convex, so a bracketing golden-section search finds the slope.
    """
    x, y = _samples(x, y)
    if x.size < 2 or np.ptp(x) == 0.0:
        raise ValueError("all x values are equal: a line through them has no single best slope")

    def cost(w: float) -> float:
        r = y - w * x
        return float(np.mean(np.abs(r - np.median(r))))

    w0, _ = least_squares(x, y)
    scale = float(np.ptp(y) / np.ptp(x)) + abs(w0) + 1.0
    lo, hi = w0 - scale, w0 + scale
    while cost(lo) < cost(lo + 1e-9 * scale) and scale < 1e12:  # widen until bracketed
        lo -= scale
        scale *= 2
    while cost(hi) < cost(hi - 1e-9 * scale) and scale < 1e12:
        hi += scale
        scale *= 2
    ratio = (np.sqrt(5.0) - 1.0) / 2.0
    c, d = hi - ratio * (hi - lo), lo + ratio * (hi - lo)
    fc, fd = cost(c), cost(d)
    for _ in range(200):
        if hi - lo <= 1e-12 * (1.0 + abs(lo) + abs(hi)):
            break
        if fc <= fd:
            hi, d, fd = d, c, fc
            c = hi - ratio * (hi - lo)
            fc = cost(c)
        else:
            lo, c, fc = c, d, fd
            d = lo + ratio * (hi - lo)
            fd = cost(d)
    w = 0.5 * (lo + hi)
    return float(w), float(np.median(y - w * x))


def loss_grid(x, y, ws, bs) -> Array:
    r"""J(w, b) of the chapter over a grid, in O(m + grid) time.

    One pass over the data for its moments (:func:`moments`), then
    ``J = 1/2 [w^2 s_xx - 2 w s_xy + s_yy + (w x_mean + b - y_mean)^2]`` on the grid:
    the cost does not grow with the number of samples times the grid size.

    Parameters
    ----------
    x, y : array_like, shape (m,)
    ws : array_like, shape (n_w,)
    bs : array_like, shape (n_b,)

    Returns
    -------
    J : ndarray, shape (n_b, n_w)
        ``J[i, j] = J(ws[j], bs[i])``: rows follow b, columns follow w (image layout).
    """
    return grid_from_moments(moments(x, y), ws, bs)


def absolute_loss_grid(x, y, ws, bs) -> Array:
    r"""Mean absolute error ``1/m sum |w x_i + b - y_i|`` over a grid.

    For each w the residuals ``r_i = y_i - w x_i`` are sorted once; then every b needs only
    a binary search and prefix sums: O(n_w m log m + n_w n_b log m), not O(m n_w n_b).

    Returns
    -------
    J : ndarray, shape (n_b, n_w), rows follow b as in :func:`loss_grid`.
    """
    x, y = _samples(x, y)
    ws = as_float("ws", ws).ravel()
    bs = as_float("bs", bs).ravel()
    m = x.size
    out = np.empty((bs.size, ws.size))
    chunk = max(1, 2_000_000 // m)  # keep the (chunk, m) residual block near 16 MB
    for start in range(0, ws.size, chunk):
        w = ws[start : start + chunk, None]
        r = np.sort(y[None, :] - w * x[None, :], axis=1)  # (k, m)
        prefix = np.concatenate([np.zeros((r.shape[0], 1)), np.cumsum(r, axis=1)], axis=1)
        total = prefix[:, -1:]
        for row, sorted_r in enumerate(r):
            # |w x_i + b - y_i| = |b - r_i|: b - r_i for r_i <= b, r_i - b above it
            n_below = np.searchsorted(sorted_r, bs, side="right")
            below = prefix[row, n_below]
            above = total[row, 0] - below
            out[:, start + row] = (bs * n_below - below + above - bs * (m - n_below)) / m
    return out
