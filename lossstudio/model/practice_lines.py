"""Practice challenges on the Regression and Descent tabs (see :mod:`.practice_base`)."""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np

from lossstudio.engine import regression as engine
from lossstudio.engine.descent import descend, make_optimizer
from lossstudio.engine.surfaces import bowl_surface, data_surface
from lossstudio.model import descent, regression
from lossstudio.model.practice_base import (
    NUMBER,
    TAB,
    Challenge,
    Variant,
    Verdict,
    closeness,
    generator,
)


# --- Regression --------------------------------------------------------------------------------
def line_data(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Seeded line-fit data: 20 to 40 samples of ``y = w x + b`` plus uniform noise."""
    m = int(rng.integers(20, 41))
    w, b = rng.uniform(-2.5, 2.5), rng.uniform(-1.0, 4.0)
    x = np.round(np.sort(rng.uniform(0.0, 2.0, m)), 3)
    y = np.round(w * x + b + rng.uniform(-0.6, 0.6, m), 3)
    return x, y


def regression_state(x, y, w: float, b: float) -> regression.RegressionState:
    state = regression.with_data(regression.default_state(), x, y)
    return dataclasses.replace(state, w=float(w), b=float(b), loss="squared", best_fit=False)


def squared_j(variant: Variant, w: float, b: float) -> float:
    """J = 1/(2m) sum (w x + b - y)^2 on the variant's own data (whatever the tab shows now)."""
    x, y = np.asarray(variant.state.x), np.asarray(variant.state.y)
    return regression.loss_value(x, y, w, b, "squared")


class RegressionFit(Challenge):
    """Fit the line to within 5 % of the best J, in as few moves as possible."""

    kind, tab, page, answer_kind, par = "regression.fit", "regression", "contour", TAB, 2
    MARGIN = 0.05

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        x, y = line_data(rng)
        w_best, b_best = engine.least_squares(x, y)
        start = regression_state(x, y, 0.0, round(float(np.min(y)) - 0.5, 1))
        best = regression.loss_value(x, y, w_best, b_best, "squared")
        answer = {"w": w_best, "b": b_best, "J": best}
        return self._variant(seed, start, {"best_fit"}, answer=answer, numbers={"margin": 5})

    def closeness(self, variant: Variant, attempt: regression.RegressionState) -> Verdict:
        loss = squared_j(variant, attempt.w, attempt.b)
        best = variant.answer["J"]
        ratio = loss / best if best > 0 else (1.0 if loss == 0 else np.inf)
        solved = ratio <= 1 + self.MARGIN
        score = closeness(ratio - 1.0, self.MARGIN, 2.0)
        reason = "" if solved else "too_high"
        return Verdict(0, solved, score, loss, best, float(ratio - 1.0), reason)


class RegressionBestB(Challenge):
    """With w fixed, the b where J is smallest, read from the J(b) slice."""

    kind, tab, page, answer_kind = "regression.best_b", "regression", "contour", NUMBER
    limits = (-1e3, 1e3)

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        x, y = line_data(rng)
        w_best, _ = engine.least_squares(x, y)
        w = round(float(w_best + rng.choice([-1, 1]) * rng.uniform(0.3, 0.9)), 1)
        # dJ/db at b = 0 is mean(w x - y); J is smallest where dJ/db = 0: b = mean(y - w x)
        best_b = -float(engine.mse_gradient(x, y, w, 0.0)[1])
        start = regression_state(x, y, w, round(best_b + rng.choice([-1, 1]) * 1.5, 1))
        return self._variant(
            seed, start, {"best_fit"}, answer=best_b, numbers={"w": w}, limits=self.limits
        )

    def closeness(self, variant: Variant, attempt: float) -> Verdict:
        error = abs(attempt - variant.answer)
        score = closeness(error, 0.05, 1.0)
        solved = error <= 0.05
        return Verdict(0, solved, score, attempt, variant.answer, error, "" if solved else "off")

    def revealed_state(self, variant: Variant, attempt: float) -> Any:
        return dataclasses.replace(variant.state, b=regression.clamp_parameter(attempt))


class RegressionPredictJ(Challenge):
    """Type J of the line shown before the app shows it."""

    kind, tab, page, answer_kind = "regression.predict_j", "regression", "contour", NUMBER
    limits = (0.0, 1e6)

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        x, y = line_data(rng)
        w_best, b_best = engine.least_squares(x, y)
        w = round(float(w_best + rng.uniform(-1.0, 1.0)), 1)
        b = round(float(b_best + rng.uniform(-1.0, 1.0)), 1)
        state = regression_state(x, y, w, b)
        answer = regression.loss_value(x, y, w, b, "squared")
        numbers = {"w": w, "b": b}
        return self._variant(
            seed, state, {"loss", "best_fit"}, answer=answer, numbers=numbers, limits=self.limits
        )

    def closeness(self, variant: Variant, attempt: float) -> Verdict:
        relative = abs(attempt - variant.answer) / variant.answer
        score = closeness(relative, 0.10, 1.0)
        solved = relative <= 0.10
        return Verdict(0, solved, score, attempt, variant.answer, relative, "" if solved else "off")

    def revealed_state(self, variant: Variant, attempt: float) -> Any:
        return variant.state  # the line the question was about, its J now shown


# --- Descent -----------------------------------------------------------------------------------
def gd_state(state: descent.DescentState, rate: float, iteration: int) -> descent.DescentState:
    """``state`` with plain gradient descent alone at ``rate``, shown at ``iteration``."""
    rate = min(max(rate, descent.LEARNING_RATE.minimum), descent.LEARNING_RATE.maximum)
    settings = dataclasses.replace(state.settings_for("gd"), learning_rate=rate)
    state = state.with_settings(settings)
    return dataclasses.replace(
        state, focus="gd", racing=("gd",), iteration=iteration, playing=False
    )


class DescentGoldilocks(Challenge):
    """A learning rate for gradient descent that reaches J < 0.05 within 20 steps."""

    kind, tab, page, answer_kind = "descent.goldilocks", "descent", "", NUMBER
    TARGET, STEPS = 0.05, 20
    limits = (descent.LEARNING_RATE.minimum, descent.LEARNING_RATE.maximum)

    @classmethod
    def steps_to_target(cls, condition: float, start, rate: float) -> tuple[int | None, float]:
        """Steps gradient descent at ``rate`` needs to reach J < 0.05 (None: not within 20),
        and J after 20 steps (inf when it diverged)."""
        surface = bowl_surface(condition)
        walk = descend(surface.gradient, start, make_optimizer("gd", rate), cls.STEPS)
        values = surface.path_values(walk.path)
        below = np.flatnonzero(values < cls.TARGET)
        final = np.inf if walk.diverged else float(values[-1])
        return (int(below[0]) if below.size else None), final

    @classmethod
    def scan(cls, condition: float, start) -> tuple[float, int, float, float]:
        """The rate that needs the fewest steps, those steps, and the range of good rates."""
        rates = np.geomspace(1e-3, 2.0 / condition, 600)
        steps = [cls.steps_to_target(condition, start, rate)[0] for rate in rates]
        good = [(s, r) for s, r in zip(steps, rates, strict=True) if s is not None]
        if not good:
            return 0.0, 0, 0.0, 0.0
        fewest, best = min(good)
        rates_good = [rate for _, rate in good]
        return float(best), fewest, float(min(rates_good)), float(max(rates_good))

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        while True:  # a variant always has good rates (drawn again, deterministically, if not)
            condition = round(float(rng.uniform(2.0, 9.0)), 1)
            start = (
                round(float(rng.uniform(-3.5, -1.5)), 2),
                round(float(rng.uniform(1.0, 2.5)), 2),
            )
            best, fewest, low, high = self.scan(condition, start)
            if fewest:
                break
        state = descent.DescentState(surface="bowl", condition=condition, start=start)
        state = gd_state(state, 0.01, 0)
        answer = {"rate": best, "steps": fewest, "low": low, "high": high}
        numbers = {"target": self.TARGET, "steps": self.STEPS}
        return self._variant(seed, state, answer=answer, numbers=numbers, limits=self.limits)

    def closeness(self, variant: Variant, attempt: float) -> Verdict:
        state = variant.state
        steps, final = self.steps_to_target(state.condition, state.start, attempt)
        best = variant.answer
        extra = {"steps": steps, "final": final}
        if steps is not None:
            score = max(60.0, 100.0 - 5.0 * max(0, steps - best["steps"] - 1))
            return Verdict(0, True, score, attempt, best["rate"], None, "", extra)
        reason = "diverged" if not np.isfinite(final) else "slow"
        if attempt > best["high"] and reason == "slow":
            reason = "bounces"
        score = 0.0 if reason == "diverged" else 40.0 * min(1.0, self.TARGET / final)
        return Verdict(0, False, score, attempt, best["rate"], None, reason, extra)

    def revealed_state(self, variant: Variant, attempt: float) -> Any:
        return gd_state(variant.state, attempt, self.STEPS)


def largest_stable_rate(x, y) -> float:
    """2 / (the largest curvature of J(w, b)): above it plain gradient descent diverges.

    J is quadratic, so the engine's gradient is linear and its differences are the Hessian's
    columns exactly."""
    surface = data_surface(x, y)
    origin = surface.gradient(np.zeros(2))
    hessian = np.column_stack([surface.gradient(np.eye(2)[i]) - origin for i in range(2)])
    return float(2.0 / np.max(np.linalg.eigvalsh(0.5 * (hessian + hessian.T))))


class DescentLargestRate(Challenge):
    """The largest learning rate at which gradient descent does not diverge."""

    kind, tab, page, answer_kind = "descent.largest_rate", "descent", "", NUMBER
    limits = (descent.LEARNING_RATE.minimum, descent.LEARNING_RATE.maximum)

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        spread = float(rng.uniform(0.8, 2.5))
        m = int(rng.integers(20, 41))
        x = np.round(np.sort(rng.uniform(0.0, spread, m)), 3)
        y = np.round(rng.uniform(-2, 2) * x + rng.uniform(0, 3) + rng.uniform(-0.5, 0.5, m), 3)
        w_best, b_best = engine.least_squares(x, y)
        start = (round(float(w_best) + 1.5, 2), round(float(b_best) + 1.0, 2))
        state = descent.DescentState(
            surface="regression", data_x=tuple(x), data_y=tuple(y), start=start
        )
        state = gd_state(state, 0.05, 0)
        answer = largest_stable_rate(x, y)
        # the challenge's own points stay: the Regression tab's are not read meanwhile
        held = {"regression_data"}
        return self._variant(seed, state, held, answer=answer, limits=self.limits)

    def closeness(self, variant: Variant, attempt: float) -> Verdict:
        ratio = attempt / variant.answer
        error = abs(ratio - 1.0)
        if ratio > 1.0 + 1e-9:
            return Verdict(0, False, 0.0, attempt, variant.answer, error, "diverges")
        score = closeness(1.0 - ratio, 0.02, 0.5)
        solved = ratio >= 0.98
        return Verdict(0, solved, score, attempt, variant.answer, error, "" if solved else "low")

    def revealed_state(self, variant: Variant, attempt: float) -> Any:
        return gd_state(variant.state, attempt, 60)
