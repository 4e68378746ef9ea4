"""The walks a state asks for, computed by the engine and kept for replay.

Every path is computed ahead with :func:`lossstudio.engine.descent.descend` (up to
:data:`lossstudio.model.descent.MAX_STEPS` steps); the animation only reveals it point by point,
so stepping back is free. Results are cached by what determines them (surface, start,
optimizer settings), so a slider drag that comes back to a value, or the race of six, recomputes
nothing it has seen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from lossstudio.engine import surfaces
from lossstudio.engine.descent import Descent, descend
from lossstudio.model.descent import (
    MAX_STEPS,
    TOLERANCE,
    DescentState,
    OptimizerSettings,
    data_usable,
)


@dataclass(frozen=True, eq=False)
class Walk:
    """One optimizer's precomputed walk: the engine's descent and J along it."""

    name: str
    descent: Descent
    losses: np.ndarray  # shape (k + 1,), J at every point of the path

    @property
    def steps(self) -> int:
        return self.descent.steps

    def index(self, iteration: int) -> int:
        """The path index shown at ``iteration`` (a finished walk stays at its end)."""
        return min(max(iteration, 0), self.steps)


@lru_cache(maxsize=16)
def _surface(kind: str, condition: float, data_x: tuple, data_y: tuple) -> surfaces.Surface:
    if kind == "bowl":
        return surfaces.bowl_surface(condition)
    if kind == "banana":
        return surfaces.banana_surface()
    if kind == "regression" and not data_usable(data_x, data_y):
        return surfaces.data_surface(np.array(data_x), np.array(data_y))
    return surfaces.chapter_surface()


def surface_of(state: DescentState) -> surfaces.Surface:
    """The engine surface the state walks on (the chapter's data stand in for unusable data)."""
    if state.surface == "regression":
        return _surface("regression", 0.0, state.data_x, state.data_y)
    if state.surface == "bowl":
        return _surface("bowl", state.condition, (), ())
    return _surface(state.surface, 0.0, (), ())


@lru_cache(maxsize=256)
def _walk(surface: surfaces.Surface, start: tuple[float, float], settings: OptimizerSettings):
    result = descend(
        surface.gradient, np.array(start), settings.optimizer(), MAX_STEPS, tolerance=TOLERANCE
    )
    return Walk(settings.name, result, surface.path_values(result.path))


def walks_of(state: DescentState) -> dict[str, Walk]:
    """The walk of every racing optimizer, keyed by name, in the race's order."""
    surface = surface_of(state)
    return {name: _walk(surface, state.start, state.settings_for(name)) for name in state.racing}


def last_iteration(state: DescentState) -> int:
    """The iteration at which every racing walk has ended (the end of playback)."""
    return max(walk.steps for walk in walks_of(state).values())


# --- how a walk is drawn (which points, its running bounds, where it left the map) -----------
def running_bounds(xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Rows ``[x_min, x_max, y_min, y_max]`` of every prefix ``[: i + 1]`` of the data."""
    return np.column_stack(
        [
            np.minimum.accumulate(xs),
            np.maximum.accumulate(xs),
            np.minimum.accumulate(ys),
            np.maximum.accumulate(ys),
        ]
    )


#: A prefix longer than HEAD + TAIL points is drawn as its first HEAD points and about TAIL
#: more at a power-of-two stride (the same points frame after frame until the stride doubles),
#: so a frame's work stays bounded however far a walk has gone (the first steps, where a walk
#: moves most, are drawn in full; later it crawls, a pixel or less a step).
HEAD, TAIL = 300, 300


def drawn_indices(count: int) -> np.ndarray | None:
    """Indices of a ``count``-point prefix to draw (None: all of them); the last is kept."""
    if count <= HEAD + TAIL:
        return None
    stride = 1 << int(np.ceil(np.log2((count - HEAD) / TAIL)))
    rest = np.arange(HEAD, count, stride)
    tail = np.arange(count - 1, count) if rest[-1] != count - 1 else np.arange(0)
    return np.concatenate([np.arange(HEAD), rest, tail])


def outside(point, view) -> tuple[int, int]:
    """(+1 right / -1 left / 0, +1 above / -1 below / 0) of ``point`` against the map ``view``
    (w_min, w_max, b_min, b_max); (0, 0) when it is on the map."""
    w, b = float(point[0]), float(point[1])
    w_min, w_max, b_min, b_max = view
    horizontal = 1 if w > w_max else -1 if w < w_min else 0
    vertical = 1 if b > b_max else -1 if b < b_min else 0
    return horizontal, vertical


# --- the loss plot's axis: what has been drawn so far, never the walk still to come -----------
def running_loss_bounds(losses: np.ndarray) -> np.ndarray:
    """Rows ``[low, high]`` of the finite losses of every prefix ``[: i + 1]`` (NaN while
    none is finite: an overflowed loss is not drawn, so it does not stretch the axis)."""
    finite = np.where(np.isfinite(losses), losses, np.nan)
    return np.column_stack([np.fmin.accumulate(finite), np.fmax.accumulate(finite)])


def loss_axis(low: float, high: float, log: bool) -> tuple[float, float]:
    """The loss axis (bottom, top) for the losses drawn so far, ``low`` to ``high`` (their
    log10 on a ``log`` axis; NaN or inf when nothing is drawn). Linear: from 0 (J >= 0, so a
    converging walk never moves the axis) to ``high``; log: whole decades around them."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return (0.0, 1.0)
    if log:
        bottom, top = math.floor(low), math.ceil(high)
        return (float(bottom), float(top if top > bottom else bottom + 1))
    bottom = min(0.0, low)
    return (bottom, high if high > bottom else bottom + 1.0)
