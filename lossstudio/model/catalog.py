"""The Loss Catalog tab's state: which loss, which label, where the markers are.

One frozen dataclass, :class:`CatalogState`, holds everything a person sets on the tab: the
selected loss and its label ``y``, the prediction ``a`` of the single-loss plot, the margin
cursor and the shown curves of the all-six plot, the editable rows of Table 3-1, and the start,
step size and step count of the one-variable descent (Figure 3-1). Derived numbers (losses,
slopes, sums, paths) come from the engine when the tab draws, never from here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from lossstudio.engine.curves import MARGIN_RANGE, prediction_range
from lossstudio.engine.losses import LOSSES

from . import serial
from .numbers import Range

LOSS_KEYS: tuple[str, ...] = tuple(LOSSES)
#: a real label ``y`` of the absolute and squared losses
LABEL_RANGE = Range(-3.0, 3.0)
#: one value of Table 3-1 (a label or a prediction)
TABLE_RANGE = Range(-1000.0, 1000.0)
#: the step size ``eta`` of the one-variable descent
LEARNING_RATE_RANGE = Range(0.001, 10.0)
#: the most descent steps shown
MAX_STEPS = 50


def labels_of(key: str) -> tuple[float, ...] | None:
    """The label set of loss ``key``: ``(0, 1)``, ``(-1, 1)`` or ``None`` (any real)."""
    return LOSSES[key].labels


def fit_label(key: str, label: float) -> float:
    """The label that ``label`` becomes under loss ``key``'s convention.

    Real labels stay (within :data:`LABEL_RANGE`); for ``y in {0, 1}`` a positive label is 1,
    otherwise 0; for ``y = +-1`` a label above 0 is +1, otherwise -1.
    """
    labels = labels_of(key)
    if labels is None:
        return min(max(label, LABEL_RANGE.minimum), LABEL_RANGE.maximum)
    low, high = labels
    return high if label > (0.5 if low == 0.0 else 0.0) else low


def clamp_prediction(key: str, a: float) -> float:
    """``a`` moved into loss ``key``'s range of predictions."""
    low, high = prediction_range(key)
    return min(max(a, low), high)


#: where a Figure 3-1 walk on the log loss may start when the loss is switched to it: its ends
#: are dead points (at a = 0 or 1 one label's loss is infinite, the walk cannot start)
LOG_START_RANGE = (0.1, 0.9)


def walk_start(key: str, start: float) -> float:
    """``start`` moved to where a Figure 3-1 walk on loss ``key`` can begin."""
    if key == "log":
        return min(max(start, LOG_START_RANGE[0]), LOG_START_RANGE[1])
    return clamp_prediction(key, start)


