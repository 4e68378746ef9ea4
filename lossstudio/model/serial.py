"""Checked reading of JSON values into model states (scenes are data only: no eval, no pickle).

Each tab's state has ``to_json() -> dict`` of plain JSON types and a classmethod
``from_json(data) -> state`` that uses these readers and raises :class:`SceneError`
with a path to the bad value and what was expected.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any


class SceneError(ValueError):
    """A JSON value of the wrong shape; ``str(error)`` says where and what was expected.

    A long run of digits in it (an integer of 400 digits in a damaged file) is cut to its
    first digits and its length, so that the message still fits where the person reads it.
    """

    def __init__(self, message: str = ""):
        super().__init__(_LONG_NUMBER.sub(_shortened, str(message)))


_LONG_NUMBER = re.compile(r"\d{16,}")


def _shortened(match: re.Match) -> str:
    digits = match.group()
    return f"{digits[:6]}… ({len(digits)} digits)"


def _as_float(value: int | float) -> float:
    """``float(value)``; a JSON integer too large for a float (``1`` and 400 zeros) is inf."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def mapping(data: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise SceneError(f"{where}: expected an object, got {type(data).__name__}")
    return data


def field(data: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise SceneError(f"{where}: missing {key!r}")
    return data[key]


def number(
    data: Mapping[str, Any],
    key: str,
    where: str,
    minimum: float = -math.inf,
    maximum: float = math.inf,
) -> float:
    value = field(data, key, where)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SceneError(f"{where}.{key}: expected a number, got {type(value).__name__}")
    value = _as_float(value)
    if not math.isfinite(value) or not minimum <= value <= maximum:
        raise SceneError(f"{where}.{key}: {value!r} is outside [{minimum}, {maximum}]")
    return value


def integer(data: Mapping[str, Any], key: str, where: str, minimum: int, maximum: int) -> int:
    value = field(data, key, where)
    if isinstance(value, bool) or not isinstance(value, int):
        raise SceneError(f"{where}.{key}: expected a whole number, got {type(value).__name__}")
    if not minimum <= value <= maximum:
        raise SceneError(f"{where}.{key}: {value} is outside [{minimum}, {maximum}]")
    return value


def boolean(data: Mapping[str, Any], key: str, where: str) -> bool:
    value = field(data, key, where)
    if not isinstance(value, bool):
        raise SceneError(f"{where}.{key}: expected true or false, got {type(value).__name__}")
    return value


def choice(data: Mapping[str, Any], key: str, where: str, options: Sequence[str]) -> str:
    value = field(data, key, where)
    if value not in options:
        raise SceneError(f"{where}.{key}: {value!r} is not one of {', '.join(options)}")
    return value


def numbers(
    data: Mapping[str, Any],
    key: str,
    where: str,
    *,
    min_length: int = 0,
    max_length: int = 1_000_000,
    minimum: float = -math.inf,
    maximum: float = math.inf,
) -> tuple[float, ...]:
    value = field(data, key, where)
    if not isinstance(value, list):
        raise SceneError(f"{where}.{key}: expected a list of numbers, got {type(value).__name__}")
    if not min_length <= len(value) <= max_length:
        raise SceneError(
            f"{where}.{key}: {len(value)} values, expected {min_length} to {max_length}"
        )
    out = []
    for index, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, (int, float)):
            raise SceneError(f"{where}.{key}[{index}]: expected a number")
        item = _as_float(item)
        if not math.isfinite(item) or not minimum <= item <= maximum:
            raise SceneError(f"{where}.{key}[{index}]: {item!r} is outside [{minimum}, {maximum}]")
        out.append(item)
    return tuple(out)
