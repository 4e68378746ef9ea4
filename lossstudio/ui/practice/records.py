"""Each challenge's record, and what the window remembers of challenges played.

A fixed-seed practice shows everyone the same variant, and opening it again shows the same one:
were its record new each time, a student could read an answer (shown once the tries are used)
and then type it after reopening. So the window keeps every challenge's record for as long as
it runs (:class:`Played`, keyed by kind, seed and which copy of it in the practice): opening the
same challenge again — the same file, another file or a New practice with the same seed, after
closing the practice or after a lesson — goes on where the student left it. Tries
used, moves, a walk watched before a prediction and the time still count; a challenge whose
answer was shown stays done with the score it had then. Another copy of a challenge whose answer
was shown (the same kind and seed twice) is done too: :attr:`Record.shown_earlier`, score as it
was (0 when never checked). Per-student seeds are fresh at each opening: a new variant, a new
record. Nothing is remembered once the app quits (a lab computer's next student starts afresh).
"""

from __future__ import annotations

import secrets
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lossstudio.model import practice as model
from lossstudio.model.practice_base import Variant, Verdict


@dataclass
class Record:
    """One challenge as the student is playing it."""

    variant: Variant
    tries: int = 0
    best: int = 0
    solved: bool = False
    done: bool = False  # solved, or no tries left: the answer is shown
    moves: int = 0
    seconds: float = 0.0
    verdict: Verdict | None = None
    hints: int = 0
    touched: bool = False  # the tab changed (a walk played, say) while the challenge ran
    started: float | None = field(default=None, repr=False)
    #: opened again after an earlier practice (this app run) showed it: it went on from there
    again: bool = False
    #: opened again with its answer already shown (done then, with the score it had)
    shown_before: bool = False
    #: done because another copy of it (same kind and seed) had its answer shown
    shown_earlier: bool = False
    #: the challenge's tab as the student left it, not done (shown again when reopened)
    left: Any = field(default=None, repr=False)

    def elapsed(self) -> float:
        running = 0.0 if self.started is None else time.monotonic() - self.started
        return self.seconds + running

    def result(self) -> model.Result:
        return model.Result(
            kind=self.variant.kind,
            seed=self.variant.seed,
            best_score=self.best,
            tries=self.tries,
            seconds=self.elapsed(),
            solved=self.solved,
        )

    def played(self) -> bool:
        """Whether the student did anything on it yet (checked, moved, watched)."""
        return bool(self.tries or self.moves or self.touched)


def fresh_seed() -> int:
    """A per-student seed (recorded in the results, so the variant can be played again)."""
    return secrets.randbelow(model.MAX_SEED + 1)


class Played:
    """Every challenge record of this window's run, by (kind, seed, copy number)."""

    def __init__(self) -> None:
        self._records: dict[tuple[str, int, int], Record] = {}

    def clear(self) -> None:
        """Forget everything (a new student at the same window: the tests' fixtures)."""
        self._records.clear()

    def answer_shown(self, kind: str, seed: int) -> bool:
        """Whether any copy of challenge ``kind`` with ``seed`` has had its answer shown."""
        return any(
            record.done for (k, s, _), record in self._records.items() if (k, s) == (kind, seed)
        )

    def records_for(self, variants: list[Variant], tries: int) -> list[Record]:
        """The records of a practice of ``variants`` allowing ``tries``: those played before
        go on (``again``), the others are new; a copy of a challenge whose answer was shown is
        done (``shown_earlier``)."""
        copies: Counter = Counter()
        records = []
        for variant in variants:
            key = (variant.kind, variant.seed, copies[variant.kind, variant.seed])
            copies[variant.kind, variant.seed] += 1
            record = self._records.get(key)
            if record is None:
                record = Record(variant)
                if self.answer_shown(variant.kind, variant.seed):
                    record.done = record.shown_earlier = True
                self._records[key] = record
            else:
                record.again, record.shown_before = True, record.done
                # a practice allowing fewer tries than were used: none left, the answer shown
                record.done = record.done or record.tries >= tries
            records.append(record)
        return records