@dataclass(frozen=True)
class CatalogState:
    """What the person set on the Loss Catalog tab.

    Attributes
    ----------
    loss : str
        The selected loss, a key of ``LOSSES`` (``"squared"``).
    label : float
        The label ``y``: in the loss's label set, or any real in ``LABEL_RANGE``.
    prediction : float
        The prediction ``a`` of the single-loss plot, inside the loss's range.
    margin : float
        The cursor ``t = y a`` on the all-six plot.
    shown : tuple of six bools
        Which curves the all-six plot draws, in the order of ``LOSS_KEYS``.
    table_labels, table_first, table_second : tuple of three floats
        Table 3-1: the labels and the two sets of predictions.
    start : float
        ``x_0`` of the one-variable descent, inside the loss's range.
    learning_rate : float
        The step size ``eta`` of the descent.
    steps : int
        How many descent steps are shown (0 to ``MAX_STEPS``).
    """

    loss: str = "squared"
    label: float = 1.0
    prediction: float = 2.0
    margin: float = 0.5
    shown: tuple[bool, ...] = (True,) * 6
    table_labels: tuple[float, ...] = (1.0, 1.0, 1.0)
    table_first: tuple[float, ...] = (1.0, 2.0, 3.0)
    table_second: tuple[float, ...] = (1.0, 3.0, 3.0)
    start: float = -1.5
    learning_rate: float = 0.2
    steps: int = 5

    def __post_init__(self) -> None:
        problem = self.problem()
        if problem:
            raise ValueError(problem)

    def problem(self) -> str:
        """What makes this state invalid, or ``""``."""
        if self.loss not in LOSSES:
            return f"unknown loss {self.loss!r}"
        labels = labels_of(self.loss)
        if labels is None and not LABEL_RANGE.contains(self.label):
            return f"label {self.label!r} outside {LABEL_RANGE}"
        if labels is not None and self.label not in labels:
            return f"label {self.label!r} is not one of {labels}"
        low, high = prediction_range(self.loss)
        for name in ("prediction", "start"):
            value = getattr(self, name)
            if not (math.isfinite(value) and low <= value <= high):
                return f"{name} {value!r} outside [{low}, {high}]"
        if not MARGIN_RANGE[0] <= self.margin <= MARGIN_RANGE[1]:
            return f"margin {self.margin!r} outside {MARGIN_RANGE}"
        if len(self.shown) != len(LOSS_KEYS) or not all(isinstance(s, bool) for s in self.shown):
            return "shown must be six true/false values"
        for name in ("table_labels", "table_first", "table_second"):
            row = getattr(self, name)
            if len(row) != 3 or not all(TABLE_RANGE.contains(v) for v in row):
                return f"{name} must be three numbers in {TABLE_RANGE}"
        if not LEARNING_RATE_RANGE.contains(self.learning_rate):
            return f"learning rate {self.learning_rate!r} outside {LEARNING_RATE_RANGE}"
        if isinstance(self.steps, bool) or not isinstance(self.steps, int):
            return "steps must be a whole number"
        if not 0 <= self.steps <= MAX_STEPS:
            return f"steps {self.steps} outside [0, {MAX_STEPS}]"
        return ""

    def with_loss(self, key: str) -> CatalogState:
        """Switch to loss ``key``, fitting the label, prediction and start to it."""
        return replace(
            self,
            loss=key,
            label=fit_label(key, self.label),
            prediction=clamp_prediction(key, self.prediction),
            start=walk_start(key, self.start),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "loss": self.loss,
            "label": self.label,
            "prediction": self.prediction,
            "margin": self.margin,
            "shown": list(self.shown),
            "table_labels": list(self.table_labels),
            "table_first": list(self.table_first),
            "table_second": list(self.table_second),
            "start": self.start,
            "learning_rate": self.learning_rate,
            "steps": self.steps,
        }

    @classmethod
    def from_json(cls, data: Any) -> CatalogState:
        """Read a state written by :meth:`to_json`; :class:`SceneError` says what is wrong."""
        where = "catalog"
        data = serial.mapping(data, where)
        loss = serial.choice(data, "loss", where, LOSS_KEYS)
        low, high = prediction_range(loss)
        labels = labels_of(loss)
        if labels is None:
            label = serial.number(data, "label", where, LABEL_RANGE.minimum, LABEL_RANGE.maximum)
        else:
            label = serial.number(data, "label", where)
            if label not in labels:
                raise serial.SceneError(f"{where}.label: {label!r} is not one of {labels}")
        shown = serial.field(data, "shown", where)
        if (
            not isinstance(shown, list)
            or len(shown) != len(LOSS_KEYS)
            or not all(isinstance(s, bool) for s in shown)
        ):
            raise serial.SceneError(f"{where}.shown: expected a list of six true/false values")
        table = {
            name: serial.numbers(
                data,
                name,
                where,
                min_length=3,
                max_length=3,
                minimum=TABLE_RANGE.minimum,
                maximum=TABLE_RANGE.maximum,
            )
            for name in ("table_labels", "table_first", "table_second")
        }
        try:
            return cls(
                loss=loss,
                label=label,
                prediction=serial.number(data, "prediction", where, low, high),
                margin=serial.number(data, "margin", where, *MARGIN_RANGE),
                shown=tuple(shown),
                start=serial.number(data, "start", where, low, high),
                learning_rate=serial.number(
                    data,
                    "learning_rate",
                    where,
                    LEARNING_RATE_RANGE.minimum,
                    LEARNING_RATE_RANGE.maximum,
                ),
                steps=serial.integer(data, "steps", where, 0, MAX_STEPS),
                **table,
            )
        except serial.SceneError:
            raise  # it says where already
        except ValueError as error:
            raise serial.SceneError(f"{where}: {error}") from None
