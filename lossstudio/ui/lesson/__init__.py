"""Lesson mode in the main window: the controller, the clicker keys, the bar, the menus.

``LessonMode(window)`` adds all of it; the window calls :meth:`LessonMode.retranslate` on a
language change. See ``controller.py`` (what a step sets), ``keys.py`` (the keys) and
``bar.py`` (what the room sees above the tabs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QToolBar

from lossstudio.model import lesson as model
from lossstudio.ui.lesson.bar import LessonBar
from lossstudio.ui.lesson.controller import LessonController, read_lesson
from lossstudio.ui.lesson.editor import LessonEditor
from lossstudio.ui.lesson.keys import LessonKeys
from lossstudio.ui.lesson.presenter_view import PresenterView
from lossstudio.ui.save_target import with_suffix


class LessonMode(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = LessonController(window)
        self.keys = LessonKeys(self.controller)
        self.bar = LessonBar(self.controller, self.keys)
        self.bar.closeRequested.connect(self.close)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("lesson.toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.addWidget(self.bar)
        self.toolbar.hide()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.presenter: PresenterView | None = None
        self.editor = LessonEditor(window, self.controller)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.editor)
        self.editor.hide()
        self.controller.running.connect(self._running)
        hooks = getattr(window, "presenter_hooks", None)
        if hooks is not None:
            hooks.insert(0, self.keys.presenter_hook)  # the lesson goes before the tab
        self._build_actions()

    # --- menus ---------------------------------------------------------------------------------
    def _action(self, menu, slot, shortcuts=(), checkable=False) -> QAction:
        action = QAction(self.window)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        # a checkable action hands its state on (PySide calls a C++ slot such as setVisible
        # through triggered() without it: T raised a TypeError and the strip stayed)
        action.triggered.connect(lambda checked=False: slot(checked) if checkable else slot())
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        window = self.window
        file_menu = window.file_menu
        before = window.export_action
        self.open_action = QAction(window)
        self.open_action.triggered.connect(self.ask_open)
        self.save_action = QAction(window)
        self.save_action.triggered.connect(self.ask_save)
        file_menu.insertActions(before, [self.open_action, self.save_action])
        file_menu.insertSeparator(before)
        self.menu = window.menuBar().insertMenu(window.help_menu.menuAction(), _menu(window))
        menu = self.menu.menu()
        self.chapter_action = self._action(menu, lambda: self.open("chapter3"), ["Ctrl+L"])
        self.notes_action = self._action(menu, self.bar.show_notes, ["N"], checkable=True)
        self.strip_action = self._action(menu, self.bar.strip.setVisible, ["T"], checkable=True)
        self.strip_action.setChecked(True)
        # in presentation mode the strip gives its room to the step (T brings it back)
        window.present_action.toggled.connect(self._presenting)
        menu.addSeparator()
        self.add_action = self._action(menu, self.editor.add_view, ["Ctrl+Shift+A"])
        self.edit_action = self.editor.toggleViewAction()
        self.edit_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        menu.addAction(self.edit_action)
        menu.addSeparator()
        self.close_action = self._action(menu, self.close)
        self._enable()

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("O&pen lesson…"))
        self.save_action.setText(self.tr("Save lesson…"))
        self.menu.setText(self.tr("Less&on"))
        self.chapter_action.setText(self.tr("Chapter 3: loss functions (built in)"))
        self.notes_action.setText(self.tr("Lecturer's &notes in the bar"))
        self.close_action.setText(self.tr("&Close the lesson"))
        self.strip_action.setText(self.tr("Strip of &steps"))
        self.add_action.setText(self.tr("&Add this view as a step"))
        self.edit_action.setText(self.tr("&Edit the lesson…"))
        self.editor.retranslate()

    def _enable(self) -> None:
        on = self.controller.active()
        for action in (self.save_action, self.close_action, self.notes_action, self.strip_action):
            action.setEnabled(on)

    def _running(self, on: bool) -> None:
        self.keys.install(on)
        if on and self.window.presenting:
            self.show_presenter_view(True)
        self.toolbar.setVisible(on)
        self._enable()

    def _presenting(self, on: bool) -> None:
        self.strip_action.setChecked(not on)
        self.bar.strip.setVisible(not on)
        self.show_presenter_view(on and self.controller.active())

    @staticmethod
    def screens() -> list:
        return QGuiApplication.screens()

    def show_presenter_view(self, on: bool) -> None:
        """With two screens: the presenter view on the screen the window is on (the laptop)
        and the window, full screen at the projector's presentation scale, on the other (the
        projector); leaving presentation brings the window back to the laptop. One screen:
        none."""
        screens = self.screens()
        if not on or len(screens) < 2:
            if self.presenter is not None:
                self.presenter.hide()
            QTimer.singleShot(0, self._back_to_laptop)  # once the window has left full screen
            return
        if self.presenter is None:
            self.presenter = PresenterView(self.controller, self.window)
        laptop = self.window.screen()
        projector = next((s for s in screens if s is not laptop), screens[1])
        self.presenter.setGeometry(laptop.availableGeometry())
        self.presenter.show()
        handle = self.window.windowHandle()
        if handle is not None and projector is not laptop:
            self.laptop = laptop
            self.window.move(projector.geometry().topLeft())
            handle.setScreen(projector)
            self.window.setGeometry(projector.geometry())  # full screen there (set_presenting
            # goes on to showFullScreen and the projector's own presentation scale)

    #: the screen the window came from when the presenter view took it to the projector
    laptop = None

    def _back_to_laptop(self) -> None:
        laptop, self.laptop = self.laptop, None
        handle = self.window.windowHandle()
        if laptop is None or handle is None or laptop not in self.screens():
            return
        handle.setScreen(laptop)
        self.window.move(laptop.availableGeometry().topLeft())
        self.window.fit_to_screen()

    # --- opening, saving, closing -------------------------------------------------------------
    def open(self, source: str, step: int = 1, revealed: bool = False) -> bool:
        """Open ``chapter3`` or a lesson file at step ``step`` (once a running practice's
        unsaved results are asked about); on a problem say what it is
        (``window.report_problem``), change nothing and return False."""
        try:
            lesson = read_lesson(source)
        except model.LessonFileError as error:
            self.window.report_problem(self.problem_text(error, source), error.detail)
            return False
        try:
            position = model.jump(lesson, step, revealed)
        except ValueError:
            self.window.report_problem(
                self.tr("There is no step {step}: the lesson has {count} steps.").format(
                    step=step, count=len(lesson.steps)
                )
            )
            return False
        path = "" if source == "chapter3" else str(source)

        def begin() -> None:
            self.controller.path = path
            self.controller.start(lesson, position)

        self.controller.start_when_free(begin)  # a practice's unsaved results: asked first
        return True

    def problem_text(self, error: model.LessonFileError, source: str) -> str:
        name = Path(source).name
        texts = {
            "missing": self.tr("The lesson {name} does not exist."),
            "unreadable": self.tr("The lesson {name} could not be read."),
            "not_a_file": self.tr("{name} is a folder or a special file, not a lesson."),
            "utf16": self.tr("The file {name} is not a lesson (it is not UTF-8 text)."),
            "too_large": self.tr("The file {name} is too large to be a lesson."),
            "binary": self.tr("The file {name} is not a lesson (it is not text)."),
            "not_utf8": self.tr("The file {name} is not a lesson (it is not UTF-8 text)."),
            "not_json": self.tr("The file {name} is not a lesson (it is not JSON)."),
            "not_lesson": self.tr("The file {name} is not a Loss Studio lesson."),
            "version": self.tr("The lesson {name} was written by another version of Loss Studio."),
        }
        text = texts.get(error.kind, self.tr("The lesson {name} is damaged: nothing was changed."))
        return text.format(name=name)

    def save(self, path: str) -> bool:
        if self.controller.lesson is None:
            return False
        try:
            model.save(path, self.controller.lesson)
        except OSError as error:
            self.window.report_problem(
                self.tr("The lesson could not be saved."), error.strerror or str(error)
            )
            return False
        self.controller.path = path
        return True

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open lesson"), "", self.tr("Lessons (*.json);;All files (*)")
        )
        if path:
            self.open(path)

    def ask_save(self) -> None:
        start = self.controller.path or str(Path.home() / "lesson.json")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save lesson"), start, self.tr("Lessons (*.json)")
        )
        path = path and with_suffix(self.window, path, ".json")
        if path:
            self.save(path)

    def close(self) -> None:
        self.controller.stop()
        self.show_presenter_view(False)


def _menu(window):
    from PySide6.QtWidgets import QMenu

    menu = QMenu(window)
    menu.setObjectName("lesson.menu")
    return menu
