"""Loss surfaces J(w, b) for gradient descent to walk on, in pure numpy.

Each surface is a :class:`Surface`: a vectorised value over grids, a gradient for
:func:`lossstudio.engine.descent.descend`, its minimum, and a view range that shows the
interesting part. Four kinds:

- :func:`data_surface`: the chapter's ``J(w, b) = 1/(2m) sum_i (w x_i + b - y_i)^2`` for any
  line-fit data, computed from the data's moments (:func:`lossstudio.engine.regression.moments`)
  so a grid or a path costs nothing per sample; :func:`chapter_surface` is it for the
  chapter's 50 points (Figure 3-8, the tilted ellipses).
- :func:`bowl_surface`: ``J = 1/2 (w^2 + kappa b^2)``, an elongated quadratic bowl whose
  condition number (ratio of the largest to the smallest curvature) is ``kappa``.
- :func:`banana_surface`: the Rosenbrock function ``J = (a - w)^2 + c (b - w^2)^2``, a
  curved, non-convex valley.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ._arrays import as_float, broadcast
from .datasets import chapter3_line
from .regression import least_squares, moments

Array = np.ndarray

#: The kinds of surface, in the order the app lists them.
KINDS: tuple[str, ...] = ("chapter", "regression", "bowl", "banana")
#: The accepted condition numbers of :func:`bowl_surface`.
CONDITION_RANGE: tuple[float, float] = (1.0, 100.0)


@dataclass(frozen=True, eq=False)
class Surface:
    """A loss surface over the plane of the two parameters ``(w, b)``.

    Attributes
    ----------
    kind : str
        One of :data:`KINDS`.
    value : callable, (w, b) -> J
        Vectorised: ``w`` and ``b`` broadcast together, ``J`` has their shape.
    gradient : callable, params (2,) -> (dJ/dw, dJ/db) as an array of shape (2,)
    minimum : tuple of float
        ``(w, b)`` where ``J`` is smallest.
    view : tuple of float
        ``(w_min, w_max, b_min, b_max)``: the rectangle worth showing.
    start : tuple of float
        A start point that makes a good first walk.
    data : tuple of ndarray or None
        ``(x, y)`` for the data surfaces, ``None`` for the synthetic ones.
    """

    kind: str
    value: Callable[[Array, Array], Array]
    gradient: Callable[[Array], Array]
    minimum: tuple[float, float]
    view: tuple[float, float, float, float]
    start: tuple[float, float]
    data: tuple[Array, Array] | None = None

    def grid(self, size: int = 160) -> tuple[Array, Array, Array]:
        """``J`` over the view on a ``size`` x ``size`` grid.

        Returns
        -------
        ws : ndarray, shape (size,)
        bs : ndarray, shape (size,)
        J : ndarray, shape (size, size)
            ``J[i, j] = J(ws[j], bs[i])``: rows follow b, columns follow w.
        """
        w_min, w_max, b_min, b_max = self.view
        ws = np.linspace(w_min, w_max, size)
        bs = np.linspace(b_min, b_max, size)
        return ws, bs, self.value(ws[None, :], bs[:, None])

    def levels(self, count: int = 14, size: int = 160) -> Array:
        """``count`` log-spaced contour levels between the minimum and the view's largest J.

        The gaps above the minimum grow geometrically, as in the chapter's Figure 3-8, so
        the rings crowd near the centre where the walk ends.
        """
        _, _, grid = self.grid(size)
        low = float(self.value(*self.minimum))
        high = float(np.max(grid[np.isfinite(grid)]))
        span = max(high - low, 1e-12)
        return low + np.geomspace(span * 2e-3, span, count)

    def path_values(self, path) -> Array:
        """``J`` at every point of a path of shape (k, 2)."""
        path = as_float("path", path).reshape(-1, 2)
        return self.value(path[:, 0], path[:, 1])


def _view_around(centre: tuple[float, float], half_w: float, half_b: float):
    w, b = centre
    return (w - half_w, w + half_w, b - half_b, b + half_b)


def data_surface(x, y, kind: str = "regression") -> Surface:
    r"""The chapter's mean squared error of the line ``z = w x + b`` over ``(w, b)``.

    ``J(w, b) = 1/(2m) sum_i (w x_i + b - y_i)^2
    = 1/2 [w^2 s_xx - 2 w s_xy + s_yy + (w x_mean + b - y_mean)^2]``
    with the centred moments of :class:`lossstudio.engine.regression.Moments`; the gradient is
    ``dJ/dw = 1/m sum (z_i - y_i) x_i``, ``dJ/db = 1/m sum (z_i - y_i)``.

    Parameters
    ----------
    x, y : array_like, shape (m,)
        At least two distinct ``x`` (otherwise the minimum is not a single point).
    kind : str
        ``"chapter"`` or ``"regression"``, recorded on the surface.

    Raises
    ------
    ValueError
        For empty or non-finite data, or when all ``x`` are equal.
    """
    x = as_float("x", x)
    y = as_float("y", y)
    w_best, b_best = least_squares(x, y)
    stats = moments(x, y)

    def value(w, b):
        w, b = broadcast(w=w, b=b)
        with np.errstate(over="ignore", invalid="ignore"):
            offset = w * stats.x_mean + b - stats.y_mean
            slope = w * (w * stats.s_xx - 2.0 * stats.s_xy) + stats.s_yy
            return 0.5 * (np.maximum(slope, 0.0) + offset * offset)

    def gradient(params):
        w, b = as_float("params", params).ravel()
        with np.errstate(over="ignore", invalid="ignore"):
            residual_mean = w * stats.x_mean + b - stats.y_mean
            return np.array(
                [w * stats.s_xx - stats.s_xy + residual_mean * stats.x_mean, residual_mean]
            )

    # the chapter draws w in [0, 4] and b in [1, 5] around its minimum near (2, 3)
    half_w = max(2.0, 0.5 * abs(w_best))
    half_b = max(2.0, 0.5 * abs(b_best))
    view = _view_around((w_best, b_best), half_w, half_b)
    # the start: well inside the map (its -grad J arrow and label on it) and across the
    # valley from the minimum, so plain gradient descent at the default learning rate
    # converges in about 115 steps on the chapter's data (6 s at 20 steps a second)
    start = (w_best + 0.6 * half_w, b_best + 0.6 * half_b)
    return Surface(kind, value, gradient, (w_best, b_best), view, start, (x.copy(), y.copy()))


def chapter_surface() -> Surface:
    """J(w, b) of the chapter's 50 points (:func:`lossstudio.engine.datasets.chapter3_line`)."""
    return data_surface(*chapter3_line(), kind="chapter")


