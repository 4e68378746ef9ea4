"""Save and open scenes from the main window: every tab's state, as one undoable step.

A file that cannot be used gets a message naming what is wrong, and nothing changes.
Every state comes from and goes to the session (built tabs or not: nothing is built for this).
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from lossstudio.model import scene as scenes
from lossstudio.ui import i18n
from lossstudio.ui.save_target import with_suffix
from lossstudio.ui.session import Session

MAX_RECENT = 8


def show_states(session: Session, states: dict, fallback: dict | None = None) -> Exception | None:
    """Show every state of ``states``; if one cannot be shown, show ``fallback`` (the states
    before) on every tab instead and return the error, so no exception ever leaves a
    ``QUndoCommand`` (in ``QUndoStack.push`` that kills the app) and no scene is half applied."""
    try:
        session.set_states(states.items())
    except Exception as error:  # any fault of a tab's rendering: roll back, then report
        traceback.print_exc()
        if fallback is not None:
            show_states(session, fallback)
        return error
    return None


class LoadSceneCommand(QUndoCommand):
    """Every tab's state before and after opening a scene (undo restores them all).

    Pushed after the scene has been shown (``SceneController.open``), so its first ``redo``
    does nothing; later undo and redo never let an exception escape.
    """

    def __init__(self, session: Session, before: dict, after: dict):
        super().__init__()
        self.session, self.before, self.after = session, before, after
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        show_states(self.session, self.after, self.before)

    def undo(self) -> None:
        show_states(self.session, self.before, self.after)


class SceneController(QObject):
    """File > Open scene / Save scene / Recent scenes for the states of a ``session``."""

    #: (headline, detail) of a problem to show the person
    problem = Signal(str, str)
    recentChanged = Signal()

    def __init__(
        self, window: QWidget, session: Session, undo_stack: QUndoStack, settings: QSettings
    ):
        super().__init__(window)
        self.window = window
        self.session = session
        self.undo_stack = undo_stack
        self.settings = settings
        #: False for a picture or a recording made from the command line: a one-off render
        #: never changes the person's list of recent scenes
        self.remembers = True

    # --- files -------------------------------------------------------------------------------
    def state_types(self) -> dict[str, type]:
        return {key: type(state) for key, state in self.session.states().items()}

    def save(self, path: str | Path, current_tab: str) -> bool:
        scene = scenes.Scene(current_tab, self.session.states())
        try:
            scenes.save(path, scene)
        except OSError as error:
            why = f"{error.filename}: {error.strerror}" if error.filename else str(error)
            self.problem.emit(self.tr("The scene could not be saved."), why)
            return False
        except ValueError as error:
            self.problem.emit(self.tr("The scene could not be saved."), str(error))
            return False
        self.remember(path)
        return True

    def open(self, path: str | Path) -> str | None:
        """Load ``path``; returns the tab key it was saved on, or None after a reported problem."""
        try:
            scene = scenes.load(path, self.state_types())
        except scenes.SceneFileError as error:
            self.forget(path)  # Recent scenes offers only what opens
            self.problem.emit(self.headline(error.kind), self.named(path, error.detail))
            return None
        after = dict(scene.states)
        before = {key: self.session.state(key) for key in after if key in self.session}
        error = show_states(self.session, after, before)
        if error is not None:
            self.forget(path)
            detail = f"{type(error).__name__}: {error}"
            self.problem.emit(self.headline("cannot_show"), self.named(path, detail))
            return None
        command = LoadSceneCommand(self.session, before, after)
        command.setText(self.tr("Open scene"))
        self.undo_stack.push(command)
        self.remember(path)
        return scene.tab

    @staticmethod
    def named(path: str | Path, detail: str) -> str:
        """The detail of a problem with the file's name first (the message box shows it)."""
        return f"{Path(path).name}: {detail}" if detail else Path(path).name

    def headline(self, kind: str) -> str:
        headlines = {
            "missing": self.tr("That file does not exist (any more)."),
            "unreadable": self.tr("That file cannot be read."),
            "too_large": self.tr("That file is far too large to be a scene; it was not read."),
            "not_a_file": self.tr("That is a folder or a special file, not a scene."),
            "binary": self.tr("That file is not a scene: it holds binary data, not text."),
            "utf16": self.tr("That file is not a scene: its text is UTF-16, not UTF-8."),
            "not_utf8": self.tr("That file is not a scene: its text is not UTF-8."),
            "not_json": self.tr("That file is damaged or not a scene: it is not valid JSON."),
            "not_scene": self.tr("That file is JSON, but not a Loss Studio scene."),
            "version": self.tr("That scene was saved by another version of Loss Studio."),
            "shape": self.tr("That scene holds a value this app cannot use."),
            "cannot_show": self.tr("That scene holds data this app cannot show."),
        }
        fallback = self.tr("That scene cannot be opened.")
        kept = self.tr("Nothing was changed.")
        return i18n.sentences([headlines.get(kind, fallback), kept])

    # --- recent files ------------------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value("scenes/recent", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)):  # a damaged settings file
            return []
        # os.path.isfile is False (never an error) for a name too long, a NUL byte, a folder
        files = [item for item in value if isinstance(item, str) and os.path.isfile(item)]
        return files[:MAX_RECENT]

    def forget(self, path: str | Path) -> None:
        """Take ``path`` off the recent scenes (it could not be opened)."""
        try:
            path = str(Path(path).resolve())
        except (OSError, RuntimeError, ValueError):
            return
        value = self.settings.value("scenes/recent", [])
        if isinstance(value, (list, tuple)) and path in value:
            self.settings.setValue("scenes/recent", [item for item in value if item != path])
            self.recentChanged.emit()

    def remember(self, path: str | Path) -> None:
        if not self.remembers:
            return
        path = str(Path(path).resolve())
        recent = [path] + [item for item in self.recent() if item != path]
        self.settings.setValue("scenes/recent", recent[:MAX_RECENT])
        self.recentChanged.emit()

    # --- dialogs -----------------------------------------------------------------------------
    def _folder(self) -> str:
        recent = self.recent()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def ask_save(self, current_tab: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save scene"),
            self._folder(),
            self.tr("Loss Studio scene (*.json)"),
        )
        path = path and with_suffix(self.window, path, ".json")
        if path:
            self.save(path, current_tab)

    def ask_open(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open scene"),
            self._folder(),
            self.tr("Loss Studio scene (*.json);;All files (*)"),
        )
        return self.open(path) if path else None
