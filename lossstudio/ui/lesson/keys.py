"""The clicker keys of a lesson, ahead of every other key handling.

While a lesson runs:

- Page Down, Right, Space: the next reveal, then the next step; Page Up, Left: back. These come
  through the window's presenter keys (``ui/presenter.py``, which leaves them to a text field or
  a widget that uses them) and :meth:`LessonKeys.presenter_hook`, which the window asks before
  the tab's own ``presenter_step`` / ``presenter_play``;
- Home / End: the first / last step; digits then Enter: jump to that step (Backspace corrects,
  Esc forgets them): an application-wide event filter, installed while the lesson runs, that
  leaves them to a text field with the focus. It accepts their ``ShortcutOverride`` so no menu
  shortcut fires for them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

Key = Qt.Key
FORWARD = {Key.Key_PageDown, Key.Key_Right, Key.Key_Space}
BACKWARD = {Key.Key_PageUp, Key.Key_Left}
ENDS = {Key.Key_Home, Key.Key_End}
ENTER = {Key.Key_Return, Key.Key_Enter}
DIGITS = {getattr(Key, f"Key_{n}"): str(n) for n in range(10)}
_TYPING = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def typing_in(widget) -> bool:
    """Whether ``widget`` (the focus) takes typed text, so arrows and digits are its own."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, _TYPING)


class LessonKeys(QObject):
    """The application event filter that walks ``controller``'s lesson."""

    #: the step number typed so far ("" when none)
    typedChanged = Signal(str)

    def __init__(self, controller):
        super().__init__(controller)
        self.controller = controller
        self.typed = ""
        self.installed = False

    def presenter_hook(self, action: str, direction: int) -> bool:
        """The window's presenter keys, asked first: ("step", +1 / -1) or ("play", 0)."""
        if not self.controller.active():
            return False
        self._set_typed("")
        if action == "step" and direction < 0:
            self.controller.backward()
        else:
            self.controller.forward()
        return True

    def install(self, on: bool) -> None:
        app = QApplication.instance()
        if on and not self.installed:
            app.installEventFilter(self)
        elif not on and self.installed:
            app.removeEventFilter(self)
        self.installed = on
        self._set_typed("")

    def _set_typed(self, text: str) -> None:
        if text != self.typed:
            self.typed = text
            self.typedChanged.emit(text)

    def takes(self, event) -> bool:
        """Whether the lesson handles this key event (given where the focus is)."""
        if not self.controller.active():
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = event.key()
        if typing_in(QApplication.focusWidget()):
            return False
        if key in ENDS or key in DIGITS:
            return True
        if key in ENTER or key == Key.Key_Backspace:
            return bool(self.typed)
        return key == Key.Key_Escape and bool(self.typed)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not self.takes(event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut for this key: it comes back as a KeyPress
            return True
        if event.isAutoRepeat():
            return True
        self.press(event.key())  # the first receiver (window or focus widget): stop it there
        return True

    def press(self, key) -> None:
        """Act on one key (also used by tests and the presenter view's buttons)."""
        controller = self.controller
        if key in DIGITS:
            self._set_typed((self.typed + DIGITS[key])[-4:])
            return
        if key == Key.Key_Backspace:
            self._set_typed(self.typed[:-1])
            return
        if key == Key.Key_Escape:
            self._set_typed("")
            return
        if key in ENTER:
            number = int(self.typed)
            self._set_typed("")
            controller.jump(number)
            return
        self._set_typed("")
        if key in FORWARD:
            controller.forward()
        elif key in BACKWARD:
            controller.backward()
        elif key == Key.Key_Home:
            controller.first()
        elif key == Key.Key_End:
            controller.last()
