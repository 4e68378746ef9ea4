"""The base of every tab: one state object in, a rendering out, finished gestures reported.

A tab holds the current state of its ``model`` (a frozen dataclass). Three ways to change it:

- :meth:`Tab.apply` for a finished change (a typed value, a click, a button): rendered and
  reported through ``committed(before, after)``, which the main window turns into one undo step;
- :meth:`Tab.preview` for every frame of a continuing gesture (a drag), rendered only, then
  :meth:`Tab.finish` when the gesture ends: one undo step for the whole drag;
- :meth:`Tab.set_state` from outside (undo, redo, a loaded scene, reset): rendered, not reported.

Subclasses set ``key``, implement :meth:`render` (draw the state) and :meth:`retranslate`
(set every user-visible string through ``self.tr``; called at start and on a language change),
and return their default state from :meth:`default_state`.
"""

from __future__ import annotations

import functools
from typing import Any, ClassVar

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

#: What a hidden answer shows in place of its number.
PLACEHOLDER = "?"


class Tab(QWidget):
    key: ClassVar[str] = ""
    #: The answers this tab can hide (``lossstudio.model.lesson.ANSWERS[key]``).
    ANSWERS: ClassVar[tuple[str, ...]] = ()
    #: The tab's inner pages by name (``lossstudio.model.lesson.PAGES[key]``); "" for none.
    PAGES: ClassVar[tuple[str, ...]] = ("",)
    #: (state before, state after) of a finished change, for undo.
    committed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(self.key)
        self._state: Any = None
        self._gesture_start: Any = None
        self._hidden_answers: frozenset[str] = frozenset()

    def __init_subclass__(cls, **kwargs) -> None:
        """Every subclass's ``render`` covers the hidden answers after drawing, so whatever
        re-renders (a drag frame, a language or theme change) keeps them hidden."""
        super().__init_subclass__(**kwargs)
        render = cls.__dict__.get("render")
        if render is not None and not getattr(render, "covers_answers", False):

            @functools.wraps(render)
            def covered(self, state, _render=render):
                _render(self, state)
                self.cover_answers(self._hidden_answers)

            covered.covers_answers = True
            cls.render = covered

    # --- hidden answers (lessons, "Hide answers") ------------------------------------------
    def answer_names(self) -> tuple[str, ...]:
        """The answers this tab can hide, in a sensible order of revealing."""
        return type(self).ANSWERS

    def hidden_answers(self) -> frozenset[str]:
        return self._hidden_answers

    def set_hidden_answers(self, names: frozenset[str]) -> None:
        """Hide the answers ``names`` (a placeholder where their numbers were, and whatever
        gives them away held back), show every other one."""
        names = frozenset(names) & frozenset(self.answer_names())
        if names == self._hidden_answers:
            return
        self._hidden_answers = names
        if self._state is not None:
            self.render(self._state)
        else:
            self.cover_answers(names)

    def cover_answers(self, hidden: frozenset[str]) -> None:
        """Show :data:`PLACEHOLDER` for each answer in ``hidden`` and hold back what gives it
        away; show the others (after :meth:`render`, which writes every number afresh)."""

    # --- inner pages -------------------------------------------------------------------------
    def page_names(self) -> tuple[str, ...]:
        return type(self).PAGES

    def current_page(self) -> str:
        return self.page_names()[0]

    def show_page(self, name: str) -> None:
        """Bring the inner page ``name`` (one of :meth:`page_names`) to the front."""

    # --- the state -------------------------------------------------------------------------
    def state(self) -> Any:
        """The current state (a frozen dataclass of this tab's model)."""
        return self._state

    @classmethod
    def default_state(cls) -> Any:
        """The state a fresh tab shows; needs no widget, so the registry can ask the class."""
        raise NotImplementedError

    def set_state(self, state: Any) -> None:
        """Show ``state`` without reporting it (undo, redo, scenes, reset)."""
        self._gesture_start = None
        self._state = state
        self.render(state)

    def apply(self, state: Any) -> None:
        """A finished change: render it and report it as one undo step."""
        before = self._gesture_start if self._gesture_start is not None else self._state
        self._gesture_start = None
        self._state = state
        self.render(state)
        if state != before:
            self.committed.emit(before, state)

    def preview(self, state: Any) -> None:
        """One frame of a continuing gesture: render only; :meth:`finish` reports it."""
        if self._gesture_start is None:
            self._gesture_start = self._state
        self._state = state
        self.render(state)

    def finish(self) -> None:
        """The gesture that :meth:`preview` showed has ended: report it as one step."""
        if self._gesture_start is not None:
            before, self._gesture_start = self._gesture_start, None
            if before != self._state:
                self.committed.emit(before, self._state)

    def reset(self) -> None:
        """Back to the default state, as one undo step."""
        self.apply(self.default_state())

    # --- what subclasses provide --------------------------------------------------------------
    def render(self, state: Any) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every user-visible string (through ``self.tr``)."""

    def presenter_step(self, direction: int) -> bool:
        """A presenter's clicker: Page Down / Right (``direction`` +1) shows the page's next
        step, Page Up / Left (-1) the previous one. False when the page on show has no step
        there (the key then does what it would do anyway)."""
        return False

    def presenter_play(self) -> bool:
        """Space: play or pause what plays on the page on show; False when nothing plays."""
        return False

    def plot_views(self) -> list[pg.GraphicsView]:
        """The tab's plots, for export (every pyqtgraph view inside it by default)."""
        return [view for view in self.findChildren(pg.GraphicsView) if view.isVisible()]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PendingTab(Tab):
    """Stands in the tab widget for a tab not built yet (the main window builds a tab when it
    is first shown or asked for). Its objectName is the tab's key and its state is the tab's
    default state, or the state set on it (a scene, undo), which the built tab then shows.
    """

    def __init__(self, spec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(spec.key)
        self.state_set = False  # whether set_state gave it a state the built tab must show

    def state(self) -> Any:
        if self._state is None:
            self._state = self.spec.default_state()
        return self._state

    def answer_names(self) -> tuple[str, ...]:
        return self.spec.tab_class().ANSWERS

    def page_names(self) -> tuple[str, ...]:
        return self.spec.tab_class().PAGES

    def default_state(self) -> Any:
        return self.spec.default_state()

    def set_state(self, state: Any) -> None:
        self._state = state
        self.state_set = True

    def apply(self, state: Any) -> None:
        self.set_state(state)

    def preview(self, state: Any) -> None:
        self.set_state(state)

    def render(self, state: Any) -> None:
        """Nothing to draw until the tab is built."""