def has_distinct_x(x) -> bool:
    """Whether ``x`` holds at least two distinct finite values (a line fit has one best line)."""
    x = np.asarray(x, dtype=np.float64).ravel()
    return x.size >= 2 and bool(np.all(np.isfinite(x))) and float(np.ptp(x)) > 0.0


def bowl_surface(condition: float = 10.0) -> Surface:
    r"""The elongated bowl ``J(w, b) = 1/2 (w^2 + kappa b^2)``, minimum 0 at the origin.

    Its curvatures are 1 along ``w`` and ``kappa`` along ``b``, so ``kappa`` is the condition
    number: plain gradient descent needs a learning rate below ``2 / kappa`` to stay stable,
    and then crawls along ``w`` at the rate ``1 - eta`` per step.

    Parameters
    ----------
    condition : float
        ``kappa`` in :data:`CONDITION_RANGE`.
    """
    kappa = float(condition)
    low, high = CONDITION_RANGE
    if not np.isfinite(kappa) or not low <= kappa <= high:
        raise ValueError(f"the condition number must be in [{low}, {high}], got {condition!r}")

    def value(w, b):
        w, b = broadcast(w=w, b=b)
        with np.errstate(over="ignore", invalid="ignore"):
            return 0.5 * (w * w + kappa * b * b)

    def gradient(params):
        w, b = as_float("params", params).ravel()
        with np.errstate(over="ignore", invalid="ignore"):
            return np.array([w, kappa * b])

    return Surface("bowl", value, gradient, (0.0, 0.0), (-4.0, 4.0, -4.0, 4.0), (-3.5, 2.5))


def banana_surface(a: float = 1.0, c: float = 100.0) -> Surface:
    r"""The Rosenbrock banana ``J(w, b) = (a - w)^2 + c (b - w^2)^2``, minimum 0 at ``(a, a^2)``.

    Non-convex: the valley floor ``b = w^2`` curves, so a step straight down the gradient
    keeps hitting the valley walls. ``dJ/dw = -2 (a - w) - 4 c w (b - w^2)``,
    ``dJ/db = 2 c (b - w^2)``.
    """
    a, c = float(a), float(c)

    def value(w, b):
        w, b = broadcast(w=w, b=b)
        with np.errstate(over="ignore", invalid="ignore"):
            return (a - w) ** 2 + c * (b - w * w) ** 2

    def gradient(params):
        w, b = as_float("params", params).ravel()
        with np.errstate(over="ignore", invalid="ignore"):
            valley = b - w * w
            return np.array([-2.0 * (a - w) - 4.0 * c * w * valley, 2.0 * c * valley])

    view = (a - 3.0, a + 1.5, a * a - 1.5, a * a + 2.5)
    return Surface("banana", value, gradient, (a, a * a), view, (a - 2.5, a * a + 1.5))


def line(w, b, x) -> Array:
    """The chapter's model, the line ``z = w x + b`` (broadcast over ``w``, ``b`` and ``x``)."""
    w, b, x = broadcast(w=w, b=b, x=x)
    return w * x + b
