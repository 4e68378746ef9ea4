"""The linked views of J: J against w (b fixed), J against b (w fixed), the contour map of
J(w, b) and, where OpenGL works, the 3-D surface (:mod:`.surface`; Figures 3-5 to 3-8 of the
chapter).

These widgets draw numbers the tab computed with the engine; they compute none themselves.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lossstudio.ui import answers, style
from lossstudio.ui.caching import cache_axes, cache_item
from lossstudio.ui.curves import DeviceDataItem
from lossstudio.ui.markers import Dot
from lossstudio.ui.regression.items import GestureViewBox
from lossstudio.ui.regression.surface import COLORMAP, SurfaceView

CONTOUR_LEVELS = 12


#: the least width of a slice plot beside the other one (unscaled px)
SLICE_MIN_WIDTH = 170


class SlicePlot(pg.PlotWidget):
    """J along one parameter with the other fixed, the current value marked."""

    #: while dragging, the y range stays put while the curve's top is within [STICKY, 1] of it
    STICKY = 0.75
    #: and when it must move, it leaves this much room above the top
    HEADROOM = 1.15

    def __init__(self, name: str, series: int):
        super().__init__()
        self.setObjectName(name)
        self._series = series
        self.getPlotItem().setMenuEnabled(False)
        self.getPlotItem().hideButtons()
        self.getViewBox().setMouseEnabled(x=False, y=False)
        self.curve = DeviceDataItem()  # stroked in device pixels (lossstudio/ui/curves.py)
        self.addItem(self.curve)
        self.cursor = pg.InfiniteLine(angle=90, movable=False)
        self.addItem(self.cursor, ignoreBounds=True)
        self.marker = Dot("o")
        self.addItem(self.marker, ignoreBounds=True)
        self._x_range: tuple[float, float] | None = None
        self._top: float | None = None
        self.restyle()

    def restyle(self) -> None:
        t = style.theme()
        self.curve.setPen(style.series_pen(self._series, 2.5, dashed=False))
        self.cursor.setPen(style.pen(t.muted, 1, Qt.PenStyle.DashLine))
        self.marker.setPen(style.pen(t.foreground, 1.5))
        self.marker.setBrush(pg.mkBrush(style.theme().accent))
        self.marker.setSize(t.px(12))

    def set_curve(
        self,
        values: np.ndarray,
        losses: np.ndarray,
        current: float,
        loss: float,
        *,
        sticky: bool = False,
    ):
        """Show J along ``values``; the y range reaches the curve's top (and ``loss``).

        ``sticky`` (every frame of a drag): keep the y range while the top stays within it and
        above ``STICKY`` of it, with some headroom when it must move, so the axes are not
        re-laid out on every frame. Without it the range is exactly the curve's (as any state
        is shown after the drag).
        """
        self.curve.setData(values, losses)
        self.cursor.setValue(current)
        self.marker.setData([current], [loss])
        finite = np.isfinite(losses)
        top = float(np.max(losses[finite])) if finite.any() else 1.0
        top = max(top, loss if np.isfinite(loss) else 0.0, 1e-12)
        x_range = (float(values[0]), float(values[-1]))
        if x_range != self._x_range:
            self._x_range = x_range
            self.setXRange(*x_range, padding=0.02)
            self._apply_range()
        if sticky and self._top is not None and self.STICKY * self._top <= top <= self._top:
            return
        if sticky:
            top *= self.HEADROOM
        if top != self._top:
            self._top = top
            self.setYRange(0.0, top, padding=0.05)
            self._apply_range()

    def _apply_range(self) -> None:
        """Move the items to the new range now: pyqtgraph defers it to the paint, where the
        moved items ask for a second paint of the whole view in the same frame."""
        self.getViewBox().updateMatrix()


class LossViews(QWidget):
    """Contour / 3-D surface above, the two slices of J below."""

    def __init__(self):
        super().__init__()
        self.contour_box = GestureViewBox()
        self.contour = pg.PlotWidget(viewBox=self.contour_box)
        self.contour.setObjectName("regression.contour")
        self.contour.getPlotItem().hideButtons()
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(pg.colormap.get(COLORMAP))
        self.image.setZValue(-20)
        self.contour.addItem(self.image)
        self.levels = pg.PlotDataItem(connect="finite")
        self.contour.addItem(self.levels)
        self.best_marker = pg.ScatterPlotItem(symbol="star")
        self.contour.addItem(self.best_marker)
        self.marker = Dot("o")
        self.contour.addItem(self.marker, ignoreBounds=True)
        # the map under the moving marker: painted once into device pixels, then blitted
        for item in (self.image, self.levels.curve, self.best_marker):
            cache_item(item)
        self.surface = SurfaceView()
        self.views = QTabWidget()
        self.views.setObjectName("regression.loss_views")
        self.views.setDocumentMode(True)
        self.views.addTab(self.contour, "")
        self.views.addTab(self.surface, "")

        self.slice_w = SlicePlot("regression.slice_w", 0)
        self.slice_b = SlicePlot("regression.slice_b", 2)
        for plot in (self.contour, self.slice_w, self.slice_b):
            cache_axes(plot)
        for plot in (self.slice_w, self.slice_b):
            plot.setMinimumWidth(160)  # a usable plot (layout_check.PLOT_MIN) at any scale
        slices = self.slices = QSplitter(Qt.Orientation.Horizontal)  # stacked when narrow
        slices.addWidget(self.slice_w)
        slices.addWidget(self.slice_b)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.views)
        splitter.addWidget(slices)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._range = (0.0, 1.0, 0.0, 1.0)
        self._aspect_shown: tuple | None = None
        self._grid_shown = None  # the Grid the contour map shows
        self.restyle()

    def retranslate(self, loss_name: str) -> None:
        self.views.setTabText(0, self.tr("Contour map"))
        self.views.setTabText(1, self.tr("3-D surface"))
        self.surface.retranslate()
        style.style_plot(
            self.contour.getPlotItem(),
            self.tr("weight w"),
            self.tr("bias b"),
            self.tr("J(w, b): log-spaced contours"),
        )
        style.style_plot(
            self.slice_w.getPlotItem(),
            self.tr("weight w"),
            self.tr("J"),
            self.tr("J(w), b fixed"),
        )
        style.style_plot(
            self.slice_b.getPlotItem(),
            self.tr("bias b"),
            self.tr("J"),
            self.tr("J(b), w fixed"),
        )

    def resizeEvent(self, event) -> None:
        """J(w) beside J(b) when each gets a usable width, J(w) over J(b) when not."""
        wide = event.size().width() >= 2 * style.theme().px(SLICE_MIN_WIDTH)
        self.slices.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        super().resizeEvent(event)

    def restyle(self) -> None:
        t = style.theme()
        self.levels.setPen(pg.mkPen(QColor(255, 255, 255, 190), width=t.px(1.2)))
        self.marker.setPen(style.pen("#000000", 1.5))
        self.marker.setBrush(pg.mkBrush(t.accent))
        self.marker.setSize(t.px(15))
        self.best_marker.setPen(style.pen("#000000", 1))
        self.best_marker.setBrush(pg.mkBrush(style.PALETTE[6]))
        self.best_marker.setSize(t.px(18))
        self.slice_w.restyle()
        self.slice_b.restyle()
        self.surface.restyle()

    def set_grid(self, ws, bs, grid, best: tuple[float, float] | None, equal_aspect: bool):
        """A new J(w, b) grid (data or loss changed): image, log-spaced contours, best fit."""
        dw = (ws[-1] - ws[0]) / (ws.size - 1)
        db = (bs[-1] - bs[0]) / (bs.size - 1)
        finite = grid[np.isfinite(grid)]
        low = float(np.min(finite)) if finite.size else 0.0
        high = float(np.max(finite)) if finite.size else 1.0
        floor = max(low, high * 1e-6, 1e-300)
        with np.errstate(divide="ignore", invalid="ignore"):
            shade = np.log10(np.maximum(grid, floor))
        self.image.setImage(shade.T, autoLevels=True)
        self.image.setRect(QRectF(ws[0] - dw / 2, bs[0] - db / 2, dw * ws.size, db * bs.size))
        xs, ys = [], []
        if high > floor:
            for level in np.geomspace(floor, high, CONTOUR_LEVELS + 2)[1:-1]:
                for line in pg.isocurve(grid.T, level, connected=True):
                    points = np.asarray(line, dtype=float)
                    xs += [ws[0] + (points[:, 0] - 0.5) * dw, [np.nan]]
                    ys += [bs[0] + (points[:, 1] - 0.5) * db, [np.nan]]
        if xs:
            self.levels.setData(np.concatenate(xs), np.concatenate(ys), connect="finite")
        else:
            self.levels.setData([], [])
        if best is None:
            self.best_marker.setData([], [])
        else:
            self.best_marker.setData([best[0]], [best[1]])
        self._range = (float(ws[0]), float(ws[-1]), float(bs[0]), float(bs[-1]))
        self.set_equal_aspect(equal_aspect)
        self.surface.set_grid(ws, bs, grid)

    def set_equal_aspect(self, equal: bool) -> None:
        if self._aspect_shown == (equal, self._range):
            return  # the view already frames this grid this way
        self._aspect_shown = (equal, self._range)
        box = self.contour_box
        box.setAspectLocked(equal, ratio=1.0)
        w0, w1, b0, b1 = self._range
        box.setRange(xRange=(w0, w1), yRange=(b0, b1), padding=0.0)

    # --- projecting a state --------------------------------------------------------------------
    def show_state(self, state, view, draft: bool) -> None:
        """The contour map (drawn again only for a new grid), its framing, the slices through
        the line's (w, b) and the markers; ``draft`` keeps the slices' y ranges sticky."""
        if view.grid is not self._grid_shown:
            self._grid_shown = grid = view.grid
            self.set_grid(grid.ws, grid.bs, grid.values, view.fit, state.equal_aspect)
        self.set_equal_aspect(state.equal_aspect)  # returns at once when unchanged
        self.slice_w.set_curve(*view.slice_w, state.w, view.loss, sticky=draft)
        self.slice_b.set_curve(*view.slice_b, state.b, view.loss, sticky=draft)
        self.set_current(state.w, state.b, view.loss)

    def forget_grid(self) -> None:
        """Draw the grid again at the next :meth:`show_state` (a new theme's colours)."""
        self._grid_shown = None

    def cover_answers(self, loss: bool, fit: bool) -> None:
        """Hidden J: the slices (their curves read J at the cursor); hidden best fit: the star."""
        for plot in (self.slice_w, self.slice_b):
            answers.cover_item(plot.marker, loss)
            answers.cover_item(plot.curve, loss)
        answers.cover_item(self.best_marker, fit)

    def current_page(self) -> int:
        return self.views.currentIndex()

    def show_page(self, index: int) -> None:
        self.views.setCurrentIndex(index)
        if self.views.widget(index) is self.surface:
            self.surface.build()

    def set_current(self, w: float, b: float, loss: float) -> None:
        self.marker.setData([w], [b])
        self.surface.set_current(w, b, loss)
