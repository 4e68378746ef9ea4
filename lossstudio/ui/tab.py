"""The base of every tab: its state lives in the session, a rendering comes out.

A tab's state (a frozen dataclass of its ``model``) is held by the :class:`Session`
(``window.session``; a tab built on its own makes a private one). The tab renders whatever the
session says its state is, whoever changed it. Every control reports a gesture the same way
(see ``docs/DEVELOPING.md``, "Gestures"), and the tab hands it on:

- :meth:`Tab.change` ``(state, finished)``: ``finished`` False for each frame of a continuing
  gesture (a drag: rendered as a draft, not yet an undo step), True once at its end or for a
  one-shot change (a click, a typed value): rendered exactly, one undo step for all of it;
  :meth:`apply`, :meth:`preview` and :meth:`finish` are its parts;
- :meth:`Tab.set_state` from outside (undo, redo, a loaded scene, a lesson): rendered, no step.

Subclasses set ``key``, implement :meth:`render` (draw the state; ``draft`` True on the frames
of a gesture, where slow exact work may wait for the end) and :meth:`retranslate` (set every
user-visible string through ``self.tr``), return their default state from
:meth:`default_state`, and end ``__init__`` with :meth:`show_state`.
"""

from __future__ import annotations

import contextlib
import functools
from typing import Any, ClassVar

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from lossstudio.ui.session import Session

#: What a hidden answer shows in place of its number.
PLACEHOLDER = "?"

#: The answers the tab being built hides from its first render (see :func:`hidden_from_the_start`).
_hidden_at_build: frozenset[str] = frozenset()


@contextlib.contextmanager
def hidden_from_the_start(names: frozenset[str]):
    """A tab built inside this hides ``names`` before its ``__init__`` renders or reads another
    tab (the Descent tab reads the Regression tab's points as it is built)."""
    global _hidden_at_build
    before, _hidden_at_build = _hidden_at_build, frozenset(names)
    try:
        yield
    finally:
        _hidden_at_build = before


