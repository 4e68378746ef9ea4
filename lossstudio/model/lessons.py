"""Numbers for the teaching texts: what a lesson sentence quotes, computed by the engine.

The outlier lesson of section 3.2 ("MSE is sensitive to samples far off"): the chapter's 50
points and the same points with one moved far below the line (the "outlier" preset), each
fitted by the squared and by the absolute loss.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from lossstudio.engine import datasets
from lossstudio.engine import regression as engine


@dataclass(frozen=True)
class OutlierLesson:
    """Where the outlier sits and the four best fits ``(w, b)``.

    ``squared`` and ``absolute`` are ``(without the outlier, with it)``, each a ``(w, b)``.
    """

    x: float
    y_before: float
    y_after: float
    squared: tuple[tuple[float, float], tuple[float, float]]
    absolute: tuple[tuple[float, float], tuple[float, float]]


@lru_cache(maxsize=1)
def outlier_lesson() -> OutlierLesson:
    x0, y0 = datasets.chapter3_line()
    x1, y1 = datasets.chapter3_outlier()
    moved = int(np.flatnonzero(y0 != y1)[0])
    return OutlierLesson(
        float(x1[moved]),
        float(y0[moved]),
        float(y1[moved]),
        (engine.least_squares(x0, y0), engine.least_squares(x1, y1)),
        (engine.least_absolute(x0, y0), engine.least_absolute(x1, y1)),
    )
