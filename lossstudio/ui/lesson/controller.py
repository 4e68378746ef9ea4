"""Running a lesson in the main window: each step sets its tab, page and state, hides its
answers and reveals them in order; the position moves with the clicker keys (``keys.py``).

The lesson itself is data (:mod:`lossstudio.model.lesson`); this controller only shows it.
Entering a step shows it exactly as authored (its state set afresh, its answers hidden); the
step stays live while it is shown: what the lecturer drags or types is the tab's own business.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lossstudio.model import lesson as model
from lossstudio.resources import resource_path
from lossstudio.ui import i18n

BUILT_IN = {"chapter3": ("lessons", "chapter3.json")}


def built_in_path(name: str) -> Path:
    return resource_path(*BUILT_IN[name])


def read_lesson(source: str) -> model.Lesson:
    """``chapter3`` (a built-in lesson) or the path of a lesson file;
    :class:`~lossstudio.model.lesson.LessonFileError` if it cannot be read."""
    path = built_in_path(source) if source in BUILT_IN else Path(source)
    return model.load(path, model.state_types())


class LessonController(QObject):
    """The lesson on show in ``window`` and where it is; ``changed`` after every move."""

    changed = Signal()
    #: the lesson was opened (True) or closed (False)
    running = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lesson: model.Lesson | None = None
        self.position = model.Position()
        self.path: str = ""  # the file it came from ("" for a built-in or a new lesson)
        #: ``before_start(begin) -> bool`` runs ``begin`` (which starts a lesson) now (True) or
        #: once a running practice's unsaved results are dealt with (the practice sets it)
        self.before_start = None

    # --- opening and closing -----------------------------------------------------------------
    def start_when_free(self, begin) -> bool:
        """Run ``begin``, which starts a lesson, when nothing unsaved stands in the way: now
        (True) or once the person answered the practice's question (False now)."""
        if self.before_start is None:
            begin()
            return True
        return self.before_start(begin)

    def start(self, lesson: model.Lesson, position: model.Position | None = None) -> None:
        self.lesson = lesson
        self.running.emit(True)
        self.go(position or model.first(lesson), enter=True)

    def stop(self) -> None:
        if self.lesson is None:
            return
        self.lesson = None
        self.window.show_step_panel(False)
        self.window.lesson_hidden = {}
        self.window.apply_hidden_answers()
        self.running.emit(False)
        self.changed.emit()

    def active(self) -> bool:
        return self.lesson is not None

    def restore(self, lesson: model.Lesson | None, position: model.Position) -> None:
        """Show ``lesson`` at ``position`` after an edit or its undo: the tab is set up again
        only when the step shown is another one (or its tab, page or state changed), so a
        caption edit keeps what the lecturer did on the step."""
        if lesson is None:
            self.stop()
            return
        old = self.step() if self.lesson is not None else None
        new = lesson.steps[position.step]
        enter = old is None or (old.tab, old.page, old.state) != (new.tab, new.page, new.state)
        enter = enter or position.step != self.position.step
        if self.lesson is None:
            self.lesson = lesson
            self.running.emit(True)
        self.lesson = lesson
        self.go(position, enter=enter)
        if not enter and old.panel != new.panel:  # the editor's drawer switch, or its undo
            self.window.show_step_panel(new.panel)

    # --- where it is -------------------------------------------------------------------------
    def step(self) -> model.Step:
        return self.lesson.steps[self.position.step]

    def count(self) -> int:
        return len(self.lesson.steps) if self.lesson else 0

    def hidden(self) -> frozenset[str]:
        return model.hidden(self.lesson, self.position) if self.lesson else frozenset()

    def go(self, position: model.Position, *, enter: bool | None = None) -> None:
        """Show ``position``; a new step (or ``enter``) is set up exactly as authored."""
        if self.lesson is None:
            return
        if enter is None:
            enter = position.step != self.position.step
        self.position = position
        step = self.step()
        window = self.window
        if enter:
            tab = window.pages[step.tab]
            tab.set_state(step.state)
            window.show_tab(step.tab)
            if step.page:
                tab.show_page(step.page)
        window.lesson_hidden = {step.tab: self.hidden()}
        window.apply_hidden_answers()
        if enter:  # presenting: the panel's drawer open where the step points at a control
            window.show_step_panel(step.panel)
        self.changed.emit()

    def forward(self) -> None:
        if self.lesson:
            self.go(model.forward(self.lesson, self.position))

    def backward(self) -> None:
        if self.lesson:
            self.go(model.backward(self.lesson, self.position))

    def first(self) -> None:
        if self.lesson:
            self.go(model.first(self.lesson), enter=True)

    def last(self) -> None:
        if self.lesson:
            self.go(model.last(self.lesson), enter=True)

    def jump(self, number: int, revealed: bool = False) -> bool:
        """Step ``number`` (from 1), as authored; False if there is no such step."""
        if self.lesson is None:
            return False
        try:
            position = model.jump(self.lesson, number, revealed)
        except ValueError:
            return False
        self.go(position, enter=True)
        return True

    # --- texts -------------------------------------------------------------------------------
    def language(self) -> str:
        return i18n.current_language()

    def heading(self) -> str:
        """Where the lesson is and the step's title: "3 / 18 · 3.2 均方差损失函数 · …"."""
        if self.lesson is None:
            return ""
        return self.heading_of(self.position.step)

    def heading_of(self, index: int) -> str:
        """Step ``index``'s heading (from 0), as :meth:`heading` shows it."""
        title = self.lesson.steps[index].title.get(self.language())
        return f"{index + 1} / {self.count()} · {title}"

    def caption(self) -> str:
        return "\n".join(line.get(self.language()) for line in self.step().lines)

    def notes(self) -> str:
        return self.step().notes.get(self.language())

    def next_title(self) -> str:
        """The next step's title, or "" at the last step."""
        following = self.position.step + 1
        if self.lesson is None or following >= self.count():
            return ""
        return self.lesson.steps[following].title.get(self.language())

    def titles(self) -> list[str]:
        if self.lesson is None:
            return []
        return [step.title.get(self.language()) for step in self.lesson.steps]
