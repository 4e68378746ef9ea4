"""Save and open scenes from the main window: every tab's state, as one undoable step.

A file that cannot be used gets a message naming what is wrong, and nothing changes.
Every state comes from and goes to the session (built tabs or not: nothing is built for this).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from lossstudio.model import scene as scenes
from lossstudio.ui.session import Session

MAX_RECENT = 8


class LoadSceneCommand(QUndoCommand):
    """Every tab's state before and after opening a scene (undo restores them all)."""

    def __init__(self, session: Session, after: dict):
        super().__init__()
        self.session = session
        self.before = {key: session.state(key) for key in after if key in session}
        self.after = after

    def redo(self) -> None:
        self.session.set_states(self.after.items())

    def undo(self) -> None:
        self.session.set_states(self.before.items())


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

    # --- files -------------------------------------------------------------------------------
    def state_types(self) -> dict[str, type]:
        return {key: type(state) for key, state in self.session.states().items()}

    def save(self, path: str | Path, current_tab: str) -> bool:
        scene = scenes.Scene(current_tab, self.session.states())
        try:
            scenes.save(path, scene)
        except (OSError, ValueError) as error:
            self.problem.emit(self.tr("The scene could not be saved."), str(error))
            return False
        self.remember(path)
        return True

    def open(self, path: str | Path) -> str | None:
        """Load ``path``; returns the tab key it was saved on, or None after a reported problem."""
        try:
            scene = scenes.load(path, self.state_types())
        except scenes.SceneFileError as error:
            self.problem.emit(self.headline(error.kind), error.detail)
            return None
        self.undo_stack.push(LoadSceneCommand(self.session, dict(scene.states)))
        self.undo_stack.command(self.undo_stack.count() - 1).setText(self.tr("Open scene"))
        self.remember(path)
        return scene.tab

    def headline(self, kind: str) -> str:
        headlines = {
            "missing": self.tr("That file does not exist (any more)."),
            "unreadable": self.tr("That file cannot be read."),
            "too_large": self.tr("That file is far too large to be a scene; it was not read."),
            "binary": self.tr("That file is not a scene: it holds binary data, not text."),
            "not_utf8": self.tr("That file is not a scene: its text is not UTF-8."),
            "not_json": self.tr("That file is damaged or not a scene: it is not valid JSON."),
            "not_scene": self.tr("That file is JSON, but not a Loss Studio scene."),
            "version": self.tr("That scene was saved by another version of Loss Studio."),
            "shape": self.tr("That scene holds a value this app cannot use."),
        }
        fallback = self.tr("That scene cannot be opened.")
        kept = self.tr("Nothing was changed.")
        return f"{headlines.get(kind, fallback)} {kept}"

    # --- recent files ------------------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value("scenes/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in (value or []) if Path(str(item)).exists()][:MAX_RECENT]

    def remember(self, path: str | Path) -> None:
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
        if path:
            if not path.lower().endswith(".json"):
                path += ".json"
            self.save(path, current_tab)

    def ask_open(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open scene"),
            self._folder(),
            self.tr("Loss Studio scene (*.json);;All files (*)"),
        )
        return self.open(path) if path else None
