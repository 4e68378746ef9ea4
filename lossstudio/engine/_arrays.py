"""Small array helpers shared by the engine modules (no Qt, no I/O)."""

from __future__ import annotations

import numpy as np


def as_float(name: str, value) -> np.ndarray:
    """Return ``value`` as a float64 array, or raise a readable ``ValueError``."""
    try:
        return np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{name} must be numbers, got {value!r}") from error


def broadcast(**named) -> tuple[np.ndarray, ...]:
    """Broadcast the named float arrays together or say which shapes disagree."""
    arrays = {name: as_float(name, value) for name, value in named.items()}
    try:
        return tuple(np.broadcast_arrays(*arrays.values()))
    except ValueError:
        shapes = ", ".join(f"{name} {array.shape}" for name, array in arrays.items())
        raise ValueError(f"shapes do not match: {shapes}") from None


def xlogy(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``x * ln(y)`` with the convention ``0 * ln(0) = 0``, without numpy warnings.

    Where ``x > 0`` and ``y == 0`` the result is ``-inf`` (the information of an
    impossible event), never nan.
    """
    x, y = np.broadcast_arrays(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64))
    with np.errstate(divide="ignore", invalid="ignore"):
        product = x * np.log(y)
    return np.where(x == 0, 0.0, product)


def check_probabilities(name: str, p: np.ndarray) -> None:
    """Raise ``ValueError`` if any finite entry of ``p`` lies outside [0, 1]."""
    with np.errstate(invalid="ignore"):
        bad = (p < 0) | (p > 1)
    if np.any(bad):
        raise ValueError(f"{name} must be probabilities in [0, 1], got {p[bad].ravel()[0]!r}")


def last_axis_size(name: str, array: np.ndarray) -> int:
    """The length of the last axis, or a ``ValueError`` for empty input."""
    if array.ndim == 0 or array.shape[-1] == 0:
        raise ValueError(f"{name} is empty: at least one value is needed")
    return array.shape[-1]
