"""Running a practice in the main window: each challenge sets its tab, hides its answers, counts
the student's moves, judges each check and reveals the answer when the challenge is done.

The challenges are data and pure functions (:mod:`lossstudio.model.practice`); this controller
only shows them, through ``window.session`` and the Tab API (``set_state``, ``show_page``,
hidden answers), never a tab's inner widgets.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from lossstudio.model import practice as model
from lossstudio.model.practice_base import TAB, Variant, Verdict, hidden_by_tab
from lossstudio.ui.practice.records import Played, Record, fresh_seed

__all__ = ["PracticeController", "Record", "fresh_seed"]


class PracticeController(QObject):
    """The practice on show in ``window`` and each challenge's record; ``changed`` after every
    change of what the bar shows, ``running(bool)`` when a practice starts or ends."""

    changed = Signal()
    running = Signal(bool)
    finished = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.practice: model.Practice | None = None
        self.records: list[Record] = []
        self.index = 0
        self.path = ""
        #: every challenge played in this window's run: opened again, one goes on
        self.played = Played()
        self._on_show: Record | None = None  # the record whose challenge the tab shows
        self._before: dict[str, Any] = {}  # the tabs' states before the practice
        self._setting = False  # the controller's own changes of a tab are not the student's
        window.session.committed.connect(self._committed)
        window.session.changed.connect(self._changed)

    # --- starting and stopping ---------------------------------------------------------------
    def start(self, practice: model.Practice, seeds: tuple[int, ...] | None = None) -> None:
        seeds = practice.seeds(fresh_seed) if seeds is None else seeds
        variants = [
            model.CHALLENGES[item.kind].variant(seed)
            for item, seed in zip(practice.items, seeds, strict=True)
        ]
        self.stop()
        self.practice = practice
        self._before = {v.tab: self.window.session.state(v.tab) for v in variants}
        self.records = self.played.records_for(variants, practice.tries)
        self.index = 0
        self.running.emit(True)
        self.go(0)

    def stop(self) -> None:
        """End the practice: the tabs it used show what they showed before it (its data,
        unhidden, would give an answer away to the next opening), with no undo back."""
        if self.practice is None:
            return
        self._leave()
        self.practice = None
        for key, state in self._before.items():  # while its answers are still hidden
            self._set(key, state)
        self._before = {}
        self.window.undo_stack.clear()
        self.window.practice_hidden = {}
        self.window.apply_hidden_answers()
        self.running.emit(False)
        self.changed.emit()

    def active(self) -> bool:
        return self.practice is not None

    # --- where it is -------------------------------------------------------------------------
    def record(self) -> Record:
        return self.records[self.index]

    def variant(self) -> Variant:
        return self.record().variant

    def challenge(self):
        return model.CHALLENGES[self.variant().kind]

    def count(self) -> int:
        return len(self.records)

    def tries_left(self) -> int:
        return max(0, self.practice.tries - self.record().tries) if self.practice else 0

    def results(self) -> tuple[model.Result, ...]:
        return tuple(record.result() for record in self.records)

    def go(self, index: int) -> None:
        """Show challenge ``index``: its tab and page, its state (the answer's, once done)."""
        if self.practice is None or not 0 <= index < self.count():
            return
        self._leave()
        self.index = index
        record = self._on_show = self.record()
        variant = record.variant
        window = self.window
        tab = window.pages[variant.tab]
        self._hide()  # first: a tab that reads this one (Descent) must not see the new data
        self._set(variant.tab, self._shown_state(record))
        window.show_tab(variant.tab)
        if variant.page:
            tab.show_page(variant.page)
        window.undo_stack.clear()  # undo stays within the challenge
        if not record.done:
            record.started = time.monotonic()
        self._hide()
        self.changed.emit()

    def _shown_state(self, record: Record) -> Any:
        if record.done and record.verdict is not None:
            shown = self.challenge().revealed_state(record.variant, record.verdict.value)
            if shown is not None:
                return shown
        if not record.done and record.left is not None:  # opened again: as the student left it
            return record.left
        return record.variant.state

    def _hide(self) -> None:
        record = self.record()
        self.window.practice_hidden = {} if record.done else hidden_by_tab(record.variant)
        self.window.apply_hidden_answers()

    def _pause(self) -> None:
        record = self._on_show
        if record is not None and record.started is not None:
            record.seconds += time.monotonic() - record.started
            record.started = None

    def _leave(self) -> None:
        """The challenge on show is left (another one, or the practice ends): its clock
        stops and, not done, its tab is kept to be shown when it is opened again, and the tab
        shows what it showed before the practice (its data, no longer hidden, would give the
        answer away: skip it with Next, read J on the tab, open the practice again)."""
        record = self._on_show
        if record is None:
            return
        self._pause()
        tab = record.variant.tab
        if not record.done:
            record.left = self.window.session.state(tab)
            self._set(tab, self._before[tab])
        self._on_show = None

    def _set(self, key: str, state: Any) -> None:
        self._setting = True
        try:
            self.window.session.set_state(key, state)
        finally:
            self._setting = False

    def _changed(self, key: str, state: Any, finished: bool) -> None:
        ours = self._setting or self.practice is None or self.record().done
        if not ours and key == self.variant().tab:
            self.record().touched = True

    def _committed(self, key: str, before, after) -> None:
        """A finished change by the student: one move on the challenge's tab."""
        if self.practice is not None and not self.record().done and key == self.variant().tab:
            self.record().moves += 1

    # --- playing -----------------------------------------------------------------------------
    def attempt_from_tab(self) -> Any:
        return self.window.session.state(self.variant().tab)

    def check(self, attempt: Any = None) -> Verdict | None:
        """Judge ``attempt`` (a TAB challenge's is the tab's state, read here); the answer is
        revealed once the challenge is solved or out of tries. None when nothing is judged."""
        if self.practice is None or self.record().done or self.tries_left() == 0:
            return None
        record = self.record()
        if self.challenge().answer_kind == TAB:
            attempt = self.attempt_from_tab()
        record.tries += 1
        verdict = self.challenge().judge(
            record.variant, attempt, record.moves, record.tries, record.touched
        )
        record.verdict = verdict
        record.best = max(record.best, verdict.score)
        record.solved = record.solved or verdict.solved
        if verdict.solved or self.tries_left() == 0:
            self._done()
        self.changed.emit()
        return verdict

    def _done(self) -> None:
        record = self.record()
        self._pause()
        record.done = True
        record.left = None
        for other in self.records:  # another copy of it (same kind and seed): answered now
            same = (other.variant.kind, other.variant.seed) == (
                record.variant.kind,
                record.variant.seed,
            )
            if same and not other.done:
                other.done = other.shown_earlier = True
        shown = self._shown_state(record)
        if shown is not record.variant.state or self.challenge().answer_kind != TAB:
            self._set(record.variant.tab, shown)
        self._hide()

    def hint(self) -> None:
        if self.practice is not None:
            self.record().hints += 1
            self.changed.emit()

    def next(self) -> None:
        """The next challenge; after the last one, the results (``finished``)."""
        if self.practice is None:
            return
        if self.index + 1 < self.count():
            self.go(self.index + 1)
        else:
            self._pause()
            self.finished.emit()

    def check_or_next(self, attempt: Any = None) -> Verdict | None:
        """Enter: check; once the challenge is done, go on to the next one."""
        if self.practice is None:
            return None
        if self.record().done:
            self.next()
            return None
        return self.check(attempt)
