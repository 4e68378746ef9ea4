"""The 3-D surface's OpenGL view as a native child window inside the main window.

A ``QOpenGLWidget`` (pyqtgraph's ``GLViewWidget``) added to a window that was created for
raster painting makes Qt destroy and re-create the whole top-level window for OpenGL: a new
native window id, keyboard focus dropped, and full screen lost under a window manager. The same
pyqtgraph view on a ``QOpenGLWindow``, embedded with ``QWidget.createWindowContainer``, has its
own OpenGL surface and leaves the main window as it is. It takes no keyboard focus, so the
presenter keys and shortcuts keep working after a drag on it (the drag still turns the view).
"""

from __future__ import annotations

from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtCore import QRect, Qt
from PySide6.QtOpenGL import QOpenGLWindow
from PySide6.QtWidgets import QWidget


class SurfaceWindow(GLViewMixin, QOpenGLWindow):
    """pyqtgraph's 3-D view (items, camera, mouse) on a QOpenGLWindow."""

    def __init__(self):
        super().__init__()
        self.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)

    # what the view and its items ask of a widget
    def rect(self) -> QRect:
        return QRect(0, 0, self.width(), self.height())

    def devicePixelRatioF(self) -> float:
        return float(self.devicePixelRatio())


def embed(window: SurfaceWindow, name: str) -> QWidget:
    """A widget holding ``window`` (its objectName ``name``) for a layout."""
    container = QWidget.createWindowContainer(window)
    container.setObjectName(name)
    container.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return container
