"""Real mouse gestures on pyqtgraph views, in data coordinates.

The events go to ``view.viewport()`` as Qt would deliver them (press, moves with the button
held, release), so pyqtgraph's own drag machinery runs. conftest sets pyqtgraph's
``mouseRateLimit`` to -1, so no move is dropped.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication


def to_viewport(
    view: pg.GraphicsView, plot: pg.PlotItem | pg.ViewBox, x: float, y: float
) -> QPoint:
    """Viewport pixel of the data point (x, y) in ``plot``'s view box."""
    box = plot.getViewBox() if isinstance(plot, pg.PlotItem) else plot
    scene_point = box.mapViewToScene(QPointF(x, y))
    return view.mapFromScene(scene_point)


def _send(view, kind, pos: QPoint, button, buttons) -> None:
    viewport = view.viewport()
    local = QPointF(pos)
    event = QMouseEvent(
        kind,
        local,
        QPointF(viewport.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def press(view, pos: QPoint, button=Qt.MouseButton.LeftButton) -> None:
    _send(view, QEvent.Type.MouseButtonPress, pos, button, button)


def move(view, pos: QPoint, button=Qt.MouseButton.LeftButton) -> None:
    buttons = button if button != Qt.MouseButton.NoButton else Qt.MouseButton.NoButton
    _send(view, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, buttons)


def release(view, pos: QPoint, button=Qt.MouseButton.LeftButton) -> None:
    _send(view, QEvent.Type.MouseButtonRelease, pos, button, Qt.MouseButton.NoButton)


def drag(
    view,
    plot,
    start: tuple[float, float],
    end: tuple[float, float],
    steps: int = 12,
    button=Qt.MouseButton.LeftButton,
) -> None:
    """Press at ``start``, move in ``steps`` to ``end`` (data coordinates), release."""
    QApplication.processEvents()  # let pending layouts settle before pixels are computed
    a = to_viewport(view, plot, *start)
    b = to_viewport(view, plot, *end)
    move(view, a, Qt.MouseButton.NoButton)
    press(view, a, button)
    for i in range(1, steps + 1):
        t = i / steps
        move(
            view,
            QPoint(round(a.x() + (b.x() - a.x()) * t), round(a.y() + (b.y() - a.y()) * t)),
            button,
        )
        QApplication.processEvents()
    release(view, b, button)
    QApplication.processEvents()


def click(view, plot, point: tuple[float, float], button=Qt.MouseButton.LeftButton) -> None:
    """A click (press and release without moving) at a data point."""
    QApplication.processEvents()
    pos = to_viewport(view, plot, *point)
    move(view, pos, Qt.MouseButton.NoButton)
    press(view, pos, button)
    release(view, pos, button)
    QApplication.processEvents()


def wheel(view, pos: QPoint, delta: int = 120) -> None:
    viewport = view.viewport()
    event = QWheelEvent(
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
