"""Practice challenges, the shared part: a task on one tab, a seeded variant, the engine's exact answer, a score.

Each challenge kind is a :class:`Challenge` (:data:`lossstudio.model.practice.CHALLENGES`), keyed ``"<tab>.<name>"``.

- :meth:`Challenge.variant` ``(seed)`` makes the task from a seeded ``numpy`` generator (new
  data, a new start, new labels): the tab state to show, the answers to hide meanwhile, the
  numbers the task quotes and the exact answer, computed with the engine. The same seed gives
  the same variant on every machine.
- :meth:`Challenge.judge` ``(variant, attempt, moves, tries)`` scores an attempt 0-100:
  ``closeness`` (0-100, how near the answer) times ``efficiency`` (1 for a play within the
  challenge's par of moves or on the first try, down to 0.5).

What the student gives (``answer_kind``): a typed number (:data:`NUMBER`), one of the
``choices`` (:data:`CHOICE`), an order of names (:data:`ORDER`), or what they set on the tab
itself (:data:`TAB`: the attempt is the tab's state), or a point (w, b) typed (:data:`POINT`). No Qt here: the texts of the tasks and
hints are the view's (``lossstudio/ui/practice/texts.py``), in both languages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np

NUMBER, CHOICE, ORDER, TAB, POINT = "number", "choice", "order", "tab", "point"
#: Seeds are whole numbers in [0, MAX_SEED].
MAX_SEED = 2**32 - 1


@dataclass(frozen=True)
class Variant:
    """One seeded task: what the tab shows, what is hidden, what it asks and its answer."""

    kind: str
    seed: int
    tab: str
    page: str
    state: Any
    hidden: frozenset[str]
    #: the numbers the task's sentence quotes, by name
    numbers: Mapping[str, float] = field(default_factory=dict)
    #: the exact answer (a number, a choice key, an order of names, or a dict of numbers)
    answer: Any = None
    answer_kind: str = NUMBER
    choices: tuple[str, ...] = ()
    #: for NUMBER: the accepted range of the typed value
    limits: tuple[float, float] = (-1e6, 1e6)


@dataclass(frozen=True)
class Verdict:
    """The judgement of one attempt: ``score`` = ``closeness`` x efficiency, rounded."""

    score: int
    solved: bool
    closeness: float
    #: what the student gave, as shown beside the answer (a number, a choice, an order)
    value: Any
    #: the exact answer, to show beside it
    answer: Any
    #: how far off: the absolute error of a number, the relative one of a J (or None)
    error: float | None = None
    #: why the attempt missed, for the view's sentence ("" when solved)
    reason: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)


#: Where a challenge's hidden answers could be read on another tab, and what that tab then
#: hides too while the challenge runs: the Descent tab walks on the Regression tab's points (its
#: minimum is the best fit, its J at a start the J of that line), so it does not read them; the
#: Catalog's one loss is the log loss -ln p of a probability typed in (a student's loss).
ELSEWHERE: Mapping[str, Mapping[str, frozenset[str]]] = {
    "regression": {"descent": frozenset({"regression_data"})},
    "classification": {"catalog": frozenset({"loss"})},
}


def hidden_by_tab(variant: Variant) -> dict[str, frozenset[str]]:
    """What ``variant`` hides on each tab: on its own, and wherever that could be read."""
    hidden = {variant.tab: variant.hidden}
    if variant.hidden:
        for tab, names in ELSEWHERE.get(variant.tab, {}).items():
            hidden[tab] = hidden.get(tab, frozenset()) | names
    return hidden


def generator(seed: int, kind: str) -> np.random.Generator:
    """The variant's generator: the seed and the kind, so one seed gives each kind its own."""
    salt = sum((i + 1) * ord(c) for i, c in enumerate(kind))
    return np.random.default_rng([int(seed), salt])


def closeness(error: float, full: float, zero: float) -> float:
    """100 for ``error <= full``, 0 for ``error >= zero``, linear between."""
    if not np.isfinite(error) or error >= zero:
        return 0.0
    if error <= full:
        return 100.0
    return 100.0 * (zero - error) / (zero - full)


def efficiency(count: int, par: int, cost: float) -> float:
    """1 within ``par`` (moves or tries), ``cost`` less for each beyond it, at least 0.5."""
    return max(0.5, 1.0 - cost * max(0, count - par))


class Challenge:
    """One kind of challenge; subclasses set the class attributes and the two methods."""

    kind: ClassVar[str] = ""
    tab: ClassVar[str] = ""
    page: ClassVar[str] = ""
    answer_kind: ClassVar[str] = NUMBER
    #: moves (TAB) or tries (the others) without a penalty
    par: ClassVar[int] = 1
    #: a prediction of what the tab will show: changing the tab first (playing the walk, say)
    #: halves the score, for then it is no prediction
    predict: ClassVar[bool] = False

    def variant(self, seed: int) -> Variant:
        raise NotImplementedError

    def closeness(self, variant: Variant, attempt: Any) -> Verdict:
        """The verdict without efficiency (``score`` left 0)."""
        raise NotImplementedError

    def judge(
        self, variant: Variant, attempt: Any, moves: int = 0, tries: int = 1, touched: bool = False
    ) -> Verdict:
        """The verdict with efficiency: ``moves`` the student's finished changes on the tab,
        ``tries`` this check's number, ``touched`` whether the tab changed at all (a walk
        played) before a prediction."""
        verdict = self.closeness(variant, attempt)
        if self.answer_kind == TAB:
            factor = efficiency(moves, self.par_for(variant), 0.04)
        else:
            factor = efficiency(tries, self.par_for(variant), 0.15)
        watched = self.predict and (touched or moves > 0)
        if watched:
            factor *= 0.5
            verdict = dataclasses.replace(verdict, extra={**verdict.extra, "watched": True})
        return dataclasses.replace(verdict, score=round(verdict.closeness * factor))

    def par_for(self, variant: Variant) -> int:
        """The moves (TAB) or tries that cost nothing on this variant."""
        return self.par

    def revealed_state(self, variant: Variant, attempt: Any) -> Any:
        """The tab state that shows the answer beside the attempt after a check, or None."""
        return None

    def _variant(self, seed: int, state: Any, hidden=(), **values) -> Variant:
        return Variant(
            kind=self.kind,
            seed=seed,
            tab=self.tab,
            page=self.page,
            state=state,
            hidden=frozenset(hidden),
            answer_kind=self.answer_kind,
            **values,
        )
