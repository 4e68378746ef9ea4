"""The Classification tab's derived numbers, Qt-free: what its Table 3-2 page and its "why not
MSE?" page show for a state (the students' losses are :func:`~.classification.sample_losses`).

:func:`information_view` gives I(p), I(q), H(p), KL(p ‖ q), H(p, q), Table 3-2's rounding and
the one-hot case; :func:`why_not_mse_view` the losses along w at the state's b, the losses and
gradients at its (w, b) and z; :func:`loss_maps` the two J(w, b) maps of the logistic model
(fixed data: computed once) with their colour ranges and contour levels.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from lossstudio.engine import classification as engine
from lossstudio.engine.logistic_data import logistic_dataset
from lossstudio.model import classification as model
from lossstudio.model.classification import ClassificationState

GRID = 121
W_AXIS = np.linspace(*model.W_RANGE, GRID)
B_AXIS = np.linspace(*model.B_RANGE, GRID)
Z_AXIS = np.linspace(*model.Z_RANGE, 401)
#: I(p) = -ln p drawn over [0.01, 1] (it is 4.6 at 0.01)
CURVE_P = np.linspace(0.01, 1.0, 200)


@dataclass(frozen=True, eq=False)
class InformationView:
    """Table 3-2's page: information, entropy, KL divergence and cross-entropy of (p, q)."""

    p: np.ndarray
    q: np.ndarray
    information_p: np.ndarray  # I = -ln p per outcome (inf where p = 0)
    information_q: np.ndarray
    entropy: float  # H(p)
    kl: float  # KL(p ‖ q)
    cross_entropy: float  # H(p, q) = H(p) + KL(p ‖ q)
    #: Table 3-2's way for the chapter's p: (each I rounded to 2 decimals, their p-weighted
    #: sum, 0.804 in the chapter); None for any other p
    table_3_2: tuple[np.ndarray, float] | None
    one_hot: int | None  # the index of the 1 when p is a label
    student_c: bool  # (p, q) is the chapter's student C (label "fail", prediction q)
    curve: tuple[np.ndarray, np.ndarray]  # (p, I(p)) for the plot of -ln p
    sum_p: tuple[float, bool]  # (the sum of p, whether it is 1 within SUM_TOLERANCE)
    sum_q: tuple[float, bool]

    @property
    def values(self) -> dict[str, float]:
        return {"entropy": self.entropy, "kl": self.kl, "cross_entropy": self.cross_entropy}


def information_view(state: ClassificationState) -> InformationView:
    p, q = np.array(state.p, dtype=np.float64), np.array(state.q, dtype=np.float64)
    chapter = tuple(state.p) == model.TABLE_3_2_P
    return InformationView(
        p=p,
        q=q,
        information_p=engine.information(p),
        information_q=engine.information(q),
        entropy=float(engine.entropy(p)),
        kl=float(engine.kl_divergence(p, q)),
        cross_entropy=float(engine.cross_entropy(p, q)),
        table_3_2=model.rounded_information_entropy(p) if chapter else None,
        one_hot=model.one_hot_index(state.p),
        student_c=model.is_student_c(state.p, state.q),
        curve=(CURVE_P, engine.information(CURVE_P)),
        sum_p=_sum(state.p),
        sum_q=_sum(state.q),
    )


def _sum(values) -> tuple[float, bool]:
    total = math.fsum(values)
    return total, abs(total - 1.0) <= model.SUM_TOLERANCE


@dataclass(frozen=True, eq=False)
class LossMap:
    """``values[i, j]`` = J(W_AXIS[j], B_AXIS[i]); its colour range and contour levels."""

    values: np.ndarray
    levels: tuple[float, float]  # the colour map's range
    contours: np.ndarray  # the J of each contour line


@dataclass(frozen=True, eq=False)
class LossMaps:
    x: np.ndarray  # the ten students' feature and label the maps are of
    y: np.ndarray
    mse: LossMap
    ce: LossMap


@functools.cache
def loss_maps() -> LossMaps:
    """The two maps over W_AXIS x B_AXIS: MSE (levels over its whole range, 8 evenly spaced
    contours) and cross-entropy (3 above its least value, contours doubling from 0.05)."""
    x, y = logistic_dataset()
    ws, bs = np.meshgrid(W_AXIS, B_AXIS)  # [i, j] = (w_j, b_i)
    mse, ce = engine.logistic_losses(x, y, ws, bs)
    low_mse, high_mse = float(mse.min()), float(mse.max())
    low_ce = float(ce.min())
    return LossMaps(
        x=x,
        y=y,
        mse=LossMap(
            mse, (low_mse, high_mse), low_mse + np.linspace(0.0, high_mse - low_mse, 9)[1:]
        ),
        ce=LossMap(ce, (low_ce, low_ce + 3.0), low_ce + 0.05 * 2.0 ** np.arange(7)),
    )


@dataclass(frozen=True, eq=False)
class WhyNotMseView:
    """The "why not MSE?" page for one state."""

    along_w: tuple[np.ndarray, np.ndarray, np.ndarray]  # (ws, J_mse, J_ce) at the state's b
    here: tuple[float, float]  # (J_mse, J_ce) at the state's (w, b)
    gradients: tuple[np.ndarray, np.ndarray, np.ndarray]  # (z, MSE's, cross-entropy's dloss/dz)
    a: float  # sigmoid(z) at the state's z
    gradient_here: tuple[float, float]  # (MSE's, cross-entropy's) dloss/dz there


def why_not_mse_view(state: ClassificationState) -> WhyNotMseView:
    maps = loss_maps()
    along_mse, along_ce = engine.logistic_losses(maps.x, maps.y, W_AXIS, state.b)
    here_mse, here_ce = engine.logistic_losses(maps.x, maps.y, state.w, state.b)
    y = float(state.target)
    grad_mse, grad_ce = engine.output_gradients(y, engine.sigmoid(Z_AXIS))
    a = float(engine.sigmoid(state.z))
    here = engine.output_gradients(y, a)
    return WhyNotMseView(
        along_w=(W_AXIS, along_mse, along_ce),
        here=(float(here_mse), float(here_ce)),
        gradients=(Z_AXIS, grad_mse, grad_ce),
        a=a,
        gradient_here=(float(here[0]), float(here[1])),
    )
