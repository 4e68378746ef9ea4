"""Practice challenges on the Classification and Loss Catalog tabs (see :mod:`.practice_base`)."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Any

import numpy as np

from lossstudio.engine import classification as engine
from lossstudio.engine.losses import LOSSES, hinge
from lossstudio.model import catalog, classification
from lossstudio.model.practice_base import (
    CHOICE,
    NUMBER,
    ORDER,
    TAB,
    Challenge,
    Variant,
    Verdict,
    closeness,
    generator,
)


# --- Classification ----------------------------------------------------------------------------
def predicted_class(student: classification.Student) -> int | None:
    """The class with the highest probability, or None when two share the highest."""
    values = np.asarray(student.distribution())
    top = np.flatnonzero(values == values.max())
    return int(top[0]) if top.size == 1 else None


class ClassificationWrongButLow(Challenge):
    """Probabilities whose loss is below a target while the prediction stays wrong, or the
    other way round (``numbers["wrong"]`` 1 or 0): the losses hidden until the check."""

    kind, tab, answer_kind = "classification.wrong_but_low", "classification", TAB
    page = "students"

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        classes = int(rng.integers(3, 5))
        label = int(rng.integers(classes))
        wrong = bool(rng.integers(2))
        # wrong and low needs P(true) > e^-target with another class above it: target > ln 2;
        # right and high needs P(true) < e^-target above all the others: target < ln(classes)
        target = round(float(rng.uniform(0.8, 1.05)), 2)
        student = classification.multiclass_student("E", classes, label)
        state = classification.ClassificationState(students=(student,))
        numbers = {"target": target, "wrong": int(wrong), "label": label, "classes": classes}
        return self._variant(seed, state, {"losses"}, numbers=numbers, answer=target)

    def closeness(self, variant: Variant, attempt: classification.ClassificationState) -> Verdict:
        numbers = variant.numbers
        student = next((s for s in attempt.students if s.name == "E"), None)
        if student is None or student.binary or student.label != numbers["label"]:
            return Verdict(0, False, 0.0, None, numbers["target"], None, "no_student")
        loss = classification.sample_loss(student, attempt.clip)
        if not student.sums_to_one():
            return Verdict(0, False, 0.0, loss, numbers["target"], None, "not_distribution")
        guess = predicted_class(student)
        if numbers["wrong"]:
            goal_class = guess is not None and guess != numbers["label"]
            goal_loss = loss < numbers["target"]
        else:
            goal_class = guess == numbers["label"]
            goal_loss = loss > numbers["target"]
        solved = goal_class and goal_loss
        score = 100.0 if solved else (40.0 if goal_class or goal_loss else 0.0)
        reason = "" if solved else ("loss" if goal_class else "prediction")
        extra = {"predicted": guess}
        return Verdict(0, solved, score, loss, numbers["target"], None, reason, extra)

    def par_for(self, variant: Variant) -> int:
        return int(variant.numbers["classes"]) + 1  # one typed cell per class, and a spare


NAMES = ("A", "B", "C", "D")


def parse_order(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """``"C A D B"``, ``"cadb"``, ``"C, A, D, B"`` or ``"C > A > D > B"`` as names in order;
    ``ValueError`` unless each of ``names`` comes exactly once."""
    letters = tuple(re.sub(r"[\s,;>、，＞]+", "", text).upper())
    if len(text) > 64 or sorted(letters) != sorted(names):
        raise ValueError(f"expected each of {', '.join(names)} once, got {text[:64]!r}")
    return letters


class ClassificationRank(Challenge):
    """Rank four students from the largest loss to the smallest before the losses show."""

    kind, tab, page, answer_kind = "classification.rank", "classification", "students", ORDER

    @staticmethod
    def students(rng: np.random.Generator) -> tuple[classification.Student, ...]:
        rows = []
        for name in NAMES[:2]:
            label = int(rng.integers(2))
            rows.append(classification.binary_student(name, label, round(rng.uniform(0.1, 0.9), 2)))
        for name in NAMES[2:]:
            values = np.round(rng.dirichlet(np.ones(3) * 2.0), 2)
            values[-1] = round(1.0 - values[0] - values[1], 2)
            label = int(rng.integers(3))
            rows.append(
                classification.Student(name, "multiclass", label, tuple(map(float, values)))
            )
        return tuple(rows)

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        while True:  # losses at least 0.1 apart, so the ranking is one
            state = classification.ClassificationState(students=self.students(rng))
            rows = state.students
            if all(min(s.distribution()) >= 0.02 for s in rows):
                losses = classification.sample_losses(state)
                if np.min(np.diff(np.sort(losses))) >= 0.1:
                    break
        order = tuple(rows[i].name for i in np.argsort(-losses, kind="stable"))
        return self._variant(seed, state, {"losses"}, answer=order, choices=NAMES)

    def closeness(self, variant: Variant, attempt: tuple[str, ...]) -> Verdict:
        answer = variant.answer
        place = {name: i for i, name in enumerate(attempt)}
        pairs = list(itertools.combinations(answer, 2))
        right = sum(place[a] < place[b] for a, b in pairs)
        wrong = len(pairs) - right
        solved = wrong == 0
        extra = {"pairs_wrong": wrong}
        return Verdict(0, solved, 100.0 * right / len(pairs), attempt, answer, None, "", extra)


class ClassificationCrossEntropy(Challenge):
    """Predict H(p, q) from H(p) and KL(p || q)."""

    kind, tab, answer_kind = "classification.cross_entropy", "classification", NUMBER
    page = "information"
    limits = (0.0, 100.0)

    @staticmethod
    def distribution(rng: np.random.Generator) -> tuple[float, ...]:
        while True:
            values = np.round(rng.dirichlet(np.ones(3) * 2.0), 2)
            values[-1] = round(1.0 - values[0] - values[1], 2)
            if values.min() >= 0.05:
                return tuple(map(float, values))

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        p, q = self.distribution(rng), self.distribution(rng)
        state = classification.ClassificationState(p=p, q=q)
        entropy = float(engine.entropy(p))
        kl = float(engine.kl_divergence(p, q))
        answer = float(engine.cross_entropy(p, q))
        numbers = {"entropy": entropy, "kl": kl}
        hidden = {"cross_entropy"}
        return self._variant(
            seed, state, hidden, numbers=numbers, answer=answer, limits=self.limits
        )

    def closeness(self, variant: Variant, attempt: float) -> Verdict:
        error = abs(attempt - variant.answer)
        solved = error <= 0.005
        score = closeness(error, 0.005, 0.5)
        return Verdict(0, solved, score, attempt, variant.answer, error, "" if solved else "off")

    def revealed_state(self, variant: Variant, attempt: float) -> Any:
        return variant.state


# --- Loss Catalog ------------------------------------------------------------------------------
LOSS_KEYS = tuple(LOSSES)


def margin_losses(t: float) -> dict[str, float]:
    """Each of the six losses at the margin ``t = y a`` (the all-six plot's curves)."""
    return {key: float(loss.margin(t)) for key, loss in LOSSES.items()}


class CatalogWorstLoss(Challenge):
    """Which of the six losses punishes this miss (a margin t = y a) most?"""

    kind, tab, page, answer_kind = "catalog.worst_loss", "catalog", "margin", CHOICE

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        while True:  # the largest at least 10 % above the next one: one right answer
            t = round(float(rng.uniform(-3.0, 0.6)), 1)
            values = sorted(margin_losses(t).values(), reverse=True)
            if values[0] >= 1.1 * values[1]:
                break
        losses = margin_losses(t)
        worst = max(losses, key=losses.get)
        state = dataclasses.replace(catalog.CatalogState(), margin=t, shown=(True,) * 6)
        numbers = {"t": t}
        # "loss" too: the One loss page reads each loss at y = 1, a = t, the same numbers
        return self._variant(
            seed, state, {"margin", "loss"}, numbers=numbers, answer=worst, choices=LOSS_KEYS
        )

    def closeness(self, variant: Variant, attempt: str) -> Verdict:
        losses = margin_losses(variant.numbers["t"])
        ranked = sorted(losses, key=losses.get, reverse=True)
        rank = ranked.index(attempt)
        score = (100.0, 40.0, 20.0)[rank] if rank < 3 else 0.0
        extra = {"value": losses[attempt], "worst": losses[variant.answer], "rank": rank}
        return Verdict(0, rank == 0, score, attempt, variant.answer, None, "", extra)

    def revealed_state(self, variant: Variant, attempt: str) -> Any:
        return variant.state


class CatalogHingeZero(Challenge):
    """Place the prediction a so that the hinge loss is zero with the smallest |a|."""

    kind, tab, page, answer_kind, par = "catalog.hinge_zero", "catalog", "single", TAB, 1

    def variant(self, seed: int) -> Variant:
        rng = generator(seed, self.kind)
        label = float(rng.choice([-1.0, 1.0]))
        start = round(float(-label * rng.uniform(0.5, 2.5)), 2)
        state = catalog.CatalogState().with_loss("hinge")
        state = dataclasses.replace(state, label=label, prediction=start)
        # hinge = max(0, 1 - y a) is 0 once y a >= 1: the smallest |a| is at y a = 1
        answer = 1.0 / label
        assert float(hinge(label, answer)) == 0.0
        return self._variant(seed, state, {"loss"}, numbers={"y": label}, answer=answer)

    def closeness(self, variant: Variant, attempt: catalog.CatalogState) -> Verdict:
        y, a = variant.numbers["y"], attempt.prediction
        loss = float(hinge(y, a))
        start = float(hinge(y, variant.state.prediction))
        if loss > 0:
            score = 45.0 * max(0.0, 1.0 - loss / start)
            return Verdict(0, False, score, a, variant.answer, loss, "not_zero", {"loss": loss})
        excess = abs(a) - abs(variant.answer)
        score = 100.0 if excess <= 0.02 else max(50.0, 100.0 - 100.0 * excess)
        solved = excess <= 0.05
        reason = "" if solved else "too_far"
        return Verdict(0, solved, score, a, variant.answer, excess, reason, {"loss": loss})
