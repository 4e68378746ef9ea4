"""The squared loss of a line from the data's moments: one pass over the samples, then every
line in O(1) and every grid in O(grid), whatever m (section 3.2's J = 1/(2m) sum (z - y)^2).

:func:`moments` makes the pass (:func:`_line_sums`: cache-sized blocks about a provisional
centre, no cancellation); :func:`loss_at`, :func:`gradient_at` and :func:`grid_from_moments`
take its :class:`Moments`. :mod:`lossstudio.engine.regression` builds on them and re-exports
them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from ._arrays import as_float, broadcast

Array = np.ndarray


def _samples(x, y) -> tuple[Array, Array]:
    """Check one-dimensional, equally long, finite, non-empty samples."""
    x = as_float("x", x)
    y = as_float("y", y)
    if x.ndim != 1 or y.ndim != 1:
        raise ValueError(f"x and y must be one-dimensional, got shapes {x.shape} and {y.shape}")
    if x.shape != y.shape:
        raise ValueError(f"x and y must have the same length, got {x.size} and {y.size}")
    if x.size == 0:
        raise ValueError("the data are empty: at least one point is needed")
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise ValueError("the data contain a value that is not a finite number (nan or inf)")
    return x, y


@dataclass(frozen=True)
class Moments:
    """Sufficient statistics of the samples for every line: means and centred second moments.

    ``J(w, b) = 1/2 [w^2 s_xx - 2 w s_xy + s_yy + (w x_mean + b - y_mean)^2]``. The squared
    loss, its gradient and its grid follow from them in O(1) per line (:func:`loss_at`,
    :func:`gradient_at`, :func:`grid_from_moments`): a line drag costs the same at 50 points
    and at a million. ``best_w`` and ``s_res`` (the best slope and the residual variance of
    the best line, from :func:`moments`) keep J free of cancellation near the best fit.
    """

    m: int
    x_mean: float
    y_mean: float
    s_xx: float  # mean (x - x_mean)^2
    s_xy: float  # mean (x - x_mean)(y - y_mean)
    s_yy: float  # mean (y - y_mean)^2
    best_w: float = math.nan  # s_xy / s_xx (0 when all x are equal)
    s_res: float = math.nan  # mean squared residual of the best line (s_yy when all x equal)

    def slope_part(self, w):
        """``w^2 s_xx - 2 w s_xy + s_yy`` as ``s_xx (w - w*)^2 + s_res`` (no cancellation)."""
        best_w, s_res = self.best_w, self.s_res
        if not (math.isfinite(best_w) and math.isfinite(s_res)):
            best_w = self.s_xy / self.s_xx if self.s_xx > 0.0 else 0.0
            s_res = max(self.s_yy - best_w * self.s_xy, 0.0) if self.s_xx > 0.0 else self.s_yy
        if self.s_xx > 0.0:
            return self.s_xx * (w - best_w) ** 2 + s_res
        return np.full_like(np.asarray(w, dtype=np.float64), self.s_yy)


def moments(x, y) -> Moments:
    """The sums that fix J everywhere, in O(m): one pass over the data.

    The second moments are taken about (nearly) the means, never as ``mean(x^2) - x_mean^2``:
    that difference loses every digit when the data sit far from the origin (x around 1e3).
    See :func:`_line_sums` for how one pass does it.
    """
    stats, best_w, s_res = _line_sums(x, y)
    return replace(stats, best_w=best_w, s_res=s_res)


def loss_at(stats: Moments, w, b) -> Array:
    """The chapter's J(w, b) of the squared loss from the data's moments, in O(1) per line."""
    w, b = broadcast(w=w, b=b)
    with np.errstate(over="ignore", invalid="ignore"):
        offset = w * stats.x_mean + b - stats.y_mean
        return 0.5 * (stats.slope_part(w) + offset * offset)


def gradient_at(stats: Moments, w, b) -> tuple[Array, Array]:
    """``(dJ/dw, dJ/db)`` of the squared loss from the data's moments (see :func:`mse_gradient`)."""
    w, b = broadcast(w=w, b=b)
    with np.errstate(over="ignore", invalid="ignore"):
        residual_mean = w * stats.x_mean + b - stats.y_mean  # mean of z - y
        d_w = w * stats.s_xx - stats.s_xy + residual_mean * stats.x_mean
    return d_w, residual_mean


