"""The Regression tab's derived numbers, Qt-free: everything the tab shows of a state.

:func:`derive` turns a :class:`~lossstudio.model.regression.RegressionState` into a
:class:`RegressionView`: J of the line, the best fit and its J, the flat line's J, the contour
map's window and grid, the slices J(w) and J(b), the points drawn and the residual ends, and
the counts the notes show. :class:`Deriver` does the same with caches keyed on the data (the
very same tuples), so a line drag reruns nothing that depends on the points alone: the squared
loss, its slices and its grid come from the data's moments (O(1) per line, whatever m).

``draft`` (the frames of a drag) keeps what is slow to redo for the gesture's end: the window
and grid of the previous data during a point drag, and, with the absolute loss on many points,
the previous best fit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lossstudio.engine import regression as engine
from lossstudio.model.regression import RegressionState, best_fit

GRID_SIZE = 101
SLICE_SIZE = 101
#: At most this many points (with their residuals and squares) are drawn; J, the best fit
#: and the squared-error grids always use every point.
DRAW_LIMIT = 5000
#: Above this many points the absolute-error contour map and slices (O(n_w m log m)) use a
#: fixed random sample of this size; J and the best fit still use every point.
ABSOLUTE_GRID_LIMIT = 20_000
#: With a sample larger than this, the absolute-error slice J(w) has 31 points, not 101.
ABSOLUTE_SLICE_LIMIT = 2000

Window = tuple[float, float, float, float]  # (w0, w1, b0, b1)


def sample_index(count: int, limit: int) -> np.ndarray | None:
    """A fixed (seeded) sorted subset of ``limit`` indices of ``count``, or None for all.

    It depends only on ``count``, so dragging a point (same count) keeps the same subset.
    """
    if count <= limit:
        return None
    index = np.random.default_rng(count).choice(count, limit, replace=False)
    index.sort()
    return index


@dataclass(frozen=True, eq=False)
class Points:
    """What depends on the points alone (one per data, kept while only the line moves)."""

    x: np.ndarray
    y: np.ndarray
    moments: engine.Moments
    drawn_index: np.ndarray | None  # indices of the drawn points in the data, None for all
    drawn_x: np.ndarray
    drawn_y: np.ndarray
    sample_x: np.ndarray  # the absolute-error grids' sample (all points up to the limit)
    sample_y: np.ndarray
    sampled: bool  # whether the sample is a strict subset

    @classmethod
    def of(cls, x, y) -> Points:
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        drawn = sample_index(x.size, DRAW_LIMIT)
        sample = sample_index(x.size, ABSOLUTE_GRID_LIMIT)
        return cls(
            x,
            y,
            engine.moments(x, y),
            drawn,
            x if drawn is None else x[drawn],
            y if drawn is None else y[drawn],
            x if sample is None else x[sample],
            y if sample is None else y[sample],
            sample is not None,
        )

    def loss(self, w: float, b: float, loss: str) -> float:
        """J of the line: from the moments (squared, O(1)), over every point (absolute)."""
        if loss == "squared":
            return float(engine.loss_at(self.moments, w, b))
        with np.errstate(over="ignore", invalid="ignore"):
            return float(engine.mae(w * self.x + b, self.y))


@dataclass(frozen=True, eq=False)
class Grid:
    """The contour map: ``values[i, j] = J(ws[j], bs[i])`` over ``window``."""

    window: Window
    ws: np.ndarray
    bs: np.ndarray
    values: np.ndarray


@dataclass(frozen=True, eq=False)
class RegressionView:
    """Every number the Regression tab shows for one state."""

    points: Points
    loss: float  # J of the line
    fit: tuple[float, float] | None  # the best line for the loss, None when there is none
    best_loss: float  # J of the best line (nan without one)
    flat_loss: float  # J of the flat line y = mean(y): the bar's scale is 4 times it
    grid: Grid
    slice_w: tuple[np.ndarray, np.ndarray]  # (ws, J(w, b)) along w at the line's b
    slice_b: tuple[np.ndarray, np.ndarray]  # (bs, J(w, b)) along b at the line's w
    line_z: np.ndarray  # the line at the drawn points (the residuals' other ends)
    m: int  # every point
    drawn: int  # points drawn
    grid_sample: int | None  # the absolute-error maps' sample size, None when all are used

    @property
    def window(self) -> Window:
        return self.grid.window

    @property
    def bar_scale(self) -> float:
        return 4.0 * self.flat_loss if self.flat_loss > 0 else 1.0


def grid_window(points: Points, include: list[tuple[float, float]]) -> Window:
    """The contour map's window: about the least-squares line, wide enough for the data's
    spread, widened to hold each ``(w, b)`` of ``include`` (the line shown)."""
    x, y = points.x, points.y
    fit = best_fit(x, y, "squared")
    sx, sy = float(np.std(x)), float(np.std(y))
    w_star, b_star = fit if fit is not None else (0.0, float(np.mean(y)))
    w_half = max(2.0, abs(w_star), 0.5 * sy / sx if sx > 0 else 0.0)
    b_half = max(2.0, w_half * abs(float(np.mean(x))) + sy)
    w0, w1, b0, b1 = w_star - w_half, w_star + w_half, b_star - b_half, b_star + b_half
    for w, b in include:
        if not w0 <= w <= w1:
            w0, w1 = min(w0, w - 0.1 * w_half), max(w1, w + 0.1 * w_half)
        if not b0 <= b <= b1:
            b0, b1 = min(b0, b - 0.1 * b_half), max(b1, b + 0.1 * b_half)
    return (w0, w1, b0, b1)


def inside(window: Window, w: float, b: float) -> bool:
    w0, w1, b0, b1 = window
    return w0 <= w <= w1 and b0 <= b <= b1


def loss_grid(points: Points, loss: str, window: Window) -> Grid:
    w0, w1, b0, b1 = window
    ws, bs = np.linspace(w0, w1, GRID_SIZE), np.linspace(b0, b1, GRID_SIZE)
    if loss == "squared":
        values = engine.grid_from_moments(points.moments, ws, bs)
    else:
        values = engine.absolute_loss_grid(points.sample_x, points.sample_y, ws, bs)
    return Grid(window, ws, bs, values)


def slices(points: Points, state: RegressionState, window: Window):
    """J along w at the line's b and along b at its w, over the window."""
    w0, w1, b0, b1 = window
    ws, bs = np.linspace(w0, w1, SLICE_SIZE), np.linspace(b0, b1, SLICE_SIZE)
    if state.loss == "squared":
        along_w = engine.loss_at(points.moments, ws, state.b)
        along_b = engine.loss_at(points.moments, state.w, bs)
    else:
        sx, sy = points.sample_x, points.sample_y
        ws = ws if sx.size <= ABSOLUTE_SLICE_LIMIT else np.linspace(w0, w1, 31)
        along_w = engine.absolute_loss_grid(sx, sy, ws, [state.b])[0]
        along_b = engine.absolute_loss_grid(sx, sy, [state.w], bs)[:, 0]
    return (ws, np.asarray(along_w, dtype=np.float64)), (bs, np.asarray(along_b, np.float64))


