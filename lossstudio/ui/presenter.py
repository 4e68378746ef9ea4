"""Presenter keys, as a clicker sends them, on every tab and inner page.

- Page Down / Right: the page's next step (:meth:`Tab.presenter_step` with +1), Page Up / Left:
  back (-1);
- Space: play / pause where something plays (:meth:`Tab.presenter_play`);
- B or . : a black screen, and back, while a hall watches (presentation mode or a lesson); behind
  it no key and no shortcut acts; Esc: back from the black screen, else out of presentation.

One application-level event filter routes them (:class:`PresenterKeys`), so a key reaches the
tab whichever widget has focus (a plot just clicked, a button, a slider). The rule a lecturer
with a clicker can count on (clickers send Page Up / Page Down, some Left / Right):

- Page Up / Page Down always step, everywhere but in spin boxes and multi-line editors;
- while a hall is watching (presentation mode, or a lesson running) Left / Right step too,
  whatever has focus, except a text field or spin box being typed in: a plot just clicked or a
  slider just dragged never swallows the clicker's next key. A plot's keyboard nudge is then
  Up / Down and Shift+Left / Shift+Right (a clicker sends no Shift);
- at the desk (neither), Left / Right keep their own meaning in sliders, tables and plots that
  move a point with them (``ARROWS_PROPERTY``), and step elsewhere.

Typing keeps its keys (a text field's arrows, Space, B and .). A key the page has no use for
(``presenter_step`` returns False) goes on to the widget as usual. :func:`keys_text` says all
this in the Help menu.

``MainWindow.route_presenter`` is the one place that asks the tab; a lesson hooks in there first
(``MainWindow.presenter_hooks``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: A widget with this property set to True uses Left / Right itself (a plot's keyboard nudge).
ARROWS_PROPERTY = "lossstudio_arrow_keys"

K = Qt.Key
STEPS = {K.Key_PageDown: 1, K.Key_Right: 1, K.Key_PageUp: -1, K.Key_Left: -1}
BLACK = (K.Key_B, K.Key_Period)
PAGE_KEYS = (K.Key_PageDown, K.Key_PageUp)
ARROWS = (K.Key_Left, K.Key_Right)
HANDLED = (*STEPS, K.Key_Space, *BLACK, K.Key_Escape)


def is_text_input(widget: QWidget | None) -> bool:
    """Whether ``widget`` takes typed text (arrows move its cursor, Space and B type)."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


def means_something(widget: QWidget | None, key: int, watched: bool = False) -> bool:
    """Whether ``key`` does something of its own in ``widget`` (then it is not taken);
    ``watched``: presenting or in a lesson, where Left / Right belong to the clicker."""
    if widget is None:
        return False
    if key in PAGE_KEYS:  # a clicker's keys: kept only where they step a value or a page of text
        return isinstance(widget, (QAbstractSpinBox, QTextEdit, QPlainTextEdit)) and (
            is_text_input(widget)
        )
    if key == K.Key_Escape:
        return is_text_input(widget)  # an open cell editor cancels; a field passes it on
    if is_text_input(widget):
        return True
    if key in ARROWS and not watched:
        return isinstance(widget, (QAbstractSlider, QAbstractItemView)) or bool(
            widget.property(ARROWS_PROPERTY)
        )
    return False


def keys_text() -> str:
    """The presenter keys, as Help > Presenter keys shows them (plain text)."""
    translate = QCoreApplication.translate
    lines = (
        translate(
            "PresenterKeys",
            "Page Down / Page Up: the next / previous step, wherever the focus is (a spin box "
            "and a multi-line text keep them).",
        ),
        translate(
            "PresenterKeys",
            "Right / Left: the same in presentation mode (F5) and in a lesson, whatever has "
            "focus; at the desk they move a slider, a table cell or a plot's point.",
        ),
        translate("PresenterKeys", "Space: play / pause where something plays."),
        translate(
            "PresenterKeys",
            "B or . : a black screen in presentation mode and in a lesson; B, . or Esc: back.",
        ),
        translate("PresenterKeys", "Esc: leave presentation mode."),
        translate(
            "PresenterKeys",
            "On a plot: Up / Down and Shift+Left / Shift+Right nudge the point or the line.",
        ),
        translate(
            "PresenterKeys",
            "In a lesson: Home / End, a step number then Enter jumps to that step.",
        ),
        translate("PresenterKeys", "A text field keeps its keys while you type in it."),
    )
    return "\n".join(lines)


class BlackScreen(QWidget):
    """A black cover over the whole window (the clicker's B or . key); any click lifts it."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("presenter.black")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        self.setPalette(palette)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._focus: QWidget | None = None
        self.hide()
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parent().rect())
        return False

    def toggle(self) -> None:
        self.lift() if self.isVisible() else self.cover()

    def cover(self) -> None:
        self._focus = QApplication.focusWidget()
        self.setGeometry(self.parent().rect())
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def lift(self) -> None:
        self.hide()
        focus, self._focus = self._focus, None
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def mousePressEvent(self, event) -> None:
        self.lift()


class PresenterKeys(QObject):
    """The application-level filter that turns clicker keys into the window's presenter calls."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.black = BlackScreen(window)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if self.black.isVisible():
            # nothing changes unseen behind the black screen: no shortcut (Ctrl+Z, F6, a menu's
            # Alt+letter) and no key; B, . and Esc lift it
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # the key comes as a key press instead of a shortcut: taken below
                return True
            if event.key() in (*BLACK, K.Key_Escape):
                self.black.lift()
            return True
        if kind != QEvent.Type.KeyPress or event.key() not in HANDLED:
            return False
        focus = QApplication.focusWidget()
        if watched is not (focus or self.window):
            return False  # once per key (not again as it travels to the parents)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        return self.handle(event, focus)

    def hall_watching(self) -> bool:
        """Presentation mode or a lesson running: Left / Right are the clicker's."""
        lessons = getattr(self.window, "lessons", None)
        running = lessons is not None and lessons.controller.active()
        return bool(self.window.presenting or running)

    def handle(self, event: QKeyEvent, focus: QWidget | None) -> bool:
        key = event.key()
        watched = self.hall_watching()
        if means_something(focus, key, watched):
            return False
        if key in BLACK:
            if not watched:  # at the desk B and . are letters (a student typing 0.5)
                return False
            self.black.cover()
            return True
        if key == K.Key_Escape:
            if self.window.presenting:  # an open drawer closes first, then presentation ends
                if not self.window.close_drawer():
                    self.window.set_presenting(False)
                return True
            return False
        if key == K.Key_Space:
            return self.window.route_presenter("play")
        return self.window.route_presenter("step", STEPS[key])