class Tab(QWidget):
    key: ClassVar[str] = ""
    #: The answers this tab can hide (``lossstudio.model.lesson.ANSWERS[key]``).
    ANSWERS: ClassVar[tuple[str, ...]] = ()
    #: What only a practice holds back (not "Hide answers", not a lesson): on the Descent tab
    #: "regression_data", the Regression tab's points, which would show a Regression answer.
    HELD: ClassVar[tuple[str, ...]] = ()
    #: The tab's inner pages by name (``lossstudio.model.lesson.PAGES[key]``); "" for none.
    PAGES: ClassVar[tuple[str, ...]] = ("",)
    #: (state before, state after) of a finished change on this tab, for undo (the session's
    #: ``committed`` for this tab's key).
    committed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, *, session: Session | None = None):
        super().__init__(parent)
        self.setObjectName(self.key)
        self._hidden_answers = _hidden_at_build & self._known_answers()
        if session is None:
            session = Session({self.key: self.default_state}, parent=self)
        self.session = session
        self._showing = False  # set by show_state once the widgets exist
        session.attach(self.key, self._session_changed)
        session.committed.connect(self._session_committed)

    def __init_subclass__(cls, **kwargs) -> None:
        """Every subclass's ``render`` covers the hidden answers after drawing, so whatever
        re-renders (a drag frame, a language or theme change) keeps them hidden."""
        super().__init_subclass__(**kwargs)
        render = cls.__dict__.get("render")
        if render is not None and not getattr(render, "covers_answers", False):

            @functools.wraps(render)
            def covered(self, state, *args, _render=render, **kwargs):
                _render(self, state, *args, **kwargs)
                self.cover_answers(self._hidden_answers)

            covered.covers_answers = True
            cls.render = covered

    # --- hidden answers (lessons, "Hide answers") ------------------------------------------
    def answer_names(self) -> tuple[str, ...]:
        """The answers this tab can hide, in a sensible order of revealing."""
        return type(self).ANSWERS

    def held_names(self) -> tuple[str, ...]:
        """What a practice may hold back on this tab besides its answers (:attr:`HELD`)."""
        return type(self).HELD

    def _known_answers(self) -> frozenset[str]:
        return frozenset(self.answer_names()) | frozenset(self.held_names())

    def hidden_answers(self) -> frozenset[str]:
        return self._hidden_answers

    def set_hidden_answers(self, names: frozenset[str]) -> None:
        """Hide the answers ``names`` (a placeholder where their numbers were, and whatever
        gives them away held back), show every other one."""
        names = frozenset(names) & self._known_answers()
        if names == self._hidden_answers:
            return
        self._hidden_answers = names
        if self._showing:
            self.render(self.state())

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
        """The current state (a frozen dataclass of this tab's model), from the session."""
        return self.session.state(self.key)

    @classmethod
    def default_state(cls) -> Any:
        """The state a fresh tab shows; needs no widget, so the registry can ask the class."""
        raise NotImplementedError

    def show_state(self) -> None:
        """Render the session's state now and every change from here on (end of __init__)."""
        self._showing = True
        self.render(self.state())
        if len(self.page_names()) > 1:  # the inner page on show, told to the session
            for pages in self.findChildren(QTabWidget):
                pages.currentChanged.connect(self._page_moved)
            self._page_moved()

    def _page_moved(self, _index: int = -1) -> None:
        if shiboken6.isValid(self):
            self.session.page_shown(self.key, self.current_page())

    def set_state(self, state: Any) -> None:
        """Show ``state`` without reporting it (undo, redo, scenes, reset, lessons)."""
        self.session.set_state(self.key, state)

    def change(self, state: Any, finished: bool) -> None:
        """The gesture protocol: a frame of a gesture (False) or its end / a one-shot (True)."""
        self.session.change(self.key, state, finished)

    def apply(self, state: Any) -> None:
        """A finished change: render it and report it as one undo step."""
        self.session.apply(self.key, state)

    def preview(self, state: Any) -> None:
        """One frame of a continuing gesture: render only; :meth:`finish` reports it."""
        self.session.preview(self.key, state)

    def finish(self) -> None:
        """The gesture that :meth:`preview` showed has ended: report it as one step."""
        self.session.finish(self.key)

    def dragging(self) -> bool:
        """Whether a gesture on this tab is in progress (previews not yet finished)."""
        return self.session.gesture_active(self.key)

    def reset(self) -> None:
        """Back to the default state, as one undo step."""
        self.apply(self.default_state())

    def _session_changed(self, state: Any, finished: bool) -> None:
        if self._showing and shiboken6.isValid(self):
            self.render(state, draft=not finished)

    def _session_committed(self, key: str, before: Any, after: Any) -> None:
        if key == self.key and shiboken6.isValid(self):
            self.committed.emit(before, after)

    # --- what subclasses provide --------------------------------------------------------------
    def render(self, state: Any, draft: bool = False) -> None:
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

    # --- presentation layout (:mod:`lossstudio.ui.drawer`) -----------------------------------
    def drawers(self) -> list:
        """The tab's side panels that fold into a drawer in presentation mode."""
        return list(getattr(self, "_drawers", ()))

    def set_presenting(self, on: bool) -> None:
        """Presentation layout (on): side panels folded into their drawers, closed; off:
        every panel back where it was."""
        for drawer in self.drawers():
            drawer.set_presenting(on)

    def drawer_shown(self):
        """The drawer whose handle is on screen now (on the page shown), or None."""
        return next((d for d in self.drawers() if d.presenting and d.available), None)

    def toggle_drawer(self) -> bool:
        """F9 in presentation: open or close the drawer on screen; False when there is none."""
        drawer = self.drawer_shown()
        return drawer is not None and drawer.toggle()

    def close_drawers(self) -> bool:
        """Close every open drawer; True when one was open."""
        was_open = [d for d in self.drawers() if d.is_open()]
        for drawer in was_open:
            drawer.set_open(False)
        return bool(was_open)

    def prepare_every_page(self) -> None:
        """Build and draw every inner page with the current state (an export of the pages not
        on show); a tab that builds its pages lazily overrides this."""

    def plot_views(self) -> list[pg.GraphicsView]:
        """The tab's plots, for export (every pyqtgraph view inside it by default)."""
        return [view for view in self.findChildren(pg.GraphicsView) if view.isVisible()]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PendingTab(Tab):
    """Stands in the tab widget for a tab not built yet (the main window builds a tab when it
    is first shown or asked for). Its objectName is the tab's key; its state is the session's,
    which the built tab then shows.
    """

    def __init__(self, spec, parent: QWidget | None = None, *, session: Session | None = None):
        self.spec = spec
        super().__init__(parent, session=session)
        self.setObjectName(spec.key)

    @property
    def key(self) -> str:  # type: ignore[override]
        return self.spec.key

    def default_state(self) -> Any:  # type: ignore[override]
        return self.spec.default_state()

    def answer_names(self) -> tuple[str, ...]:
        return self.spec.tab_class().ANSWERS

    def page_names(self) -> tuple[str, ...]:
        return self.spec.tab_class().PAGES

    def held_names(self) -> tuple[str, ...]:
        return self.spec.tab_class().HELD

    def render(self, state: Any, draft: bool = False) -> None:
        """Nothing to draw until the tab is built."""
