"""The Descent tab's state: which surface, where the walk starts, which optimizers race.

What the person set is stored; the paths are derived from the engine
(:func:`lossstudio.engine.descent.descend`) and never stored. The data set of the
"regression" surface is a snapshot of the Regression tab's points taken when the person
chose it or pressed refresh, so a saved scene and an undo step show exactly the same walk.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lossstudio.engine.descent import DEFAULTS, OPTIMIZERS, make_optimizer
from lossstudio.engine.regression import least_squares
from lossstudio.engine.surfaces import CONDITION_RANGE, KINDS, has_distinct_x
from lossstudio.model import serial
from lossstudio.model.numbers import Range
from lossstudio.model.regression import COORDINATE_LIMIT, MAX_POINTS
from lossstudio.model.serial import SceneError

#: The hyper-parameters the person can set, per optimizer (the others keep torch's defaults).
HYPER_PARAMETERS: dict[str, tuple[str, ...]] = {
    "gd": (),
    "momentum": ("momentum",),
    "nesterov": ("momentum",),
    "adagrad": ("eps",),
    "rmsprop": ("alpha", "eps"),
    "adam": ("beta1", "beta2", "eps"),
}
HYPER_RANGES: dict[str, Range] = {
    "momentum": Range(0.0, 0.999),
    "alpha": Range(0.0, 0.999),
    "beta1": Range(0.0, 0.999),
    "beta2": Range(0.0, 0.9999),
    "eps": Range(1e-12, 1.0),
}
LEARNING_RATE = Range(1e-4, 10.0)
#: Playback speed in steps per second.
SPEED = Range(1.0, 500.0)
CONDITION = Range(*CONDITION_RANGE)
#: The most steps a path is computed for.
MAX_STEPS = 3000
#: Gradient norm below which a walk counts as converged.
TOLERANCE = 1e-5
#: Start learning rates that make a good first walk on the chapter's surface.
DEFAULT_LEARNING_RATES: dict[str, float] = {
    "gd": 0.5,
    "momentum": 0.1,
    "nesterov": 0.1,
    "adagrad": 0.5,
    "rmsprop": 0.05,
    "adam": 0.1,
}
#: Learning rates that suit each surface, set when the person switches to it.
SUGGESTED_LEARNING_RATES: dict[str, dict[str, float]] = {
    "chapter": DEFAULT_LEARNING_RATES,
    "regression": DEFAULT_LEARNING_RATES,
    "bowl": {
        "gd": 0.15,
        "momentum": 0.03,
        "nesterov": 0.03,
        "adagrad": 0.5,
        "rmsprop": 0.05,
        "adam": 0.1,
    },
    "banana": {
        "gd": 0.0005,
        "momentum": 0.0002,
        "nesterov": 0.0002,
        "adagrad": 0.1,
        "rmsprop": 0.01,
        "adam": 0.05,
    },
}
_WHERE = "descent"
_COORDINATE = 1e6  # start points are typed or clicked on a view; far beyond is a mistake
#: The "regression" surface walks on the Regression tab's data only when its best line lies
#: within this of the origin (its map and start, ~1.5 times as far, then stay within the
#: start's range); steeper data show the chapter's data instead, with a note.
BEST_FIT_LIMIT = _COORDINATE / 2


@lru_cache(maxsize=8)
def data_usable(data_x: tuple[float, ...], data_y: tuple[float, ...]) -> str:
    """``""`` when the snapshot makes a surface to walk on, else why not: ``"no_data"`` (fewer
    than two distinct x) or ``"steep"`` (no finite best line within :data:`BEST_FIT_LIMIT`)."""
    if len(data_x) != len(data_y) or not has_distinct_x(data_x):
        return "no_data"
    try:
        best = least_squares(data_x, data_y)
    except ValueError:
        return "no_data"
    if not all(math.isfinite(v) and abs(v) <= BEST_FIT_LIMIT for v in best):
        return "steep"
    return ""


@dataclass(frozen=True)
class OptimizerSettings:
    """One optimizer's learning rate and the hyper-parameters of :data:`HYPER_PARAMETERS`."""

    name: str
    learning_rate: float
    hyper: tuple[tuple[str, float], ...] = ()

    def __post_init__(self) -> None:
        if self.name not in OPTIMIZERS:
            raise SceneError(f"{_WHERE}: unknown optimizer {self.name!r}")
        if not LEARNING_RATE.contains(self.learning_rate):
            raise SceneError(f"{_WHERE}.{self.name}: learning rate {self.learning_rate!r}")
        keys = tuple(key for key, _ in self.hyper)
        if keys != HYPER_PARAMETERS[self.name]:
            raise SceneError(f"{_WHERE}.{self.name}: hyper-parameters {keys!r}")
        for key, value in self.hyper:
            if not HYPER_RANGES[key].contains(value):
                raise SceneError(f"{_WHERE}.{self.name}.{key}: {value!r} is out of range")

    @classmethod
    def default(cls, name: str) -> OptimizerSettings:
        hyper = tuple((key, DEFAULTS[name][key]) for key in HYPER_PARAMETERS[name])
        return cls(name, DEFAULT_LEARNING_RATES[name], hyper)

    def hyper_value(self, key: str) -> float:
        return dict(self.hyper)[key]

    def with_hyper(self, key: str, value: float) -> OptimizerSettings:
        hyper = tuple((k, value if k == key else v) for k, v in self.hyper)
        return dataclasses.replace(self, hyper=hyper)

    def optimizer(self):
        """The engine's optimizer for these settings."""
        return make_optimizer(self.name, self.learning_rate, **dict(self.hyper))


