"""The pyqtgraph items of the Descent tab: contour lines, a walker's path, an arrow."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from lossstudio.engine.surfaces import Surface
from lossstudio.model.walks import drawn_indices
from lossstudio.ui import style
from lossstudio.ui.curves import DeviceCurveItem


def contour_lines(surface: Surface, size: int = 120, count: int = 14):
    """(level, xs, ys) for each log-spaced level; pieces are separated by nan.

    The lines come from pyqtgraph's marching squares on the engine's grid, mapped from grid
    indices back to (w, b).
    """
    ws, bs, grid = surface.grid(size)
    levels = surface.levels(count, size)
    dw, db = ws[1] - ws[0], bs[1] - bs[0]
    result = []
    for level in levels:
        xs: list[float] = []
        ys: list[float] = []
        for piece in pg.functions.isocurve(grid.T, float(level), connected=True, extendToEdge=True):
            points = np.asarray(piece, dtype=float)
            xs.extend(np.clip(ws[0] + (points[:, 0] - 0.5) * dw, ws[0], ws[-1]))
            ys.extend(np.clip(bs[0] + (points[:, 1] - 0.5) * db, bs[0], bs[-1]))
            xs.append(np.nan)
            ys.append(np.nan)
        result.append((float(level), np.array(xs), np.array(ys)))
    return result


class StartDragBox(pg.ViewBox):
    """The contour map's view box: a left drag anywhere moves the start with the pointer,
    ``on_drag(w, b, finished)`` for every frame (a click still reaches the scene, as before)."""

    def __init__(self, on_drag, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._on_drag = on_drag

    def mouseDragEvent(self, ev, axis=None):
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        point = self.mapSceneToView(ev.scenePos())
        self._on_drag(point.x(), point.y(), ev.isFinish())


class ContourLines(pg.GraphicsObject):
    """All the contour lines in one item, so the map is one cached picture.

    The lines never move while the walkers do, so the item caches its device pixels
    (``DeviceCoordinateCache``) and a frame only blits them. One item, not one per level: Qt
    keeps item caches in ``QPixmapCache``, and fourteen view-sized pixmaps overflowed it, so
    every frame painted every line again.
    """

    def __init__(self):
        super().__init__()
        self._paths: list[QPainterPath] = []
        self._pens: list[QPen] = []
        self._bounds = QRectF()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_lines(self, lines) -> None:
        """``lines``: (xs, ys) pairs, pieces separated by nan."""
        self.prepareGeometryChange()
        self._paths = [pg.functions.arrayToQPath(xs, ys, connect="finite") for xs, ys in lines]
        bounds = QRectF()
        for path in self._paths:
            bounds = bounds.united(path.boundingRect())
        # room for the (cosmetic) pen's width where a line runs along the edge of the map
        pad_w, pad_h = 0.01 * bounds.width(), 0.01 * bounds.height()
        self._bounds = bounds.adjusted(-pad_w, -pad_h, pad_w, pad_h)
        self.update()

    def set_pens(self, pens: list[QPen]) -> None:
        self._pens = list(pens)
        self.update()

    def lines(self) -> list[QPainterPath]:
        return list(self._paths)

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def paint(self, painter, *_args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for path, pen in zip(self._paths, self._pens, strict=False):
            painter.setPen(pen)
            painter.drawPath(path)


class ContourItem(pg.ItemGroup):
    """Log-spaced contour lines of a surface and its minimum (a cross)."""

    def __init__(self):
        super().__init__()
        self.lines = ContourLines()
        self.lines.setParentItem(self)
        self.minimum = pg.ScatterPlotItem(symbol="x", pxMode=True)
        self.minimum.setZValue(5)
        self.addItem(self.minimum)
        self._surface: Surface | None = None

    def set_surface(self, surface: Surface) -> None:
        if surface is self._surface:
            return
        self._surface = surface
        self.lines.set_lines([(xs, ys) for _, xs, ys in contour_lines(surface)])
        self.restyle()

    def restyle(self) -> None:
        theme = style.theme()
        count = max(len(self.lines.lines()), 1)
        pens = []
        for index in range(len(self.lines.lines())):
            colour = pg.mkColor(style.PALETTE[5] if theme.name == "dark" else "#3a7ca5")
            colour.setAlphaF(0.85 - 0.55 * index / count)  # inner rings stronger
            pens.append(pg.mkPen(colour, width=theme.px(1.4)))
        self.lines.set_pens(pens)
        if self._surface is not None:
            w, b = self._surface.minimum
            self.minimum.setData(
                [w],
                [b],
                size=theme.px(16),
                pen=pg.mkPen(theme.foreground, width=theme.px(2.5)),
                brush=pg.mkBrush(theme.foreground),
            )


class PrefixCurve(DeviceCurveItem):
    """A curve showing a growing prefix of a walk, with its bounds handed in.

    pyqtgraph scans the data for its bounds after every ``setData`` (``nanmin``/``nanmax``
    under a warnings filter, per axis); a walk's running minima and maxima are worked out once
    (:func:`running_bounds`), so a frame's bounds cost nothing.
    """

    def __init__(self):
        super().__init__(skipFiniteCheck=True)
        self._known: tuple[tuple[float, float], tuple[float, float]] | None = None

    def show_prefix(self, xs: np.ndarray, ys: np.ndarray, bounds=None) -> None:
        """Show finite ``xs``, ``ys``; ``bounds`` is one row of :func:`running_bounds` or None."""
        # before setData: pyqtgraph may ask for the bounds while it takes the data
        self._known = None if bounds is None else ((bounds[0], bounds[1]), (bounds[2], bounds[3]))
        drawn = drawn_indices(len(xs))
        if drawn is not None:
            xs, ys = xs[drawn], ys[drawn]
        self.setData(xs, ys, skipFiniteCheck=True)

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        if self._known is not None and frac >= 1.0 and orthoRange is None:
            return self._known[ax]
        return super().dataBounds(ax, frac, orthoRange)


class MarkerItem(QGraphicsPathItem):
    """A series' symbol at one point, drawn in pixels whatever the view's scale.

    Qt paints it (a path item that ignores the view's transformations), so moving it is a
    ``setPos``: no per-frame scatter data, spot styling or Python bounding boxes.
    """

    def __init__(self):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def set_style(self, symbol: str, size: float, pen: QPen, brush) -> None:
        # pyqtgraph's symbols are unit paths in screen coordinates (y down), as in its scatter
        self.setPath(QTransform.fromScale(size, size).map(Symbols[symbol]))
        self.setPen(pen)
        self.setBrush(brush)

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        super().paint(painter, option, widget)


class RunnerItem(pg.ItemGroup):
    """One optimizer's revealed path and its current point, in the series' colour and dash.

    While the race plays the path is drawn solid and without antialiasing (the colours and
    markers tell the walkers apart, and dashing an antialiased path is most of a frame's
    paint); paused, it has its dash again for the still picture.
    """

    def __init__(self, index: int):
        super().__init__()
        self.index = index
        self.playing = False
        self.path = PrefixCurve()
        self.path.setParentItem(self)
        self.marker = MarkerItem()
        self.marker.setParentItem(self)
        self.marker.setZValue(10)
        self.restyle()

    def restyle(self) -> None:
        theme = style.theme()
        self.path.setPen(style.series_pen(self.index, 2.5, dashed=not self.playing))
        self.path.opts["antialias"] = not self.playing
        self.path.update()
        self.marker.set_style(
            style.SYMBOLS[self.index % len(style.SYMBOLS)],
            theme.px(15),
            pg.mkPen(theme.foreground, width=theme.px(1.5)),
            pg.mkBrush(style.color(self.index)),
        )

    def set_playing(self, playing: bool) -> None:
        """Solid and aliased while playing, the series' dash and antialiasing when still."""
        if playing != self.playing:
            self.playing = playing
            self.path.setPen(style.series_pen(self.index, 2.5, dashed=not playing))
            self.path.opts["antialias"] = not playing
            self.path.update()

    def show_path(self, path: np.ndarray, shown: int, bounds: np.ndarray | None = None) -> None:
        """Draw points ``0..shown`` of ``path`` (shape (k + 1, 2)); the marker on ``shown``.

        The engine's paths are finite (a diverging walk stops before it overflows);
        ``bounds``, when given, is :func:`running_bounds` of the whole path.
        """
        self.path.show_prefix(
            path[: shown + 1, 0], path[: shown + 1, 1], None if bounds is None else bounds[shown]
        )
        self.marker.setPos(float(path[shown, 0]), float(path[shown, 1]))

    def current(self) -> tuple[float, float]:
        pos = self.marker.pos()
        return pos.x(), pos.y()


class VectorItem(pg.ItemGroup):
    """An arrow from a point along a vector in (w, b): a shaft and a head drawn in pixels.

    The head's angle is worked out on screen, so it points along the shaft whatever the
    axes' aspect ratio; call :meth:`refresh` when the view's scale changes.
    """

    def __init__(self, colour: str, dash=Qt.PenStyle.SolidLine):
        super().__init__()
        self._colour, self._dash = colour, dash
        self.shaft = DeviceCurveItem()
        self.shaft.setParentItem(self)
        self.head = pg.ArrowItem(angle=0, headLen=12, tipAngle=32, pen=None)
        self.head.setParentItem(self)
        self._tail = np.zeros(2)
        self._vector = np.zeros(2)
        self.restyle()

    def restyle(self) -> None:
        theme = style.theme()
        self.shaft.setPen(style.pen(self._colour, 3.0, self._dash))
        self.head.setStyle(
            headLen=theme.px(16),
            tipAngle=34,
            brush=pg.mkBrush(self._colour),
            pen=pg.mkPen(self._colour, width=1),
        )

    def set_vector(self, tail, vector) -> None:
        self._tail = np.asarray(tail, dtype=float)
        self._vector = np.asarray(vector, dtype=float)
        tip = self._tail + self._vector
        self.shaft.setData([self._tail[0], tip[0]], [self._tail[1], tip[1]])
        self.head.setPos(QPointF(float(tip[0]), float(tip[1])))
        self.refresh()

    def refresh(self) -> None:
        view = self.getViewBox()
        if view is None:
            return
        pixel_w, pixel_h = view.viewPixelSize()
        if pixel_w <= 0 or pixel_h <= 0:
            return
        dx, dy = self._vector[0] / pixel_w, self._vector[1] / pixel_h
        visible = math.hypot(dx, dy) > 2.0
        self.head.setVisible(visible and self.isVisible())
        if visible:
            self.head.setStyle(angle=180.0 - math.degrees(math.atan2(dy, dx)))
