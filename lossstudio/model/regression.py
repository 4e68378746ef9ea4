"""The Regression tab's state: the data, the line ``z = w x + b`` and what is shown.

Plain data (no Qt): a gesture makes a new :class:`RegressionState` with the helpers below,
the tab renders it. Derived numbers (J, the best fit, the grids) come from
:mod:`lossstudio.engine.regression`, never from here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from lossstudio.engine import datasets
from lossstudio.engine import regression as engine
from lossstudio.model import serial

#: The two losses the tab switches between: the chapter's MSE and the mean absolute error.
LOSSES: tuple[str, ...] = ("squared", "absolute")
#: Data presets (keys of :data:`lossstudio.engine.datasets.PRESETS`), in menu order.
PRESETS: tuple[str, ...] = tuple(datasets.PRESETS)
#: |w| and |b| stay below this (a line beyond it is off every sensible plot).
PARAMETER_LIMIT = 1e6
#: |x| and |y| of a point stay below this.
COORDINATE_LIMIT = 1e9
MIN_POINTS = 2
MAX_POINTS = 1_000_000


@dataclass(frozen=True)
class RegressionState:
    """What the person set on the Regression tab.

    ``x``, ``y``: the samples (tuples of floats, equally long, at least two);
    ``w``, ``b``: the line ``z = w x + b``; ``loss``: ``"squared"`` (J = 1/(2m) sum (z - y)^2)
    or ``"absolute"`` (J = 1/m sum |z - y|); the rest are display toggles.
    ``preset`` names the data preset the points came from, ``""`` once edited or loaded.
    """

    x: tuple[float, ...]
    y: tuple[float, ...]
    w: float = 2.0
    b: float = 2.0
    loss: str = "squared"
    residuals: bool = True
    squares: bool = True
    best_fit: bool = False
    equal_aspect: bool = False
    preset: str = "chapter"

    def __post_init__(self) -> None:
        if len(self.x) != len(self.y):
            raise ValueError(f"x and y differ in length: {len(self.x)} and {len(self.y)}")
        if self.loss not in LOSSES:
            raise ValueError(f"unknown loss {self.loss!r}")

    @property
    def m(self) -> int:
        return len(self.x)

    def to_json(self) -> dict[str, Any]:
        return {
            "x": list(self.x),
            "y": list(self.y),
            "w": self.w,
            "b": self.b,
            "loss": self.loss,
            "residuals": self.residuals,
            "squares": self.squares,
            "best_fit": self.best_fit,
            "equal_aspect": self.equal_aspect,
            "preset": self.preset,
        }

    @classmethod
    def from_json(cls, data: Any) -> RegressionState:
        where = "regression"
        data = serial.mapping(data, where)
        limits = {"minimum": -COORDINATE_LIMIT, "maximum": COORDINATE_LIMIT}
        counts = {"min_length": MIN_POINTS, "max_length": MAX_POINTS}
        x = serial.numbers(data, "x", where, **counts, **limits)
        y = serial.numbers(data, "y", where, **counts, **limits)
        if len(x) != len(y):
            raise serial.SceneError(f"{where}: x has {len(x)} values but y has {len(y)}")
        preset = serial.field(data, "preset", where)
        if preset != "":
            preset = serial.choice(data, "preset", where, PRESETS)
        return cls(
            x=x,
            y=y,
            w=serial.number(data, "w", where, -PARAMETER_LIMIT, PARAMETER_LIMIT),
            b=serial.number(data, "b", where, -PARAMETER_LIMIT, PARAMETER_LIMIT),
            loss=serial.choice(data, "loss", where, LOSSES),
            residuals=serial.boolean(data, "residuals", where),
            squares=serial.boolean(data, "squares", where),
            best_fit=serial.boolean(data, "best_fit", where),
            equal_aspect=serial.boolean(data, "equal_aspect", where),
            preset=preset,
        )


def clamp_parameter(value: float) -> float:
    """``value`` limited to [-PARAMETER_LIMIT, PARAMETER_LIMIT] (nan becomes 0)."""
    if math.isnan(value):
        return 0.0
    return min(max(float(value), -PARAMETER_LIMIT), PARAMETER_LIMIT) + 0.0


def clamp_coordinate(value: float) -> float:
    if math.isnan(value):
        return 0.0
    return min(max(float(value), -COORDINATE_LIMIT), COORDINATE_LIMIT) + 0.0


def default_state() -> RegressionState:
    """The chapter's 50 points and its first line, z = 2x + 2."""
    return with_preset(RegressionState(x=(0.0, 1.0), y=(0.0, 1.0)), "chapter")


def with_preset(state: RegressionState, key: str) -> RegressionState:
    """The data of preset ``key``; the line and the toggles are kept."""
    x, y = datasets.PRESETS[key]()
    return replace(state, x=tuple(map(float, x)), y=tuple(map(float, y)), preset=key)


def with_line(state: RegressionState, w: float, b: float) -> RegressionState:
    return replace(state, w=clamp_parameter(w), b=clamp_parameter(b))


def with_data(state: RegressionState, x, y) -> RegressionState:
    """New samples (loaded from a file, say); the preset name is cleared."""
    return replace(state, x=tuple(map(float, x)), y=tuple(map(float, y)), preset="")


def add_point(state: RegressionState, x: float, y: float) -> RegressionState:
    x, y = clamp_coordinate(x), clamp_coordinate(y)
    return replace(state, x=(*state.x, x), y=(*state.y, y), preset="")


def move_point(state: RegressionState, index: int, x: float, y: float) -> RegressionState:
    xs, ys = list(state.x), list(state.y)
    xs[index], ys[index] = clamp_coordinate(x), clamp_coordinate(y)
    return replace(state, x=tuple(xs), y=tuple(ys), preset="")


def delete_point(state: RegressionState, index: int) -> RegressionState:
    """The state without point ``index``; ``ValueError`` if that would leave too few."""
    if state.m <= MIN_POINTS:
        raise ValueError(f"at least {MIN_POINTS} points are needed")
    xs, ys = list(state.x), list(state.y)
    del xs[index], ys[index]
    return replace(state, x=tuple(xs), y=tuple(ys), preset="")


def best_fit(x: np.ndarray, y: np.ndarray, loss: str) -> tuple[float, float] | None:
    """The engine's best line for ``loss``, or ``None`` when there is no single one."""
    try:
        if loss == "squared":
            return engine.least_squares(x, y)
        return engine.least_absolute(x, y)
    except ValueError:
        return None


def loss_value(x: np.ndarray, y: np.ndarray, w: float, b: float, loss: str) -> float:
    """J of the line ``z = w x + b`` on the samples, from the engine."""
    with np.errstate(over="ignore", invalid="ignore"):
        z = w * x + b
    if loss == "squared":
        return float(engine.mse(z, y))
    return float(engine.mae(z, y))


def next_chapter_line(w: float, b: float, direction: int) -> tuple[float, float] | None:
    """The line a presenter's step goes to from the line ``(w, b)``: the chapter's four lines
    z = 2x + 2, 2.5, 3, 3.5 (Figures 3-3 and 3-4) in turn; from another line the first (or,
    going back, the last); None at either end (the line stays)."""
    lines = [(lw, lb) for lw, lb, _ in datasets.CHAPTER_LINES]
    on = [i for i, (lw, lb) in enumerate(lines) if np.isclose(w, lw) and np.isclose(b, lb)]
    if not on:
        return lines[0] if direction > 0 else lines[-1]
    index = min(max(on[0] + (1 if direction > 0 else -1), 0), len(lines) - 1)
    return None if index == on[0] else lines[index]
