"""pyqtgraph items of the catalog tab."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal


class MarkerItem(pg.TargetItem):
    """A round marker that a mouse drags along a curve: it reports the pointer's x.

    The item does not move itself: the tab turns ``dragged(x, finished)`` into a state and the
    state's rendering puts the marker back on the curve (``setPos``). ``finished`` is False for
    each frame of the drag and True once, at the release (the gesture protocol).
    """

    dragged = Signal(float, bool)

    def __init__(self, size: float = 16.0):
        super().__init__(pos=(0.0, 0.0), size=size, symbol="o", movable=True)
        self._last_x = math.nan

    def mouseDragEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        box = self.getViewBox()
        if box is None:
            return
        x = box.mapSceneToView(ev.scenePos()).x()
        if ev.isStart():
            self._last_x = math.nan
        if math.isfinite(x):
            self._last_x = x
        if math.isfinite(self._last_x) and (math.isfinite(x) or ev.isFinish()):
            self.dragged.emit(self._last_x, ev.isFinish())

    def place(self, x: float, y: float) -> None:
        """Put the marker at a data point; hidden where the value is not finite."""
        visible = math.isfinite(x) and math.isfinite(y)
        self.setVisible(visible)
        if visible:
            self.setPos(QPointF(x, y))