def _default_settings() -> tuple[OptimizerSettings, ...]:
    return tuple(OptimizerSettings.default(name) for name in OPTIMIZERS)


@dataclass(frozen=True)
class DescentState:
    """Everything the person set on the Descent tab.

    Attributes
    ----------
    surface : str
        One of :data:`lossstudio.engine.surfaces.KINDS`.
    condition : float
        The bowl's condition number (used by the ``"bowl"`` surface).
    data_x, data_y : tuple of float
        The Regression tab's points when the ``"regression"`` surface was chosen (empty or
        unusable: the chapter's data stand in).
    start : (w, b)
        Where every optimizer starts.
    focus : str
        The optimizer whose settings are edited and whose arrows and line are drawn.
    racing : tuple of str
        The optimizers walking, in :data:`OPTIMIZERS` order; always includes ``focus``.
    settings : tuple of OptimizerSettings
        One per optimizer, in :data:`OPTIMIZERS` order.
    iteration : int
        The step shown (each path shows ``min(iteration, its length)``).
    playing : bool
        Whether the animation runs.
    speed : float
        Steps per second while playing.
    log_loss : bool
        Loss against iteration on a log scale.
    equal_aspect : bool
        One unit of w as long as one unit of b on the contour map.
    """

    surface: str = "chapter"
    condition: float = 10.0
    data_x: tuple[float, ...] = ()
    data_y: tuple[float, ...] = ()
    start: tuple[float, float] = (0.0, 4.0)
    focus: str = "gd"
    racing: tuple[str, ...] = ("gd",)
    settings: tuple[OptimizerSettings, ...] = dataclasses.field(default_factory=_default_settings)
    iteration: int = 0
    playing: bool = False
    speed: float = 20.0
    log_loss: bool = False
    equal_aspect: bool = False

    def __post_init__(self) -> None:
        if self.surface not in KINDS:
            raise SceneError(f"{_WHERE}.surface: {self.surface!r} is not one of {KINDS}")
        if not CONDITION.contains(self.condition):
            raise SceneError(f"{_WHERE}.condition: {self.condition!r} is out of range")
        if len(self.data_x) != len(self.data_y):
            raise SceneError(f"{_WHERE}: data_x and data_y differ in length")
        if len(self.start) != 2 or not all(
            Range(-_COORDINATE, _COORDINATE).contains(v) for v in self.start
        ):
            raise SceneError(f"{_WHERE}.start: {self.start!r} is not a finite point")
        if tuple(s.name for s in self.settings) != OPTIMIZERS:
            raise SceneError(f"{_WHERE}.settings: one per optimizer, in the order {OPTIMIZERS}")
        if self.focus not in OPTIMIZERS:
            raise SceneError(f"{_WHERE}.focus: unknown optimizer {self.focus!r}")
        if self.focus not in self.racing:
            raise SceneError(f"{_WHERE}.racing: must include the focus {self.focus!r}")
        if self.racing != tuple(name for name in OPTIMIZERS if name in self.racing):
            raise SceneError(f"{_WHERE}.racing: known optimizers, once each, in order")
        if not 0 <= self.iteration <= MAX_STEPS:
            raise SceneError(f"{_WHERE}.iteration: {self.iteration!r} is outside [0, {MAX_STEPS}]")
        if not SPEED.contains(self.speed):
            raise SceneError(f"{_WHERE}.speed: {self.speed!r} is out of range")

    # --- reading ---------------------------------------------------------------------------
    def settings_for(self, name: str) -> OptimizerSettings:
        return self.settings[OPTIMIZERS.index(name)]

    def uses_own_data(self) -> bool:
        """The regression surface with a usable snapshot (else the chapter's data stand in)."""
        return self.surface == "regression" and not data_usable(self.data_x, self.data_y)

    # --- changing --------------------------------------------------------------------------
    def with_settings(self, new: OptimizerSettings) -> DescentState:
        settings = tuple(new if s.name == new.name else s for s in self.settings)
        return dataclasses.replace(self, settings=settings)

    def with_racing(self, name: str, on: bool) -> DescentState:
        """Add or remove one optimizer from the race (the focus always stays)."""
        wanted = set(self.racing) | {name} if on else set(self.racing) - {name}
        wanted.add(self.focus)
        return dataclasses.replace(self, racing=tuple(n for n in OPTIMIZERS if n in wanted))

    def with_focus(self, name: str) -> DescentState:
        racing = tuple(n for n in OPTIMIZERS if n in self.racing or n == name)
        return dataclasses.replace(self, focus=name, racing=racing)

    def with_suggested_rates(self) -> DescentState:
        """Every optimizer at the learning rate that suits this surface (hyper-parameters kept)."""
        rates = SUGGESTED_LEARNING_RATES[self.surface]
        settings = tuple(dataclasses.replace(s, learning_rate=rates[s.name]) for s in self.settings)
        return dataclasses.replace(self, settings=settings)

    # --- JSON ------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "surface": self.surface,
            "condition": self.condition,
            "data_x": list(self.data_x),
            "data_y": list(self.data_y),
            "start": list(self.start),
            "focus": self.focus,
            "racing": list(self.racing),
            "settings": {
                s.name: {"learning_rate": s.learning_rate, **dict(s.hyper)} for s in self.settings
            },
            "iteration": self.iteration,
            "playing": self.playing,
            "speed": self.speed,
            "log_loss": self.log_loss,
            "equal_aspect": self.equal_aspect,
        }

    @classmethod
    def from_json(cls, data: Any) -> DescentState:
        data = serial.mapping(data, _WHERE)
        racing_raw = serial.field(data, "racing", _WHERE)
        if not isinstance(racing_raw, list) or not all(isinstance(n, str) for n in racing_raw):
            raise SceneError(f"{_WHERE}.racing: expected a list of optimizer names")
        for name in racing_raw:
            if name not in OPTIMIZERS:
                raise SceneError(f"{_WHERE}.racing: unknown optimizer {name!r}")
        settings_raw = serial.mapping(serial.field(data, "settings", _WHERE), f"{_WHERE}.settings")
        settings = tuple(_settings_from_json(settings_raw, name) for name in OPTIMIZERS)
        # the same caps as the Regression tab's points, which this is a snapshot of
        caps = {"max_length": MAX_POINTS, "minimum": -COORDINATE_LIMIT, "maximum": COORDINATE_LIMIT}
        data_x = serial.numbers(data, "data_x", _WHERE, **caps)
        data_y = serial.numbers(data, "data_y", _WHERE, **caps)
        start = serial.numbers(
            data,
            "start",
            _WHERE,
            min_length=2,
            max_length=2,
            minimum=-_COORDINATE,
            maximum=_COORDINATE,
        )
        return cls(
            surface=serial.choice(data, "surface", _WHERE, KINDS),
            condition=serial.number(
                data, "condition", _WHERE, CONDITION.minimum, CONDITION.maximum
            ),
            data_x=data_x,
            data_y=data_y,
            start=(start[0], start[1]),
            focus=serial.choice(data, "focus", _WHERE, OPTIMIZERS),
            racing=tuple(name for name in OPTIMIZERS if name in racing_raw),
            settings=settings,
            iteration=serial.integer(data, "iteration", _WHERE, 0, MAX_STEPS),
            playing=serial.boolean(data, "playing", _WHERE),
            speed=serial.number(data, "speed", _WHERE, SPEED.minimum, SPEED.maximum),
            log_loss=serial.boolean(data, "log_loss", _WHERE),
            equal_aspect=serial.boolean(data, "equal_aspect", _WHERE),
        )


def _settings_from_json(settings: Mapping[str, Any], name: str) -> OptimizerSettings:
    where = f"{_WHERE}.settings.{name}"
    entry = serial.mapping(serial.field(settings, name, f"{_WHERE}.settings"), where)
    rate = serial.number(
        entry, "learning_rate", where, LEARNING_RATE.minimum, LEARNING_RATE.maximum
    )
    hyper = tuple(
        (
            key,
            serial.number(entry, key, where, HYPER_RANGES[key].minimum, HYPER_RANGES[key].maximum),
        )
        for key in HYPER_PARAMETERS[name]
    )
    return OptimizerSettings(name, rate, hyper)
