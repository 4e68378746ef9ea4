"""The 3-D surface's OpenGL view as a native child window inside the main window.

A ``QOpenGLWidget`` (pyqtgraph's ``GLViewWidget``) added to a window that was created for
raster painting makes Qt destroy and re-create the whole top-level window for OpenGL: a new
native window id, keyboard focus dropped, and full screen lost under a window manager. The same
pyqtgraph view on a ``QOpenGLWindow``, embedded with ``QWidget.createWindowContainer``, has its
own OpenGL surface and leaves the main window as it is. It takes no keyboard focus, so the
presenter keys and shortcuts keep working after a drag on it (the drag still turns the view).
"""

from __future__ import annotations

import math
from typing import ClassVar

import shiboken6
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QMatrix4x4
from PySide6.QtOpenGL import QOpenGLWindow
from PySide6.QtWidgets import QWidget


class SurfaceWindow(GLViewMixin, QOpenGLWindow):
    """pyqtgraph's 3-D view (items, camera, mouse) on a QOpenGLWindow."""

    #: every live window with the widget that holds it (for export: :func:`window_in`)
    embedded: ClassVar[list[tuple[QWidget, SurfaceWindow]]] = []

    def __init__(self, parent=None):
        # a parent window makes Qt, not Python, its owner: the container deletes it, once
        super().__init__(parent=parent)
        self.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)

    def projectionMatrix(self, region, viewport):
        """pyqtgraph's perspective, its field of view across the width up to a 4:3 view and
        across the height of a 4:3 view beyond: a wide short view (presenting, the plots
        beside it) cut off the J axis's name above and the w and b values below the box."""
        x0, y0, w, h = viewport
        near = self.opts["distance"] * 0.001
        right = near * math.tan(0.5 * math.radians(self.opts["fov"]))
        top = right * h / w
        if w * 3 > h * 4:  # wider than 4:3: the height of a 4:3 view at this fov
            top = right * 3 / 4
            right = top * w / h
        matrix = QMatrix4x4()
        matrix.frustum(
            right * ((region[0] - x0) * (2.0 / w) - 1),
            right * ((region[0] + region[2] - x0) * (2.0 / w) - 1),
            top * ((region[1] - y0) * (2.0 / h) - 1),
            top * ((region[1] + region[3] - y0) * (2.0 / h) - 1),
            near,
            self.opts["distance"] * 1000.0,
        )
        return matrix

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
    SurfaceWindow.embedded.append((container, window))
    return container


def containers_in(root: QWidget) -> list[QWidget]:
    """The containers of 3-D windows inside ``root`` (for export: they are plots)."""
    window_in(None)  # forget the deleted ones
    return [
        container for container, _window in SurfaceWindow.embedded if root.isAncestorOf(container)
    ]


def window_in(widget: QWidget | None) -> SurfaceWindow | None:
    """The 3-D window that ``widget`` holds, if it is such a container (export, Ctrl+C)."""
    SurfaceWindow.embedded[:] = [
        pair for pair in SurfaceWindow.embedded if all(shiboken6.isValid(o) for o in pair)
    ]
    if widget is None or not shiboken6.isValid(widget):
        return None
    pointer = shiboken6.getCppPointer(widget)[0]
    for container, window in SurfaceWindow.embedded:
        if shiboken6.getCppPointer(container)[0] == pointer:
            return window
    return None
