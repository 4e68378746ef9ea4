"""Practice mode in the main window: the controller, the bar, the menus, the dialogs.

``PracticeMode(window)`` adds all of it; the window calls :meth:`PracticeMode.retranslate` on a
language change. Open practice… / New practice… are under File and the Practice menu (the same
actions); the Practice menu also has Check
(Ctrl+Enter), Hint (F1), Next challenge (Ctrl+Shift+Enter), the answer field (F6), Results.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QToolBar,
)

from lossstudio.model import practice as model
from lossstudio.ui.practice.bar import BarScroll, PracticeBar
from lossstudio.ui.practice.controller import PracticeController
from lossstudio.ui.practice.editor import NewPracticeDialog
from lossstudio.ui.practice.results import ResultsDialog
from lossstudio.ui.practice.unsaved import CLOSE, LESSON, PRACTICE, QUIT, UnsavedQuestion
from lossstudio.ui.save_target import with_suffix


class PracticeMode(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = PracticeController(window)
        self.bar = PracticeBar(self.controller)
        self.bar.closeRequested.connect(self.ask_close)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("practice.toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.layout().setContentsMargins(0, 0, 0, 0)
        self.scroll = BarScroll(self.bar, window)
        self.toolbar.addWidget(self.scroll)
        self.toolbar.hide()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.results = ResultsDialog(window)
        self.results.saveRequested.connect(self.ask_save_results)
        self.controller.running.connect(self._running)
        self.controller.finished.connect(self.show_results)
        # a lesson and a practice both drive the tabs: opening one closes the other, and a
        # lesson that would drop unsaved results asks first
        window.lessons.controller.running.connect(lambda on: on and self.close())
        window.lessons.controller.before_start = lambda begin: self.question.ask(begin, LESSON)
        self._saved: set[tuple] = set()  # the results as saved (this run, any opening)
        self._quitting = False  # the person chose Quit: the window may close
        self.question = UnsavedQuestion(self, window)
        self._build_actions()

    # --- menus ---------------------------------------------------------------------------------
    def _action(self, menu, slot, shortcuts=()) -> QAction:
        action = QAction(self.window)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        window = self.window
        before = window.export_action
        self.open_action = QAction(window)
        self.open_action.triggered.connect(self.ask_open)
        self.new_action = QAction(window)
        self.new_action.triggered.connect(self.ask_new)
        window.file_menu.insertActions(before, [self.open_action, self.new_action])
        window.file_menu.insertSeparator(before)
        menu = QMenu(window)
        menu.setObjectName("practice.menu")
        self.menu = window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
        # the same two actions as under File (one action in two menus; no second shortcut)
        menu.addActions([self.open_action, self.new_action])
        menu.addSeparator()
        self.check_action = self._action(menu, self.bar.check, ["Ctrl+Return", "Ctrl+Enter"])
        self.hint_action = self._action(menu, self.bar.show_hint, ["F1"])
        self.next_action = self._action(
            menu, self.controller.next, ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"]
        )
        self.answer_action = self._action(menu, self.bar.focus_answer, ["F6"])
        menu.addSeparator()
        self.results_action = self._action(menu, self.show_results)
        self.close_action = self._action(menu, self.ask_close)
        self._enable()

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open pr&actice…"))
        self.new_action.setText(self.tr("Ne&w practice…"))
        self.menu.setText(self.tr("&Practice"))
        self.check_action.setText(self.tr("&Check the answer"))
        self.hint_action.setText(self.tr("&Hint"))
        self.next_action.setText(self.tr("&Next challenge"))
        self.answer_action.setText(self.tr("Go &to the answer"))
        self.results_action.setText(self.tr("&Results…"))
        self.close_action.setText(self.tr("C&lose the practice"))
        self.results.retranslate()
        self.question.retranslate()

    def _enable(self) -> None:
        on = self.controller.active()
        for action in (
            self.check_action,
            self.hint_action,
            self.next_action,
            self.answer_action,
            self.results_action,
            self.close_action,
        ):
            action.setEnabled(on)

    def _running(self, on: bool) -> None:
        self.toolbar.setVisible(on)
        self._enable()
        if not on:  # what "Export the last seconds" or a recording kept of the practice goes
            session = self.window.session
            pages = {key: session.page(key) for key in session}
            self.window.record.recorder.forget(session.states(), pages)

    # --- opening, results, closing ------------------------------------------------------------
    def open(self, path: str, seeds: tuple[int, ...] | None = None) -> bool:
        """Start the practice in file ``path`` (after asking about a running practice's
        unsaved results: then once answered); on a problem say what it is
        (``window.report_problem``), change nothing and return False."""
        try:
            practice = model.load(path)
        except model.PracticeFileError as error:
            self.window.report_problem(self.problem_text(error, path), error.detail)
            return False

        def begin() -> None:
            self.start(practice, seeds)
            self.controller.path = str(path)

        self.question.ask(begin, PRACTICE)
        return True

    def start(self, practice: model.Practice, seeds: tuple[int, ...] | None = None) -> None:
        self.window.lessons.close()  # one of the two drives the tabs at a time
        self.controller.start(practice, seeds)

    def problem_text(self, error: model.PracticeFileError, source: str) -> str:
        name = Path(source).name
        texts = {
            "missing": self.tr("The practice {name} does not exist."),
            "unreadable": self.tr("The practice {name} could not be read."),
            "not_a_file": self.tr("{name} is a folder or a special file, not a practice."),
            "too_large": self.tr("The file {name} is too large to be a practice."),
            "binary": self.tr("The file {name} is not a practice (it is not text)."),
            "utf16": self.tr("The file {name} is not a practice (it is not UTF-8 text)."),
            "not_utf8": self.tr("The file {name} is not a practice (it is not UTF-8 text)."),
            "not_json": self.tr("The file {name} is not a practice (it is not JSON)."),
            "not_practice": self.tr("The file {name} is not a Loss Studio practice."),
            "version": self.tr(
                "The practice {name} was written by another version of Loss Studio."
            ),
        }
        text = texts.get(
            error.kind, self.tr("The practice {name} is damaged: nothing was changed.")
        )
        return text.format(name=name)

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open practice"), "", self.tr("Practices (*.json);;All files (*)")
        )
        if path:
            self.open(path)

    def ask_new(self) -> None:
        dialog = NewPracticeDialog(self.window)
        if dialog.exec() != NewPracticeDialog.DialogCode.Accepted:
            return
        practice = dialog.practice()
        if practice is None:
            self.window.report_problem(self.tr("Tick at least one challenge."))
            return
        start = str(Path.home() / "practice.json")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save practice"), start, self.tr("Practices (*.json)")
        )
        path = path and with_suffix(self.window, path, ".json")
        if path:
            self.save_practice(path, practice)

    def save_practice(self, path: str, practice: model.Practice) -> bool:
        try:
            model.save(path, practice)
        except OSError as error:
            self.window.report_problem(
                self.tr("The practice could not be saved."), error.strerror or str(error)
            )
            return False
        return True

    def show_results(self) -> None:
        if not self.controller.active():
            return
        self.results.show_results(self.controller.results(), self.controller.practice.show_score)
        self.results.adjustSize()
        frame = self.results.frameGeometry()
        frame.moveCenter(self.window.frameGeometry().center())
        self.results.move(frame.topLeft())
        self.results.show()
        self.results.raise_()
        self.results.close_button.setFocus()

    def save_results(self, path: str) -> bool:
        """Write the results (CSV for a ``.csv`` name, else JSON); nothing else is written."""
        try:
            model.save_results(path, self.controller.results(), Path(self.controller.path).name)
        except OSError as error:
            self.window.report_problem(
                self.tr("The results could not be saved."), error.strerror or str(error)
            )
            return False
        self._saved.add(self._played())
        self.window.statusBar().showMessage(
            self.tr("The results are saved in {name}.").format(name=Path(path).name), 15000
        )
        return True

    def ask_save_results(self) -> bool:
        """Ask where to save the results and save them there; True once they are saved."""
        start = str(Path.home() / "practice-results.csv")
        path, chosen = QFileDialog.getSaveFileName(
            self.results if self.results.isVisible() else self.window,
            self.tr("Save results"),
            start,
            self.tr("CSV (*.csv);;JSON (*.json)"),
        )
        ending = ".json" if "json" in chosen else ".csv"
        path = path and with_suffix(self.window, path, ending, (".csv", ".json"))
        if not path:
            return False
        return self.save_results(path)

    # --- quitting with results not saved ------------------------------------------------------
    def _played(self) -> tuple:
        """What the results say, without the clock (which runs on after a save)."""
        return tuple(
            (r.kind, r.seed, r.best_score, r.tries, r.solved) for r in self.controller.results()
        )

    def unsaved(self) -> bool:
        """A practice runs, something was checked, and those results are not saved."""
        if not self.controller.active() or not any(r.tries for r in self.controller.records):
            return False
        return self._played() not in self._saved

    def may_close(self) -> bool:
        """The window may close now; False while the person is asked about unsaved results
        (the box decides, without blocking the window: :mod:`.unsaved`)."""
        if self._quitting or not self.unsaved():
            return True
        self.question.ask(self._quit, QUIT)
        return False

    def _quit(self) -> None:
        self._quitting = True
        try:
            self.window.close()
        finally:
            self._quitting = False

    @property
    def quit_box(self) -> QMessageBox | None:
        """The question about unsaved results (None until first asked)."""
        return self.question.box

    def refuses_scene(self) -> bool:
        """While a challenge hides its answers a scene is not saved, and the person is told
        why: it would hold the challenge's data, and opened after the practice (nothing hidden
        then) it would show the answer, to be typed when the challenge is opened again."""
        if not any(self.window.practice_hidden.values()):
            return False
        self.window.report_problem(
            self.tr(
                "A scene cannot be saved while a challenge's answer is hidden: the scene would "
                "hold the challenge and give its answer away. Save it once the challenge is "
                "done, or after closing the practice."
            )
        )
        return True

    def refuses_animation(self) -> bool:
        """While a practice runs no animation is made or recorded, and the person is told
        why: its frames, replayed in a window of their own, would show the hidden answers."""
        if not self.controller.active():
            return False
        self.window.report_problem(
            self.tr(
                "No animation is made during a practice: its frames would show the "
                "challenges' hidden answers. Make it after closing the practice."
            )
        )
        return True

    def ask_close(self) -> None:
        """The ✕ and Practice > Close the practice: closed now, or after the question."""
        self.question.ask(self.close, CLOSE)

    def close(self) -> None:
        self.controller.stop()
        self.results.hide()
