"""Predict-then-reveal challenges: the student commits a prediction (a click on the contour
map, a choice), then the tab shows what really happens beside it (see :mod:`.practice_base`)."""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from typing import Any

import numpy as np

from lossstudio.engine import datasets, surfaces
from lossstudio.engine import regression as engine
from lossstudio.engine.descent import OPTIMIZERS
from lossstudio.model import descent, regression
from lossstudio.model.numbers import parse_number
from lossstudio.model.practice_base import (
    CHOICE,
    POINT,
    TAB,
    Challenge,
    Variant,
    Verdict,
    closeness,
    generator,
)
from lossstudio.model.practice_lines import line_data, regression_state
from lossstudio.model.walks import walks_of


class RegressionClickMinimum(Challenge):
    """One click on the contour map where the minimum of J is, with J and the star hidden."""

    kind, tab, page, answer_kind, par = "regression.click_minimum", "regression", "contour", TAB, 1

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        x, y = line_data(rng)
        w_best, b_best = engine.least_squares(x, y)
        view = surfaces.data_surface(x, y).view  # what the contour map shows around it
        half_w, half_b = (view[1] - view[0]) / 2, (view[3] - view[2]) / 2
        start = regression_state(
            x, y, round(w_best + half_w * 0.7, 1), round(b_best - half_b * 0.7, 1)
        )
        answer = {"w": w_best, "b": b_best, "half_w": half_w, "half_b": half_b}
        return self._variant(seed, start, {"loss", "best_fit"}, answer=answer)

    def closeness(self, variant: Variant, attempt: regression.RegressionState) -> Verdict:
        a = variant.answer
        # the distance in units of the map: 1 is from the centre to the edge
        distance = math.hypot(
            (attempt.w - a["w"]) / a["half_w"], (attempt.b - a["b"]) / a["half_b"]
        )
        solved = distance <= 0.08
        score = closeness(distance, 0.08, 0.8)
        value = (attempt.w, attempt.b)
        return Verdict(0, solved, score, value, (a["w"], a["b"]), distance, "" if solved else "off")


def line_shift(x: np.ndarray, before: tuple[float, float], after: tuple[float, float]) -> float:
    """The most the line moves over the samples' x range (its ends move most)."""
    ends = np.array([x.min(), x.max()])
    shift = float(np.max(np.abs((after[0] - before[0]) * ends + after[1] - before[1])))
    return 0.0 if shift < 1e-9 else shift  # the search's own round-off is no move


class RegressionOutlier(Challenge):
    """One sample moved far off the chapter's line: whose best fit moves more, MSE's or the
    absolute error's? Chosen first, then both best lines shown."""

    kind, tab, page, answer_kind = "regression.outlier", "regression", "contour", CHOICE
    CHOICES = ("squared", "absolute")

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        x, y = datasets.chapter3_line()
        moved = y.copy()
        index = int(rng.integers(len(x)))
        moved[index] = round(float(y[index] + rng.choice([-1, 1]) * rng.uniform(2.5, 4.0)), 3)
        shifts = {
            "squared": line_shift(x, engine.least_squares(x, y), engine.least_squares(x, moved)),
            "absolute": line_shift(x, engine.least_absolute(x, y), engine.least_absolute(x, moved)),
        }
        state = regression_state(x, moved, 2.0, 3.0)
        answer = max(shifts, key=shifts.get)
        numbers = {"x": float(x[index]), "y": float(moved[index]), **shifts}
        return self._variant(
            seed, state, {"best_fit"}, numbers=numbers, answer=answer, choices=self.CHOICES
        )

    def closeness(self, variant: Variant, attempt: str) -> Verdict:
        solved = attempt == variant.answer
        extra = {name: variant.numbers[name] for name in self.CHOICES}
        return Verdict(
            0, solved, 100.0 if solved else 0.0, attempt, variant.answer, None, "", extra
        )

    def revealed_state(self, variant: Variant, attempt: str) -> Any:
        return dataclasses.replace(variant.state, best_fit=True, loss=variant.answer)


def arrivals(state: descent.DescentState) -> dict[str, int | None]:
    """Steps each racing optimizer needs to converge (None: it diverges or never settles),
    from the walks the race itself shows (:func:`lossstudio.model.walks.walks_of`)."""
    return {
        name: walk.steps if walk.descent.converged else None
        for name, walk in walks_of(state).items()
    }


