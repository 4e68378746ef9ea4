"""The session: every tab's state in one place, and one signal for every change of it.

The main window owns one :class:`Session` (``window.session``); each tab reads and writes its
state here, built or not. What scenes save, what undo restores, what the Descent tab reads of
the Regression tab's points, what a lesson or a recording drives: all of it goes through the
session, never through the widget tree.

Three ways to change a state, matching the gesture protocol (see ``docs/DEVELOPING.md``):

- :meth:`Session.preview` for each frame of a continuing gesture (a drag, a playing descent):
  ``changed(key, state, False)``;
- :meth:`Session.finish` when that gesture ends: ``changed(key, state, True)`` and one
  ``committed(key, before, after)`` for the whole gesture (one undo step);
- :meth:`Session.apply` for a one-shot change (a click, a typed value): ``changed(key, state,
  True)`` and ``committed``;
- :meth:`Session.set_state` from outside (undo, redo, a scene, a lesson, playback):
  ``changed(key, state, True)``, never ``committed``.

The tab that shows a key renders first, called directly (:meth:`Session.attach`), so a fault
of its rendering reaches the caller (undo and scenes roll back on it: an exception in a Qt
slot would only be printed); then ``changed`` goes to every other listener.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from PySide6.QtCore import QObject, Signal


class Session(QObject):
    """Every tab's state, keyed by the tab's key (``"regression"``, ...)."""

    #: (key, state, finished) on every change of a tab's state: drag frames carry False,
    #: the end of a gesture, a one-shot change, undo, a scene or a lesson carry True.
    changed = Signal(str, object, bool)
    #: (key, before, after) of a finished change made by a person: one undo step.
    committed = Signal(str, object, object)
    #: (key, page) when a tab brings another inner page to the front (a recording replays
    #: these beside the states: the page is what is shown, not part of the state).
    page_changed = Signal(str, str)

    def __init__(
        self, defaults: dict[str, Callable[[], Any]] | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        if defaults is None:
            from lossstudio.ui.tabs import TABS

            defaults = {spec.key: spec.default_state for spec in TABS}
        self._defaults = dict(defaults)
        self._states: dict[str, Any] = {}
        self._before: dict[str, Any] = {}  # the state when a gesture's first preview came
        self._views: dict[str, list[weakref.WeakMethod]] = {}
        self._pages: dict[str, str] = {}

    # --- reading ------------------------------------------------------------------------------
    def keys(self) -> Iterator[str]:
        return iter(self._defaults)

    def __iter__(self) -> Iterator[str]:
        return iter(self._defaults)

    def __contains__(self, key: object) -> bool:
        return key in self._defaults

    def state(self, key: str) -> Any:
        """The tab's current state (its default until something set one)."""
        if key not in self._states:
            self._states[key] = self.default_state(key)
        return self._states[key]

    def states(self) -> dict[str, Any]:
        """Every tab's current state (for a scene)."""
        return {key: self.state(key) for key in self._defaults}

    def default_state(self, key: str) -> Any:
        return self._defaults[key]()

    def page(self, key: str) -> str:
        """The inner page tab ``key`` last said it shows ("": its first, or it has none)."""
        return self._pages.get(key, "")

    def page_shown(self, key: str, page: str) -> None:
        """Tab ``key`` shows inner page ``page`` now (the tab says so; no undo step)."""
        self._require(key)
        if self._pages.get(key, "") != page:
            self._pages[key] = page
            self.page_changed.emit(key, page)

    def gesture_active(self, key: str) -> bool:
        """Whether a gesture on ``key`` has shown previews that :meth:`finish` has not ended."""
        return key in self._before

    # --- showing ------------------------------------------------------------------------------
    def attach(self, key: str, render: Callable[[Any, bool], None]) -> None:
        """Call ``render(state, finished)`` (a bound method, held weakly) on every change of
        ``key``, before ``changed`` is emitted; its exceptions reach the caller."""
        self._views.setdefault(key, []).append(weakref.WeakMethod(render))

    def _show(self, key: str, state: Any, finished: bool) -> None:
        views = self._views.get(key, [])
        for ref in list(views):
            render = ref()
            if render is None:
                views.remove(ref)
            else:
                render(state, finished)
        self.changed.emit(key, state, finished)

    # --- writing ------------------------------------------------------------------------------
    def set_state(self, key: str, state: Any) -> None:
        """Show ``state`` on tab ``key`` without an undo step (undo, scenes, lessons)."""
        self._require(key)
        self._before.pop(key, None)
        self._states[key] = state
        self._show(key, state, True)

    def set_states(self, states: Iterable[tuple[str, Any]]) -> None:
        for key, state in states:
            self.set_state(key, state)

    def preview(self, key: str, state: Any) -> None:
        """One frame of a continuing gesture: shown, not yet an undo step."""
        self._require(key)
        if key not in self._before:
            self._before[key] = self.state(key)
        self._states[key] = state
        self._show(key, state, False)

    def finish(self, key: str) -> None:
        """The gesture that :meth:`preview` showed has ended: one undo step for all of it."""
        if key not in self._before:
            return
        before = self._before.pop(key)
        state = self._states[key]
        self._show(key, state, True)
        if state != before:
            self.committed.emit(key, before, state)

    def apply(self, key: str, state: Any) -> None:
        """A finished change (it also ends a gesture in progress): one undo step."""
        self._require(key)
        before = self._before.pop(key, None)
        if before is None:
            before = self.state(key)
        self._states[key] = state
        self._show(key, state, True)
        if state != before:
            self.committed.emit(key, before, state)

    def change(self, key: str, state: Any, finished: bool) -> None:
        """The gesture protocol in one call: a preview frame, or the (final) finished state."""
        if finished:
            self.apply(key, state)
        else:
            self.preview(key, state)

    def _require(self, key: str) -> None:
        if key not in self._defaults:
            raise KeyError(f"no tab called {key!r} in this session")
