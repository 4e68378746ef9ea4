"""The pyqtgraph items of the Regression tab: view boxes that turn mouse gestures into
calls on a handler, and the batched drawing of residual squares.

The view boxes only translate events into data coordinates; what a gesture means (move the
line, drag a point, set (w, b)) is decided by the tab.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from lossstudio.ui.caching import cache_axes, cache_item
from lossstudio.ui.regression.raster import RectOutlines, VerticalSegments

__all__ = [
    "GestureViewBox",
    "PointsItem",
    "ResidualSegmentsItem",
    "ResidualSquaresItem",
    "cache_axes",
]


class GestureViewBox(pg.ViewBox):
    """A view box whose left drags and clicks go to ``handler`` instead of panning.

    ``handler`` has ``press(x, y) -> bool`` (True: the drag is taken), ``drag(x, y)``,
    ``release(x, y)``, ``click(x, y, button)``; coordinates are data coordinates.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.handler = None
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self._dragging = False

    def _data(self, scene_pos) -> tuple[float, float]:
        point = self.mapSceneToView(scene_pos)
        return point.x(), point.y()

    def mouseDragEvent(self, ev, axis=None):
        if self.handler is None or ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        if ev.isStart():
            self._dragging = self.handler.press(*self._data(ev.buttonDownScenePos()))
        if not self._dragging:
            return
        self.handler.drag(*self._data(ev.scenePos()))
        if ev.isFinish():
            self._dragging = False
            self.handler.release(*self._data(ev.scenePos()))

    def mouseClickEvent(self, ev):
        if self.handler is None:
            ev.ignore()
            return
        ev.accept()
        # Shift+click or a double click: "add here" (a plain click while pointing adds nothing)
        adding = ev.double() or bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.handler.click(*self._data(ev.scenePos()), ev.button(), adding)

    def wheelEvent(self, ev, axis=None):
        ev.ignore()


class PointsItem(pg.ScatterPlotItem):
    """Scatter points that leave clicks to the view box (selection is the tab's business).

    The points stay while the line moves over them: they are painted once into a pixmap of
    device pixels and blitted (``DeviceCoordinateCache``), re-painted only when they change.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cache_item(self)

    def mouseClickEvent(self, ev):
        ev.ignore()


class ResidualSquaresItem(pg.GraphicsObject):
    """Squares on the residuals, drawn as one batch of rectangles: side ``|z_i - y_i|``.

    The square stands on the residual segment from ``(x_i, y_i)`` to ``(x_i, z_i)`` and
    extends by the same number of *pixels*, so it looks square at any zoom: to the right left
    of ``toward`` (the view's middle), to the left right of it, so that the squares of the
    points near the right edge stay in view instead of being cut by the plot's border.
    """

    #: Above this many squares they are drawn without antialiasing (speed while dragging).
    SMOOTH_LIMIT = 1000

    def __init__(self):
        super().__init__()
        self.setZValue(-5)
        # one contiguous array of QRectF (x, y, width, height) handed to drawRects whole:
        # building 5,000 QRectF objects a frame cost more than drawing them
        self._rects = PrimitiveArray(QRectF, 4)
        self._bounds = QRectF()
        self._pen = pg.mkPen(None)
        self._brush = pg.mkBrush(None)
        self._smooth = True
        self._outlines = RectOutlines()

    def setPen(self, pen) -> None:
        self._pen = pen
        self.update()

    def setBrush(self, brush) -> None:
        self._brush = brush
        self.update()

    def rect_count(self) -> int:
        return len(self._rects)

    def set_squares(
        self, x: np.ndarray, y: np.ndarray, z: np.ndarray, x_per_y: float, toward: float = np.inf
    ) -> None:
        """``x_per_y``: data units of x that span as many pixels as one unit of y; the squares
        of points right of ``toward`` extend to the left (all to the right by default)."""
        self.prepareGeometryChange()
        with np.errstate(over="ignore", invalid="ignore"):
            low = np.minimum(y, z)
            side = np.abs(z - y)
            width = side * x_per_y
            x = np.where(x > toward, x - width, x)  # a rectangle's left edge
        keep = np.isfinite(low) & np.isfinite(side) & np.isfinite(width)
        if not keep.all():
            x, low, side, width = x[keep], low[keep], side[keep], width[keep]
        self._smooth = x.size <= self.SMOOTH_LIMIT
        self._rects.resize(x.size)
        rects = self._rects.ndarray()
        rects[:, 0], rects[:, 1], rects[:, 2], rects[:, 3] = x, low, width, side
        if x.size:
            self._bounds = QRectF(
                float(x.min()),
                float(low.min()),
                float((x + width).max() - x.min()),
                float((low + side).max() - low.min()),
            )
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, option, widget=None):
        if not len(self._rects):
            return
        # filling thousands of overlapping squares costs their whole area in pixels on every
        # frame; beyond SMOOTH_LIMIT only the outlines are drawn
        if self._smooth:
            # the fills are axis-aligned: without antialiasing Qt fills whole pixel spans (no
            # coverage per pixel), and the antialiased outlines drawn next cover their edges
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._brush)
            painter.drawRects(*self._rects.drawargs())
        elif self._draw_raster(painter):
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._smooth)
        painter.setPen(self._pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRects(*self._rects.drawargs())

    def _draw_raster(self, painter) -> bool:
        """The many squares' aliased outlines as one image (the same pixels as drawRects,
        a fraction of its time: see raster.py); False where that does not apply."""
        view = self.getViewBox()
        if view is None:
            return False
        visible = view.viewRect()  # data coordinates: the same as this item's
        return self._outlines.draw(painter, self._rects.ndarray(), visible, self._pen)


class ResidualSegmentsItem(pg.GraphicsObject):
    """Many residual segments from ``(x_i, y_i)`` to ``(x_i, z_i)`` with an aliased cosmetic
    pen, drawn as one image (the pixels a path of them stroked by Qt covers; 5,000 of them:
    ~1 ms instead of ~2.3 at 1920 x 1080). The data plot uses it beyond
    ``ResidualSquaresItem.SMOOTH_LIMIT`` points, where the residuals are aliased anyway."""

    def __init__(self):
        super().__init__()
        self._x = self._y = self._z = np.zeros(0)
        self._bounds = QRectF()
        self._pen = pg.mkPen(None)
        self._segments = VerticalSegments()

    def setPen(self, pen) -> None:
        self._pen = pen
        self.update()

    def segment_count(self) -> int:
        return self._x.size

    def set_segments(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> None:
        self.prepareGeometryChange()
        with np.errstate(invalid="ignore"):
            keep = np.isfinite(x) & np.isfinite(y) & np.isfinite(z)
        self._x, self._y, self._z = x[keep], y[keep], z[keep]
        if self._x.size:
            low = min(float(self._y.min()), float(self._z.min()))
            high = max(float(self._y.max()), float(self._z.max()))
            x0, x1 = float(self._x.min()), float(self._x.max())
            self._bounds = QRectF(x0, low, x1 - x0, high - low)
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, option, widget=None):
        if not self._x.size:
            return
        view = self.getViewBox()
        visible = view.viewRect() if view is not None else self._bounds
        if self._segments.draw(painter, self._x, self._y, self._z, visible, self._pen):
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(self._pen)
        xs = np.repeat(self._x, 2)
        painter.drawPath(pg.arrayToQPath(xs, np.column_stack([self._y, self._z]).ravel(), "pairs"))
