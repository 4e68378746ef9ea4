"""The linked views of J: J against w (b fixed), J against b (w fixed), the contour map of
J(w, b) and, where OpenGL works, the 3-D surface (Figures 3-5 to 3-8 of the chapter).

These widgets draw numbers the tab computed with the engine; they compute none themselves.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lossstudio.ui import style
from lossstudio.ui.regression.items import GestureViewBox

CONTOUR_LEVELS = 12


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
        self.curve = self.plot()
        self.cursor = pg.InfiniteLine(angle=90, movable=False)
        self.addItem(self.cursor, ignoreBounds=True)
        self.marker = pg.ScatterPlotItem()
        self.addItem(self.marker)
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
        if sticky and self._top is not None and self.STICKY * self._top <= top <= self._top:
            return
        if sticky:
            top *= self.HEADROOM
        if top != self._top:
            self._top = top
            self.setYRange(0.0, top, padding=0.05)


class SurfaceView(QWidget):
    """The 3-D surface of J(w, b), built only when asked for and only where OpenGL works."""

    def __init__(self):
        super().__init__()
        self.setObjectName("regression.surface")
        self._grid = None
        self.gl_view = None
        self.surface = None
        self.dot = None
        self.message = QLabel()
        self.message.setObjectName("regression.surface_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show_button = QPushButton()
        self.show_button.setObjectName("regression.show_surface")
        self.show_button.clicked.connect(self.build)
        placeholder = QWidget()
        column = QVBoxLayout(placeholder)
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(placeholder)
        self._failure = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show the 3-D surface"))
        if self._failure == "offscreen":
            self.message.setText(
                self.tr("The 3-D surface needs OpenGL, which this display does not offer.")
            )
        elif self._failure:
            self.message.setText(
                self.tr(
                    "The 3-D surface is not available here (OpenGL could not start: {reason}). "
                    "The contour map shows the same J(w, b)."
                ).format(reason=self._failure)
            )
        else:
            self.message.setText(
                self.tr("J(w, b) as a surface over the (w, b) plane: a shallow valley.")
            )

    def _fail(self, reason: str) -> None:
        self._failure = reason
        self.show_button.hide()
        self.retranslate()

    def build(self) -> bool:
        """Create the GL view; on any failure show a message instead. True if it works."""
        if self.gl_view is not None:
            return True
        from PySide6.QtGui import QGuiApplication, QOpenGLContext

        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            self._fail("offscreen")
            return False
        try:
            context = QOpenGLContext()
            if not context.create():
                raise RuntimeError("no OpenGL context")
            import pyqtgraph.opengl as gl

            view = gl.GLViewWidget()
            view.setObjectName("regression.surface_view")
            view.setCameraPosition(distance=9, elevation=28, azimuth=-60)
            surface = gl.GLSurfacePlotItem(shader="heightColor", computeNormals=False)
            dot = gl.GLScatterPlotItem(size=12, color=(0.84, 0.37, 0.0, 1.0))
            view.addItem(gl.GLGridItem())
            view.addItem(surface)
            view.addItem(dot)
        except Exception as error:  # an import error or a driver without OpenGL
            self._fail(type(error).__name__)
            return False
        self.gl_view, self.surface, self.dot = view, surface, dot
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        if self._grid is not None:
            self.set_grid(*self._grid)
        return True

    def set_grid(self, ws: np.ndarray, bs: np.ndarray, grid: np.ndarray) -> None:
        self._grid = (ws, bs, grid)
        if self.surface is None:
            return
        # normalise into a 4 x 4 x 2 box so every data set gives a readable valley
        span_w = float(ws[-1] - ws[0]) or 1.0
        span_b = float(bs[-1] - bs[0]) or 1.0
        top = float(np.max(grid)) or 1.0
        self._box = (ws[0], span_w, bs[0], span_b, top)
        heights = 2.0 * np.sqrt(grid.T / top)  # sqrt keeps the valley floor visible
        self.surface.setData(
            x=4.0 * (ws - ws[0]) / span_w - 2.0, y=4.0 * (bs - bs[0]) / span_b - 2.0, z=heights
        )
        self.surface.shader()["colorMap"] = np.array([0.6, 0.0, 0.6, 0.6, 0.2, 0.4, 1.0, 0.0, 0.0])

    def set_current(self, w: float, b: float, loss: float) -> None:
        if self.dot is None or self._grid is None:
            return
        w0, span_w, b0, span_b, top = self._box
        point = [4.0 * (w - w0) / span_w - 2.0, 4.0 * (b - b0) / span_b - 2.0]
        point.append(2.0 * np.sqrt(max(loss, 0.0) / top) + 0.02)
        self.dot.setData(pos=np.array([point]))


class LossViews(QWidget):
    """Contour / 3-D surface above, the two slices of J below."""

    def __init__(self):
        super().__init__()
        self.contour_box = GestureViewBox()
        self.contour = pg.PlotWidget(viewBox=self.contour_box)
        self.contour.setObjectName("regression.contour")
        self.contour.getPlotItem().hideButtons()
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(pg.colormap.get("cividis"))
        self.image.setZValue(-20)
        self.contour.addItem(self.image)
        self.levels = pg.PlotDataItem(connect="finite")
        self.contour.addItem(self.levels)
        self.best_marker = pg.ScatterPlotItem(symbol="star")
        self.contour.addItem(self.best_marker)
        self.marker = pg.ScatterPlotItem(symbol="o")
        self.contour.addItem(self.marker)
        self.surface = SurfaceView()
        self.views = QTabWidget()
        self.views.setObjectName("regression.loss_views")
        self.views.setDocumentMode(True)
        self.views.addTab(self.contour, "")
        self.views.addTab(self.surface, "")

        self.slice_w = SlicePlot("regression.slice_w", 0)
        self.slice_b = SlicePlot("regression.slice_b", 2)
        slices = QSplitter(Qt.Orientation.Horizontal)
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

    def set_current(self, w: float, b: float, loss: float) -> None:
        self.marker.setData([w], [b])
        self.surface.set_current(w, b, loss)
