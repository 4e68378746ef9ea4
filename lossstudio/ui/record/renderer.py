"""Frames drawn from states, offscreen: a hidden window of its own renders each state.

:class:`FrameRenderer` keeps a :class:`~lossstudio.ui.main_window.MainWindow` that is never
shown on a screen (``WA_DontShowOnScreen``), laid out at the frame's size. For each state it
sets the state on the tab (as undo or a scene would), lets Qt lay out and paint, and grabs the
window with ``QWidget.grab()`` into a Pillow image: what ``--screenshot`` shows for the same
state, pixel for pixel, at any size, whatever the real window is doing meanwhile.
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTabWidget

from lossstudio.ui.tabs import KEYS

#: The shape of ``--screenshot``'s default window (1440 x 900).
DEFAULT_ASPECT = 900 / 1440


def to_pillow(image: QImage) -> Image.Image:
    """An RGB Pillow image of a QImage (no copy through PNG)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    size = (image.width(), image.height())
    data = bytes(image.constBits())
    return Image.frombuffer("RGB", size, data, "raw", "BGRX", image.bytesPerLine(), 1)


def frame_height(width: int, aspect: float = DEFAULT_ASPECT) -> int:
    """The frame height for ``width`` at ``aspect`` (height / width), even for video tools."""
    return max(2, round(width * aspect / 2) * 2)


class FrameRenderer:
    """Renders states of one tab as RGB images of ``size`` pixels.

    ``window`` is the window to render in; by default a new hidden one. ``states`` sets every
    tab's state first (so that a tab reading another tab's data, Descent on the Regression
    points, sees the same data), ``views`` the pages of inner tab widgets to show.
    """

    def __init__(self, key: str, size: tuple[int, int], *, window=None, states=None, views=None):
        from lossstudio.ui.main_window import MainWindow

        if key not in KEYS:
            raise KeyError(key)
        self.key, self.size = key, size
        self.owned = window is None
        if self.owned:
            window = MainWindow()
            window.save_settings = lambda: None  # a hidden helper never writes the settings
        self.window = window
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        session = getattr(window, "session", None)
        for other, state in (states or {}).items():
            if session is not None:
                session.set_state(other, state)
            else:
                window.pages.peek(other).set_state(state)
        window.resize(*size)
        window.show_tab(key)
        window.show()
        self.tab = window.pages[key]
        for name, index in (views or {}).items():
            widget = self.tab.findChild(QTabWidget, name)
            if widget is not None:
                widget.setCurrentIndex(index)
        self._settle(5)

    def _settle(self, times: int) -> None:
        for _ in range(times):
            QApplication.processEvents()

    def _stop_timers(self) -> None:
        timer = getattr(self.tab, "timer", None)  # the Descent race's own playback
        if timer is not None:
            timer.stop()

    def prepare(self, states, pages=()) -> None:
        """Show the first of ``states`` and lay the window out where it fits: a window that
        cannot be as small as the frames is laid out larger, in the frames' shape, and every
        frame scaled down alike (never squeezed). Nothing later is shown first: a plot whose
        range follows what it has shown (as on the screen) starts from the first frame."""
        if not states:
            return
        self._show(states[0], pages[0] if pages else None)
        hint = self.window.minimumSizeHint()
        need_w = max(self.size[0], self.window.width(), hint.width())
        need_h = max(self.size[1], self.window.height(), hint.height())
        scale = max(need_w / self.size[0], need_h / self.size[1])
        if scale > 1:
            self.window.resize(round(self.size[0] * scale), round(self.size[1] * scale))
            self._settle(3)

    def _show(self, state, page: str | None = None) -> None:
        if page is not None:  # "" is the tab's first page
            page = page or self.tab.page_names()[0]
            if page != self.tab.current_page():
                self.tab.show_page(page)
        self.tab.set_state(state)
        self._stop_timers()
        self._settle(1)  # layouts and pyqtgraph's deferred updates; grab() paints afresh

    def render(self, state, page: str | None = None) -> Image.Image:
        """The window showing ``state`` (on inner page ``page`` when given), as an RGB image
        of ``size`` pixels."""
        self._show(state, page)
        image = self.window.grab().toImage()
        if (image.width(), image.height()) != self.size:
            # laid out larger (see prepare), or a screen with a device pixel ratio
            image = image.scaled(
                *self.size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return to_pillow(image)

    def close(self) -> None:
        if self.owned:
            self.window.hide()
            self.window.deleteLater()
            self.owned = False
