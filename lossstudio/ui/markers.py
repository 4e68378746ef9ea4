"""A marker at one point of a plot, moved by ``setPos``: the current value on a slice or map.

pyqtgraph's ``ScatterPlotItem`` re-builds its spot table, styles and bounds in Python on
every ``setData``, and paints through its symbol atlas: about a millisecond a frame for the
three one-point markers of the Regression tab. :class:`Dot` is a Qt path item that ignores the
view's scale (the symbol stays in pixels, as in a scatter's ``pxMode``): moving it is a
``setPos`` that Qt paints itself.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem


class Dot(QGraphicsPathItem):
    """One symbol at (x, y), its size in pixels. The subset of ``ScatterPlotItem`` the tabs
    use: ``setData([x], [y])`` (or empty lists: hidden), ``getData()``, ``setSymbol``,
    ``setSize``, ``setPen``, ``setBrush``. Add it with ``ignoreBounds=True``."""

    def __init__(self, symbol: str = "o", size: float = 10.0):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._symbol, self._size = symbol, size
        self._point: tuple[float, float] | None = None
        self._shape()
        self.hide()

    def _shape(self) -> None:
        self.setPath(QTransform.fromScale(self._size, self._size).map(Symbols[self._symbol]))

    def setSymbol(self, symbol: str) -> None:
        self._symbol = symbol
        self._shape()

    def setSize(self, size: float) -> None:
        self._size = float(size)
        self._shape()

    def setPen(self, *args, **kwargs) -> None:
        super().setPen(pg.mkPen(*args, **kwargs))

    def setBrush(self, *args, **kwargs) -> None:
        super().setBrush(pg.mkBrush(*args, **kwargs))

    def setData(self, xs, ys) -> None:
        """Show the symbol at ``(xs[0], ys[0])``; hidden for empty or non-finite data."""
        if len(xs) == 0 or not (math.isfinite(xs[0]) and math.isfinite(ys[0])):
            self._point = None
            self.hide()
            return
        self._point = (float(xs[0]), float(ys[0]))
        self.setPos(*self._point)
        self.show()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        if self._point is None:
            return np.zeros(0), np.zeros(0)
        return np.array([self._point[0]]), np.array([self._point[1]])

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        super().paint(painter, option, widget)


class Dots:
    """A few :class:`Dot`, one per key, moved every frame (the Descent loss plot's current
    loss of each walk): a ``ScatterPlotItem.setData`` of six points with their brushes cost
    ~1 ms a frame; a dot is restyled only when its colour, size or pen change."""

    def __init__(self, plot_item, z: float = 5.0):
        self._plot = plot_item
        self._z = z
        self._dots: dict[str, Dot] = {}
        self._styles: dict[str, tuple] = {}
        self._shown: list[tuple[float, float]] = []

    def show(self, points, size: float, pen) -> None:
        """``points``: (key, x, y, brush colour) each; other keys' dots are hidden."""
        shown = set()
        self._shown = []
        for key, x, y, colour in points:
            dot = self._dots.get(key)
            if dot is None:
                dot = self._dots[key] = Dot("o", size)
                dot.setZValue(self._z)
                self._plot.addItem(dot, ignoreBounds=True)
            look = (pg.mkColor(colour).rgba(), float(size), pen.color().rgba(), pen.widthF())
            if self._styles.get(key) != look:
                self._styles[key] = look
                dot.setSize(size)
                dot.setBrush(colour)
                dot.setPen(pen)
            dot.setData([x], [y])
            shown.add(key)
            self._shown.append((float(x), float(y)))
        for key, dot in self._dots.items():
            if key not in shown:
                dot.setData([], [])

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        """The shown dots' x and y, in the order :meth:`show` was given them."""
        if not self._shown:
            return np.zeros(0), np.zeros(0)
        xs, ys = zip(*self._shown, strict=True)
        return np.array(xs), np.array(ys)
