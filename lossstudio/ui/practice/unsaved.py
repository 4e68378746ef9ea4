"""The one question asked before a practice's unsaved results would be dropped.

Every way out of a running practice goes through :meth:`UnsavedQuestion.ask`: quitting (Ctrl+Q,
the window's close button), closing the practice (its ✕, Practice > Close the practice),
opening a lesson (Lesson menu, Ctrl+L, the editor's first step) and opening another practice.
With nothing unsaved it does what was asked at once and asks nothing. Otherwise the box asks:

- Save results… opens the file dialog; once the results are written, what was asked is done.
  A cancelled dialog or a failed save drops nothing: the practice runs on.
- Quit without saving / Close without saving does what was asked.
- Cancel (Esc) leaves everything as it was, the keys and the focus back where they were (under
  X11 with no window manager the window is not given the keys back by itself).

The box never blocks (it is opened window-modal, without a nested event loop of its own): a
script or a test that closes the window is never held waiting, and what was asked runs once the
box is answered.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

# why the practice would end: the window closes, the practice closes, a lesson opens, another
# practice opens
QUIT, CLOSE, LESSON, PRACTICE = "quit", "close", "lesson", "practice"


class UnsavedQuestion(QObject):
    """Asks about ``mode``'s unsaved results (``mode.unsaved()``, ``mode.ask_save_results()``)."""

    def __init__(self, mode, window):
        super().__init__(mode)
        self.mode, self.window = mode, window
        self.box: QMessageBox | None = None
        self.reason = QUIT
        self._then: Callable[[], object] | None = None
        self._focus_before = None  # where the keys were when the question came up

    def ask(self, then: Callable[[], object], reason: str) -> bool:
        """Run ``then`` now when no unsaved results would be lost (True); else ask, and run it
        once the results are saved or the person chose to go on without (False now)."""
        if not self.mode.unsaved():
            then()
            return True
        box = self._box()
        if not box.isVisible():
            self._focus_before = QApplication.focusWidget()
        self._then, self.reason = then, reason
        self.retranslate()
        box.open()
        box.save_button.setFocus()
        return False

    def visible(self) -> bool:
        return self.box is not None and self.box.isVisible()

    def _box(self) -> QMessageBox:
        if self.box is None:
            box = QMessageBox(QMessageBox.Icon.Question, "", "", parent=self.window)
            box.setObjectName("practice.quit_box")
            box.setTextFormat(Qt.TextFormat.PlainText)
            for label in box.findChildren(QLabel):
                label.setTextFormat(Qt.TextFormat.PlainText)
            box.save_button = box.addButton("", QMessageBox.ButtonRole.AcceptRole)
            box.quit_button = box.addButton("", QMessageBox.ButtonRole.DestructiveRole)
            box.cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(box.save_button)
            box.setEscapeButton(box.cancel_button)
            box.finished.connect(self._answered)
            self.box = box
        return self.box

    def retranslate(self) -> None:
        if self.box is None:
            return
        records = self.mode.controller.records
        questions = {
            QUIT: self.tr(
                "{solved} of {count} challenges solved: these results are not saved. "
                "Save them before quitting?"
            ),
            CLOSE: self.tr(
                "{solved} of {count} challenges solved: these results are not saved. "
                "Save them before closing the practice?"
            ),
            LESSON: self.tr(
                "{solved} of {count} challenges solved: these results are not saved. "
                "Save them before the lesson opens?"
            ),
            PRACTICE: self.tr(
                "{solved} of {count} challenges solved: these results are not saved. "
                "Save them before the other practice opens?"
            ),
        }
        solved = sum(record.solved for record in records)
        self.box.setText(questions[self.reason].format(solved=solved, count=len(records)))
        self.box.setWindowTitle(self.tr("Loss Studio"))
        self.box.save_button.setText(self.tr("&Save results…"))
        self.box.quit_button.setText(
            self.tr("&Quit without saving")
            if self.reason == QUIT
            else self.tr("C&lose without saving")
        )

    def _answered(self, _result: int = 0) -> None:
        clicked = self.box.clickedButton()
        then, self._then = self._then, None
        if clicked is self.box.save_button and not self.mode.ask_save_results():
            clicked = None  # not saved: nothing is dropped, the practice runs on
        if clicked in (self.box.save_button, self.box.quit_button) and then is not None:
            then()
        # not when the window closed, nor under a box saying the save failed
        if self.window.isVisible() and QApplication.activeModalWidget() is None:
            self._give_back()

    def _give_back(self) -> None:
        """The window gets the keys back, in the widget that had them if it is still shown."""
        self.window.activateWindow()
        focus = self._focus_before
        if focus is None or not shiboken6.isValid(focus) or focus.window() is not self.window:
            return
        if focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