#: Samples per block of the one pass in :func:`_line_sums`: two 80 kB blocks stay in cache,
#: and OpenBLAS runs a dot of at most 10,000 on one thread (above it, its threads spin against
#: whatever else the machine runs: 3 ms became 10-700 ms on a busy two-core machine).
_BLOCK = 10_000
#: Points of the strided sample that picks the provisional centre and slope.
_PILOT = 64
#: A correction above this share of its moment calls for a second pass about better values
#: (below it, the subtraction costs at most a few units in the last place).
_CLOSE = 0.5


def _line_sums(x, y) -> tuple[Moments, float, float]:
    """The moments, the best slope ``w*`` and the residual variance ``s_res`` of the best line.

    One pass over the data, in cache-sized blocks (no array as large as the data is made):
    about a provisional centre ``(c_x, c_y)`` and slope ``w_0`` taken from a small strided
    sample, it sums ``u = x - c_x`` and ``r = (y - c_y) - w_0 u`` and their products. The exact
    centred moments follow by small corrections (the provisional values are close to the true
    ones, so the corrections cancel no digits): ``s_xx = mean(u^2) - mean(u)^2``, and the slope
    and residual come from ``r``, which is already nearly the residual of the best line, so
    ``s_res`` is taken without the cancellation of ``s_yy - s_xy^2 / s_xx``. Should the sample
    mislead (a correction above ``_CLOSE`` of its moment), a second pass about the values
    found repeats it. Non-finite sums mean non-finite data (a readable ``ValueError``) or
    overflow of finite data, which falls back to :func:`_two_pass_sums`.
    """
    x = as_float("x", x)
    y = as_float("y", y)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape or x.size == 0:
        _samples(x, y)  # raises the readable error
    m = x.size
    if m <= _BLOCK:  # the data fit in cache: two passes cost no more than one
        return _two_pass_sums(x, y)
    c_x, c_y, w_0 = _pilot(x, y)
    with np.errstate(all="ignore"):
        for _attempt in range(2):
            if not (w_0 == 0.0 or 1e-150 < abs(w_0) < 1e150):  # nan fails both
                break
            sums = _block_sums(x, y, c_x, c_y, w_0)
            if not np.all(np.isfinite(sums)):
                break
            su, sr, suu, sur, srr = sums / m
            s_xx = max(suu - su * su, 0.0)
            s_ur = sur - su * sr
            s_rr = max(srr - sr * sr, 0.0)
            x_mean = c_x + su
            y_mean = c_y + sr + w_0 * su
            if s_xx > 0.0:
                slope_shift = s_ur / s_xx
                best_w = w_0 + slope_shift
                s_res = max(s_rr - s_ur * slope_shift, 0.0)
            else:
                slope_shift, best_w, s_res = 0.0, w_0, s_rr
            close = (
                su * su <= _CLOSE * suu
                and sr * sr <= _CLOSE * srr
                and s_ur * slope_shift <= _CLOSE * s_rr
            )
            if close or _attempt == 1:
                s_xy = s_ur + w_0 * s_xx
                s_yy = s_rr + 2.0 * w_0 * s_ur + w_0 * w_0 * s_xx
                values = (x_mean, y_mean, s_xx, s_xy, s_yy, best_w, s_res)
                if all(np.isfinite(values)):
                    stats = Moments(m, x_mean, y_mean, s_xx, s_xy, max(s_yy, 0.0))
                    return stats, best_w, s_res
                break
            c_x, c_y, w_0 = x_mean, y_mean, best_w  # the sample misled: once more, closer
    return _two_pass_sums(x, y)