class Deriver:
    """:func:`derive` with caches: what depends on the points is computed once per data.

    The window holds while only the line moves inside it; new data (or a line outside it, once
    the gesture ends) make a new one.
    """

    def __init__(self) -> None:
        self._points_key = None
        self._points: Points | None = None
        self._fit_key = None
        self._fit: tuple[tuple[float, float] | None, float, float] | None = None
        self._grid: Grid | None = None
        self._grid_key = None

    def points(self, state: RegressionState) -> Points:
        key = self._points_key
        if key is None or key[0] is not state.x or key[1] is not state.y:
            self._points = Points.of(state.x, state.y)
            self._points_key = (state.x, state.y)
        return self._points

    def _same(self, key, state: RegressionState) -> bool:
        return key is not None and key[0] is state.x and key[1] is state.y and key[2] == state.loss

    def fit(self, state: RegressionState, draft: bool):
        """(best line, its J, the flat line's J); while dragging a point on many points with
        the absolute loss (about 1 s a fit at a million points) the last ones are kept."""
        points = self.points(state)
        slow = state.loss == "absolute" and points.x.size > ABSOLUTE_GRID_LIMIT
        keep = draft and slow and self._fit is not None and self._fit_key[2] == state.loss
        if not self._same(self._fit_key, state) and not keep:
            fit = best_fit(points.x, points.y, state.loss)
            best = points.loss(*fit, state.loss) if fit is not None else float("nan")
            flat = points.loss(0.0, float(np.mean(points.y)), state.loss)
            self._fit = (fit, best, flat)
            self._fit_key = (state.x, state.y, state.loss)
        return self._fit

    def grid(self, state: RegressionState, draft: bool) -> Grid:
        """The contour grid: new for new data or loss, or for a line outside it (not while
        dragging: a point drag keeps the previous data's grid until the release)."""
        points = self.points(state)
        if self._grid is not None and draft:
            return self._grid
        stale = not self._same(self._grid_key, state)
        if stale or not inside(self._grid.window, state.w, state.b):
            window = grid_window(points, [(state.w, state.b)])
            self._grid = loss_grid(points, state.loss, window)
            self._grid_key = (state.x, state.y, state.loss)
        return self._grid

    def derive(self, state: RegressionState, draft: bool = False) -> RegressionView:
        points = self.points(state)
        fit, best, flat = self.fit(state, draft)
        grid = self.grid(state, draft)
        along_w, along_b = slices(points, state, grid.window)
        with np.errstate(over="ignore", invalid="ignore"):
            line_z = state.w * points.drawn_x + state.b
        sampled = state.loss == "absolute" and points.sampled
        return RegressionView(
            points=points,
            loss=points.loss(state.w, state.b, state.loss),
            fit=fit,
            best_loss=best,
            flat_loss=flat,
            grid=grid,
            slice_w=along_w,
            slice_b=along_b,
            line_z=line_z,
            m=state.m,
            drawn=int(points.drawn_x.size),
            grid_sample=int(points.sample_x.size) if sampled else None,
        )


def derive(state: RegressionState, draft: bool = False) -> RegressionView:
    """Every number the Regression tab shows for ``state`` (no caches: see :class:`Deriver`)."""
    return Deriver().derive(state, draft)
