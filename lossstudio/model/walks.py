"""The walks a state asks for, computed by the engine and kept for replay.

Every path is computed ahead with :func:`lossstudio.engine.descent.descend` (up to
:data:`lossstudio.model.descent.MAX_STEPS` steps); the animation only reveals it point by point,
so stepping back is free. Results are cached by what determines them (surface, start,
optimizer settings), so a slider drag that comes back to a value, or the race of six, recomputes
nothing it has seen.
"""

from __future__ import annotations

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
