"""A small one-feature data set for the chapter's closing question, "why not MSE?".

Ten students with one feature x (say, a standardised attendance score) and a pass label
y in {0, 1}. The classes overlap (two students on the "wrong" side), so the cross-entropy
of ``a = sigmoid(w x + b)`` has a finite minimum, a bowl, while the squared error flattens
into plateaus where the sigmoid saturates.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray

_X = (-3.0, -2.2, -1.5, -0.8, -0.3, 0.2, 0.6, 1.1, 1.8, 2.5)
_Y = (0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0)


def logistic_dataset() -> tuple[Array, Array]:
    """``(x, y)``: float64 arrays of shape (10,), labels in {0, 1}; the same every call."""
    return np.array(_X, dtype=np.float64), np.array(_Y, dtype=np.float64)