class DescentFirstOptimizer(Challenge):
    """Which of the six optimizers arrives first? Chosen first, then the race is run."""

    kind, tab, page, answer_kind = "descent.first_optimizer", "descent", "", CHOICE
    predict = True

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        while True:  # a winner at least 5 steps ahead of the next: one right answer
            if rng.integers(2):
                start = (round(float(rng.uniform(0.0, 4.0)), 2), round(float(rng.uniform(1, 5)), 2))
                state = descent.DescentState(surface="chapter", start=start)
            else:
                start = (
                    round(float(rng.uniform(-3.5, 3.5)), 2),
                    round(float(rng.uniform(-3.5, 3.5)), 2),
                )
                condition = round(float(rng.uniform(2.0, 30.0)), 1)
                state = descent.DescentState(surface="bowl", condition=condition, start=start)
            state = dataclasses.replace(state, racing=OPTIMIZERS).with_suggested_rates()
            steps = arrivals(state)
            ranked = sorted((s, name) for name, s in steps.items() if s is not None)
            if len(ranked) >= 2 and ranked[1][0] - ranked[0][0] >= 5:
                break
        numbers = {name: -1 if s is None else s for name, s in steps.items()}
        return self._variant(seed, state, numbers=numbers, answer=ranked[0][1], choices=OPTIMIZERS)

    def closeness(self, variant: Variant, attempt: str) -> Verdict:
        steps = {name: s for name, s in variant.numbers.items() if s >= 0}
        ranked = sorted(steps, key=steps.get)
        rank = ranked.index(attempt) if attempt in ranked else len(OPTIMIZERS)
        score = (100.0, 40.0, 20.0)[rank] if rank < 3 else 0.0
        extra = {"steps": variant.numbers[attempt], "best": variant.numbers[variant.answer]}
        return Verdict(0, rank == 0, score, attempt, variant.answer, None, "", extra)

    def revealed_state(self, variant: Variant, attempt: str) -> Any:
        end = max(s for s in variant.numbers.values())
        return dataclasses.replace(variant.state, iteration=int(end), playing=False)


def parse_point(text: str) -> tuple[float, float]:
    """``"1.5, 2"``, ``"1.5 2"``, ``"(1.5; 2)"`` or full-width ``"（１.５，２）"`` as ``(w, b)``;
    ``ValueError`` unless it is exactly two finite numbers."""
    if len(text) > 64:
        raise ValueError("too long for two numbers")
    folded = unicodedata.normalize("NFKC", text).strip().strip("()[]")
    parts = re.split(r"[\s,;]+", folded.strip())
    if len(parts) != 2:
        raise ValueError(f"expected two numbers, w and b, got {text!r}")
    w, b = (parse_number(part, minimum=-1e6, maximum=1e6) for part in parts)
    return w, b


class DescentAfterTen(Challenge):
    """Where will gradient descent be after 10 steps? Typed as (w, b), then the walk is shown."""

    kind, tab, page, answer_kind = "descent.after_ten", "descent", "", POINT
    predict = True
    STEPS = 10

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        condition = round(float(rng.uniform(2.0, 6.0)), 1)
        start = (round(float(rng.uniform(-3.5, -1.5)), 2), round(float(rng.uniform(1.5, 3.0)), 2))
        rate = round(float(rng.uniform(0.05, 0.9 / condition)), 3)
        state = descent.DescentState(surface="bowl", condition=condition, start=start)
        settings = dataclasses.replace(state.settings_for("gd"), learning_rate=rate)
        state = dataclasses.replace(state.with_settings(settings), focus="gd", racing=("gd",))
        path = walks_of(state)["gd"].descent.path
        end = path[min(self.STEPS, len(path) - 1)]
        answer = (float(end[0]), float(end[1]))
        numbers = {"rate": rate, "steps": self.STEPS}
        return self._variant(seed, state, numbers=numbers, answer=answer)

    def closeness(self, variant: Variant, attempt: tuple[float, float]) -> Verdict:
        start, end = np.array(variant.state.start), np.array(variant.answer)
        # how far off, as a share of the way the walk really went
        error = float(np.linalg.norm(np.array(attempt) - end) / np.linalg.norm(end - start))
        solved = error <= 0.1
        score = closeness(error, 0.1, 1.0)
        return Verdict(0, solved, score, attempt, variant.answer, error, "" if solved else "off")

    def revealed_state(self, variant: Variant, attempt: Any) -> Any:
        return dataclasses.replace(variant.state, iteration=self.STEPS, playing=False)