def _pilot(x: Array, y: Array) -> tuple[float, float, float]:
    """The provisional centre ``(c_x, c_y)`` and slope ``w_0`` of :func:`_line_sums`, from a
    strided sample of at most ``_PILOT`` points."""
    stride = max(1, x.size // _PILOT)
    pilot_x, pilot_y = x[::stride][:_PILOT], y[::stride][:_PILOT]
    with np.errstate(all="ignore"):
        # centre on a data point itself: when all x (or all y) are equal, u (or r) is exactly 0
        pick = int(np.argmin(np.abs(pilot_x - np.mean(pilot_x))))
        c_x, c_y = float(pilot_x[pick]), float(pilot_y[pick])
        du = pilot_x - c_x
        s = float(np.dot(du, du))
        w_0 = float(np.dot(du, pilot_y - c_y)) / s if s > 0.0 else 0.0
        if np.ptp(pilot_y) > 0.0:  # the sample's own line through c_x, so r has mean near 0
            c_y = float(np.mean(pilot_y - w_0 * du))
    return c_x, c_y, w_0


def _block_sums(x: Array, y: Array, c_x: float, c_y: float, w_0: float) -> Array:
    """sum u, sum r, sum u^2, sum u r, sum r^2 for u = x - c_x, r = (y - c_y) - w_0 u.

    ``r`` is rounded as the two-pass formula rounds it (the small ``w_0 u`` taken from the
    exactly centred ``y - c_y``): the blocks hold ``v = w_0 u`` and ``r``, and the sums of ``v``
    are scaled back by ``w_0`` at the end (a scaling that cancels nothing).
    """
    m = x.size
    n = min(m, _BLOCK)
    v_block, r_block = np.empty(n), np.empty(n)
    sums = [0.0] * 5
    scaled = w_0 != 0.0
    dot = np.dot  # vector dots on cache-sized blocks: fast, and not handed to BLAS threads
    for start in range(0, m, n):
        stop = min(start + n, m)
        whole = stop - start == n
        v = v_block if whole else v_block[: stop - start]
        r = r_block if whole else r_block[: stop - start]
        np.subtract(x[start:stop], c_x, out=v)
        np.subtract(y[start:stop], c_y, out=r)
        if scaled:
            np.multiply(v, w_0, out=v)
            np.subtract(r, v, out=r)
        sums[0] += v.sum()
        sums[1] += r.sum()
        sums[2] += dot(v, v)
        sums[3] += dot(v, r)
        sums[4] += dot(r, r)
    if scaled:
        sums[0] /= w_0
        sums[2] /= w_0 * w_0
        sums[3] /= w_0
    return np.array(sums, dtype=np.float64)


def _two_pass_sums(x, y) -> tuple[Moments, float, float]:
    """The plain two-pass moments (the fallback when the one-pass sums overflow)."""
    x, y = _samples(x, y)
    m = x.size
    x_mean = float(np.sum(x)) / m
    y_mean = float(np.sum(y)) / m
    with np.errstate(over="ignore", invalid="ignore"):
        x_c = x - x_mean
        y_c = y - y_mean
        s_xx = float(np.dot(x_c, x_c)) / m
        s_xy = float(np.dot(x_c, y_c)) / m
        s_yy = float(np.dot(y_c, y_c)) / m
        best_w = s_xy / s_xx if s_xx > 0.0 else 0.0
        residual = y_c - best_w * x_c
        s_res = float(np.dot(residual, residual)) / m if s_xx > 0.0 else s_yy
    return Moments(m, x_mean, y_mean, s_xx, s_xy, s_yy), best_w, s_res


def grid_from_moments(stats: Moments, ws, bs) -> Array:
    """J(w, b) of the squared loss over a grid from the data's moments: O(grid), whatever m.

    Returns ``J[i, j] = J(ws[j], bs[i])`` as :func:`loss_grid` does.
    """
    ws = as_float("ws", ws).reshape(1, -1)
    bs = as_float("bs", bs).reshape(-1, 1)
    with np.errstate(over="ignore", invalid="ignore"):
        # w^2 s_xx - 2 w s_xy + s_yy = s_xx (w - w*)^2 + s_res with the best slope w* and the
        # residual variance s_res of the best line: no cancellation near the best fit, where
        # the expanded form subtracts nearly equal large numbers. All x equal: J does not
        # depend on the slope except through the offset.
        slope_part = stats.slope_part(ws)  # shape (1, n_w)
        # 0.5 (slope_part + offset^2), offset = w x_mean + b - y_mean, in place in the one
        # (n_b, n_w) array: fresh temporaries of the grid's size cost more than the arithmetic
        grid = np.add(ws * stats.x_mean, bs)
        grid -= stats.y_mean
        np.multiply(grid, grid, out=grid)
        grid += slope_part
        grid *= 0.5
    return grid
