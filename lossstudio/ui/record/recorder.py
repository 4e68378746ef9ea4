"""The window's memory of what happened on its tabs, for recordings.

:class:`Recorder` listens to the session's ``changed(key, state, finished)`` signal (every
change of every tab's state, drag frames and playback included) and keeps the timestamped
:class:`~lossstudio.model.recording.History`. "Record from now until stopped" marks a start and
an end on it; "the last N seconds" slices the same history. Nothing runs between changes: no
timer, no polling.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from lossstudio.model.recording import History


class _Default:
    """The state a tab had before its first change: its default (resolved when asked)."""


DEFAULT = _Default()


def page_key(key: str) -> str:
    """The history's key for the inner pages tab ``key`` shows (beside its states)."""
    return f"{key}#page"


class Recorder(QObject):
    """History of ``source``'s changes; ``default_of(key)`` gives a tab's default state.

    ``source`` is any object with a ``changed`` signal carrying (key, state, finished): the
    main window's session.
    """

    #: True when a recording starts, False when it stops or is thrown away
    recordingChanged = Signal(bool)

    def __init__(
        self,
        source,
        default_of: Callable[[str], Any],
        keys,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.clock = clock
        self.default_of = default_of
        self.history = History()
        self.born = clock()
        page_of = getattr(source, "page", lambda _key: "")
        for key in keys:  # until a tab changes, it shows its default state
            self.history.add(key, DEFAULT, self.born)
            self.history.add(page_key(key), page_of(key), self.born)
        self.key: str | None = None
        self.started: float | None = None
        source.changed.connect(self._changed)
        if hasattr(source, "page_changed"):  # the inner page on show, a stream of its own
            source.page_changed.connect(self._page_changed)

    def _changed(self, key: str, state: Any, finished: bool = True) -> None:
        self.history.add(key, state, self.clock())

    def _page_changed(self, key: str, page: str) -> None:
        self.history.add(page_key(key), page, self.clock())

    def forget(self, states: dict[str, Any], pages: dict[str, str]) -> None:
        """Keep nothing of what was shown so far: the history starts again now, from
        ``states`` and ``pages`` (what the tabs show now), and a recording runs on from now.
        A practice's challenges are not kept once it ends (replayed, nothing hides their
        answers)."""
        self.history = History()
        self.born = self.clock()
        for key, state in states.items():
            self.history.add(key, state, self.born)
            self.history.add(page_key(key), pages.get(key, ""), self.born)
        if self.started is not None:
            self.started = self.born

    # --- record from now ---------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self.started is not None

    def start(self, key: str) -> None:
        self.key, self.started = key, self.clock()
        self.recordingChanged.emit(True)

    def elapsed(self) -> float:
        return 0.0 if self.started is None else self.clock() - self.started

    def stop(self) -> tuple[str, list[tuple[float, Any]], float]:
        """End the recording: (tab key, samples from its start, seconds recorded); the pages
        shown meanwhile are :meth:`page_samples` of the same times (``last_stop``)."""
        key, start, end = self.key, self.started, self.clock()
        self.key = self.started = None
        self.last_stop = (start, end)
        self.recordingChanged.emit(False)
        return key, self.samples(key, start, end), end - start

    # --- the last seconds ----------------------------------------------------------------------
    def available(self, key: str) -> float:
        """Seconds of history there are for ``key`` (since the window opened, at most the
        history's length)."""
        earliest = self.history.earliest_time(key)
        return self.clock() - (self.born if earliest is None else max(earliest, self.born))

    def last(self, key: str, seconds: float) -> list[tuple[float, Any]]:
        end = self.clock()
        return self.samples(key, end - seconds, end)

    def changes(self, key: str, seconds: float) -> int:
        """Changes of ``key``'s state and of its inner page in the last ``seconds``."""
        end = self.clock()
        start = end - seconds
        return self.history.changes(key, start, end) + self.history.changes(
            page_key(key), start, end
        )

    def last_pages(self, key: str, seconds: float) -> list[tuple[float, str]]:
        end = self.clock()
        return self.page_samples(key, end - seconds, end)

    def page_samples(self, key: str, start: float, end: float) -> list[tuple[float, str]]:
        """(seconds from ``start``, inner page shown) of ``key`` ("" for its first page)."""
        return self.history.slice(page_key(key), start, end) or [(0.0, "")]

    def samples(self, key: str, start: float, end: float) -> list[tuple[float, Any]]:
        """(seconds from ``start``, state) of ``key``; the default stands for DEFAULT."""
        out = self.history.slice(key, start, end)
        if not out:
            return [(0.0, self.default_of(key))]
        return [(t, self.default_of(key) if s is DEFAULT else s) for t, s in out]
