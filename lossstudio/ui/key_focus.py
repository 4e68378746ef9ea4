"""The keyboard goes to the main window when it appears and back to it when a dialog or another
window of the app closes, also where no window manager hands it over.

On X11 without a window manager (a bare Xvfb, a kiosk session, a lecture PC's minimal
session, the way reviewers and CI drive the app with ``xdotool``) nobody gives a new window the
input focus, and when a dialog closes the focus falls back to the root window: every menu
shortcut (Ctrl+O, Ctrl+Q, the clicker's Page Down) did nothing until the person clicked into
the window. With a window manager both happen already, and asking again changes nothing.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

#: set on a window of the app whose closing is watched
WATCHED = "lossstudio_key_focus_watched"


class KeyFocus(QObject):
    """Activates ``window`` once when it is first shown (:meth:`shown`) and whenever the focus
    leaves one of the app's other windows (a dialog, a message box, the presenter view) because
    it closed, and no window has it then; focus that moves to another application is not taken
    back."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        app = QGuiApplication.instance()
        app.focusWindowChanged.connect(self._focus_window_changed)

    def shown(self) -> None:
        QTimer.singleShot(0, self._activate)

    def _own_other_window(self, handle: QWindow | None) -> bool:
        main = self.window.windowHandle()
        if handle is None or main is None or handle is main:
            return False
        while handle is not None:  # a dialog of a dialog is ours as well
            if handle is main:
                return True
            handle = handle.transientParent()
        return False

    def _focus_window_changed(self, handle: QWindow | None) -> None:
        if not self._own_other_window(handle) or handle.property(WATCHED):
            return
        handle.setProperty(WATCHED, True)
        # when it closes: the focus goes nowhere (a dialog's window is often destroyed at once,
        # and then Qt does not even report the change), unless a window manager hands it on
        handle.visibleChanged.connect(self._visible_changed)
        handle.destroyed.connect(self._soon)

    def _visible_changed(self, visible: bool) -> None:
        if not visible:
            self._soon()

    def _soon(self, *_args) -> None:
        QTimer.singleShot(0, self._activate)

    def _activate(self) -> None:
        window = self.window
        if not shiboken6.isValid(self) or not shiboken6.isValid(window):
            return  # the window closed for good meanwhile
        if not window.isVisible() or QApplication.activeModalWidget() is not None:
            return
        focus = QGuiApplication.focusWindow()
        if focus is None or not focus.isVisible():
            window.raise_()
            window.activateWindow()
