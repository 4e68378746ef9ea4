"""The Descent tab's three plots: the contour map with the walks, loss against iteration, and
the data with the focused optimizer's current line.
"""

from __future__ import annotations

import math
import weakref

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import (
    QGraphicsItem,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lossstudio.engine.descent import OPTIMIZERS
from lossstudio.engine.surfaces import Surface, line
from lossstudio.model.descent import MAX_STEPS, DescentState
from lossstudio.model.walks import Walk, loss_axis, running_bounds, running_loss_bounds
from lossstudio.ui import style
from lossstudio.ui.curves import DeviceCurveItem
from lossstudio.ui.descent.items import (
    ContourItem,
    PrefixCurve,
    RunnerItem,
    StartDragBox,
    VectorItem,
)
from lossstudio.ui.line_breaks import keep_whole
from lossstudio.ui.markers import Dots
from lossstudio.ui.widgets.fitting import AdaptiveRow

#: Arrows: the gradient at the start is drawn this fraction of the view's width long.
ARROW_FRACTION = 0.22
ARROW_LIMIT = 0.45
#: The smallest loss drawn on a log axis (an exact 0 has no logarithm).
LOG_FLOOR = 1e-16
#: the least width of each small plot (loss, line fit) beside the race board, unscaled px
SMALL_PLOT_WIDTH = 200
SMALL_PLOT_HEIGHT = 160
#: The small plots' least width (logical px), whatever the scale: a usable plot.
SMALL_PLOT_LEAST_WIDTH = 160


def loss_span(iteration: int) -> int:
    """The iterations the loss plot's time axis spans at ``iteration``: 10, then 1.5 times
    more each time the walk passes the end (15, 22, 33, ...)."""
    span = 10
    while span < iteration:
        span = round(span * 1.5)
    return span


class DescentPlots(QWidget):
    """Contour map (click sets the start), loss curves and the data inset.

    Signals
    -------
    startClicked(float, float)
        A left click on the contour map at (w, b).
    """

    startClicked = Signal(float, float)
    startDragged = Signal(float, float, bool)  # w, b, finished (False while the drag goes on)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._build_contour()
        self._build_loss()
        self._build_inset()
        self._build_layout()
        self._surface: Surface | None = None
        self._view_key = None
        self._arrow_scale = 1.0
        self._loss_span = -1
        self._loss_range = (0.0, 0.0)
        self._fit_focus = ""
        # Cached items keep their pixels in QPixmapCache (10 MB by default): the map alone is
        # 4 bytes a device pixel, about 2 MB here and four times that on a high-density
        # screen. An overflowing cache evicts it and every frame paints every line again.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 64 * 1024))
        # axes and their grid lines change rarely: paint them once, reuse the pixels per frame
        for plot in (self.contour_plot, self.loss_plot, self.inset_plot):
            for side in ("left", "bottom", "top", "right"):
                plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.restyle()

    def _build_contour(self) -> None:
        """The contour map with the start, the runners and the arrows at the start."""
        self.contour = pg.PlotWidget(viewBox=StartDragBox(self._dragged))
        self.contour.setObjectName(
            "descent.contour"
        )  # PlotWidget(objectName=) names its PlotItem, not itself
        self.contour.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.contour_plot = self.contour.getPlotItem()
        self.contour_plot.setMouseEnabled(False, False)
        self.contour_plot.setMenuEnabled(False)
        self.contour_plot.hideButtons()
        self.contour_plot.disableAutoRange()
        self.surface_item = ContourItem()
        self.contour_plot.addItem(self.surface_item)
        self.start_marker = pg.ScatterPlotItem(symbol="o", pxMode=True)
        self.start_marker.setZValue(8)
        self.contour_plot.addItem(self.start_marker)
        self.runners = {name: RunnerItem(index) for index, name in enumerate(OPTIMIZERS)}
        for runner in self.runners.values():
            self.contour_plot.addItem(runner)
        self.gradient_arrow = VectorItem(style.theme().foreground)
        self.velocity_arrow = VectorItem(style.PALETTE[1], Qt.PenStyle.DashLine)
        self.gradient_label = pg.TextItem(anchor=(0, 1))
        self.velocity_label = pg.TextItem(anchor=(0, 0))
        for item in (self.gradient_arrow, self.velocity_arrow):
            item.setZValue(12)
            self.contour_plot.addItem(item)
        for item in (self.gradient_label, self.velocity_label):
            item.setZValue(13)
            self.contour_plot.addItem(item)
        self.contour_plot.getViewBox().sigTransformChanged.connect(self._refresh_arrows)
        self.contour.scene().sigMouseClicked.connect(self._clicked)

    def _build_loss(self) -> None:
        """The loss of every walk against the iteration, with the playback's line."""
        self.loss = pg.PlotWidget()

        self.loss.setObjectName(
            "descent.loss"
        )  # PlotWidget(objectName=) names its PlotItem, not itself
        self.loss_plot = self.loss.getPlotItem()
        self.loss_plot.setMenuEnabled(False)
        self.loss_plot.setMouseEnabled(False, False)
        self.loss_plot.hideButtons()
        self.loss_plot.disableAutoRange()
        # plain curves (no PlotDataItem layer): the log scale is applied here, as it would be
        self.loss_curves = {name: PrefixCurve() for name in OPTIMIZERS}
        for curve in self.loss_curves.values():
            self.loss_plot.addItem(curve)
        #: running bounds of each walk's path and losses, worked out once per walk
        self._bounds: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._loss_prefix: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        #: iterations 0..MAX_STEPS, so each frame hands the curves views, not new arrays
        self._iterations = np.arange(MAX_STEPS + 1, dtype=float)
        self._playing = False
        self.now_line = pg.InfiniteLine(angle=90, movable=False)
        self.loss_plot.addItem(self.now_line)
        # each walk's loss now, as a dot: at iteration 0 a curve of one point draws nothing
        self.now_dots = Dots(self.loss_plot, z=5)  # moved by setPos (lossstudio/ui/markers.py)

    def _build_inset(self) -> None:
        """The data inset (the regression data and the focused walk's line) and the caches."""
        self.inset = pg.PlotWidget()

        self.inset.setObjectName(
            "descent.inset"
        )  # PlotWidget(objectName=) names its PlotItem, not itself
        self.inset_plot = self.inset.getPlotItem()
        self.inset_plot.setMouseEnabled(False, False)
        self.inset_plot.setMenuEnabled(False)
        self.inset_plot.hideButtons()
        self.inset_plot.disableAutoRange()
        self.data_points = pg.ScatterPlotItem(pxMode=True)
        self.fit_line = DeviceCurveItem()  # stroked in device pixels (ui/curves.py)
        self.inset_plot.addItem(self.data_points)
        # the points stay while the line moves over them: paint them once, then blit
        self.data_points.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.start_marker.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.surface_item.minimum.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.inset_plot.addItem(self.fit_line)

    def _build_layout(self) -> None:
        # the two small plots beside the race board, or above it when the window is narrow
        bottom = AdaptiveRow([self.loss, self.inset], [3, 2], self._wide_at)
        self.bottom = bottom
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.contour)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        # the stretch factors only share out growth: the first split follows the size hints,
        # and the notes beside the board made the map a strip on short screens. Until a person
        # moves the handle, every resize splits 3 : 2 (the minimums still hold).
        self.splitter = splitter
        self._split_by_hand = False
        splitter.splitterMoved.connect(self._moved_by_hand)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for view in (self.contour, self.loss, self.inset):
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            view.setMinimumHeight(120)

    def _moved_by_hand(self, _position: int, _index: int) -> None:
        self._split_by_hand = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._split_by_hand:
            height = event.size().height()
            self.splitter.setSizes([height * 3 // 5, height - height * 3 // 5])

    def _wide_at(self) -> int:
        """The row's width from which the board fits beside two usable small plots."""
        board = self.bottom._widgets[-1] if len(self.bottom._widgets) > 2 else None
        board_width = board.minimumSizeHint().width() if board is not None else 0
        # at 3 : 2 the smaller plot keeps a usable 160 px (layout_check.PLOT_MIN) at any scale:
        # at 0.8 the scaled widths alone left the inset 104 px beside the board
        plots = max(round(2 * style.theme().px(SMALL_PLOT_WIDTH)), 5 * 160 // 2 + 20)
        return plots + board_width

    # --- text and style ----------------------------------------------------------------------
    def retranslate(self) -> None:
        style.style_plot(
            self.contour_plot,
            self.tr("weight w"),
            self.tr("bias b"),
            self.tr("Contours of J(w, b)"),
        )
        style.style_plot(
            self.loss_plot,
            self.tr("iteration"),
            self.tr("loss J"),
            self.tr("Loss against iteration"),
        )
        style.style_plot(
            self.inset_plot,
            self.tr("x"),
            self.tr("y"),
            keep_whole(self.tr("Line z = w x + b"), ["z = w x + b"]),
        )
        self.restyle()
        self.gradient_label.setText(self.tr("−∇J"))
        for plot in (self.contour_plot, self.loss_plot, self.inset_plot):
            for side in ("left", "bottom"):
                plot.getAxis(side).enableAutoSIPrefix(False)

    def set_velocity_name(self, text: str) -> None:
        self.velocity_label.setText(text)

    def restyle(self) -> None:
        theme = style.theme()
        for view in (self.loss, self.inset):  # room for a title, an axis and its label
            view.setMinimumHeight(round(theme.px(SMALL_PLOT_HEIGHT)))
            # beside the board a usable width (layout_check.PLOT_MIN): the board's notes took
            # the room and left the inset 149 px wide at 1.15 on 1280x720
            view.setMinimumWidth(SMALL_PLOT_LEAST_WIDTH)
        # the contour lines are the map's grid; a second grid only costs paint time per frame
        self.contour_plot.showGrid(x=False, y=False)
        self.inset_plot.showGrid(x=False, y=False)
        self.surface_item.restyle()
        for runner in self.runners.values():
            runner.restyle()
        self._style_loss_curves()
        self._fit_focus = ""
        self.now_line.setPen(style.pen(theme.muted, 1.5, Qt.PenStyle.DashLine))
        self.start_marker.setData(
            *self.start_marker.getData(),
            size=theme.px(13),
            pen=pg.mkPen(theme.foreground, width=theme.px(2.5)),
            brush=pg.mkBrush(theme.background),
        )
        self.gradient_arrow._colour = theme.foreground
        self.gradient_arrow.restyle()
        self.velocity_arrow.restyle()
        for label in (self.gradient_label, self.velocity_label):
            label.setFont(style.room_font(12, bold=True))
        self.gradient_label.setColor(theme.foreground)
        self.velocity_label.setColor(style.PALETTE[1])
        self.data_points.setPen(pg.mkPen(theme.foreground, width=1))
        self.data_points.setBrush(pg.mkBrush(theme.muted))
        self.data_points.setSize(theme.px(6))

    def _style_loss_curves(self) -> None:
        """Solid and aliased while playing (cheap to draw), dashed and antialiased when still."""
        for index, curve in enumerate(self.loss_curves.values()):
            curve.opts["antialias"] = not self._playing
            curve.setPen(style.series_pen(index, 2.5, dashed=not self._playing))

    def _set_playing(self, playing: bool) -> None:
        for runner in self.runners.values():
            runner.set_playing(playing)
        if playing != self._playing:
            self._playing = playing
            self._style_loss_curves()

    # --- drawing -----------------------------------------------------------------------------
    def show_state(self, state: DescentState, surface: Surface, walks: dict[str, Walk]) -> None:
        """Everything that changes with the settings (cheap when they did not change)."""
        self.surface_item.set_surface(surface)
        view_key = (id(surface), state.equal_aspect)
        if view_key != self._view_key:
            self._view_key = view_key
            w_min, w_max, b_min, b_max = surface.view
            self.contour_plot.setAspectLocked(state.equal_aspect, 1.0)
            self.contour_plot.setRange(xRange=(w_min, w_max), yRange=(b_min, b_max), padding=0)
        if surface is not self._surface:
            self._surface = surface
            self.inset.setVisible(surface.data is not None)
            if surface.data is not None:
                x, y = surface.data
                self.data_points.setData(x, y)
                # a still frame around the data: the moving line is clipped, the axes stay
                self.inset_plot.setRange(
                    xRange=(float(x.min()), float(x.max())),
                    yRange=(float(y.min()), float(y.max())),
                    padding=0.08,
                )
        self.start_marker.setData([state.start[0]], [state.start[1]])
        for name, runner in self.runners.items():
            runner.setVisible(name in walks)
            self.loss_curves[name].setVisible(name in walks)
        self.loss_plot.setLogMode(y=state.log_loss)
        focus = walks[state.focus]
        start_gradient = float(np.hypot(*focus.descent.gradients[0]))
        width = surface.view[1] - surface.view[0]
        self._arrow_scale = ARROW_FRACTION * width / start_gradient if start_gradient > 0 else 0.0
        self._arrow_limit = ARROW_LIMIT * width
        self.velocity_arrow._colour = style.PALETTE[OPTIMIZERS.index(state.focus) % 7]
        self.velocity_arrow.restyle()
        self.velocity_label.setColor(self.velocity_arrow._colour)
        self.show_frame(state, walks)

    def show_frame(self, state: DescentState, walks: dict[str, Walk]) -> None:
        """One animation frame: a few ``setData`` calls per racing optimizer."""
        self._set_playing(state.playing)
        for name, walk in walks.items():
            index = walk.index(state.iteration)
            path_bounds, loss_bounds = self._walk_bounds(walk)
            self.runners[name].show_path(walk.descent.path, index, path_bounds)
            losses = walk.losses[: index + 1]
            bounds = None if loss_bounds is None else loss_bounds[index].copy()
            if state.log_loss:
                losses = np.log10(np.maximum(losses, LOG_FLOOR))
                if bounds is not None:
                    bounds[2:] = np.log10(np.maximum(bounds[2:], LOG_FLOOR))
            if loss_bounds is None:  # a loss overflowed: drop what cannot be drawn
                keep = np.isfinite(losses)
                self.loss_curves[name].show_prefix(
                    self._iterations[: index + 1][keep], losses[keep]
                )
            else:
                self.loss_curves[name].show_prefix(self._iterations[: index + 1], losses, bounds)
        self.now_line.setPos(state.iteration)
        self._show_now(state, walks)
        self._follow_losses(state, walks)
        span = loss_span(state.iteration)
        if span != self._loss_span:
            # the time axis grows in jumps (a handful per race), so the first steps stay
            # readable and the axes, cached, are redrawn only on those frames; the span is a
            # function of the iteration alone, so a state shows the same axis however it came
            self._loss_span = span
            self.loss_plot.setXRange(0, span, padding=0.02)
            # apply it now: pyqtgraph would in the paint, and the view then paints twice
            self.loss_plot.getViewBox().updateMatrix()
        focus = walks[state.focus]
        index = focus.index(state.iteration)
        point = focus.descent.path[index]
        self._place_arrow(
            self.gradient_arrow, self.gradient_label, point, focus.descent.gradients[index]
        )
        velocity = focus.descent.velocities[index]
        has_velocity = state.focus in ("momentum", "nesterov", "adam") and index > 0
        self.velocity_arrow.setVisible(has_velocity)
        self.velocity_label.setVisible(has_velocity)
        if has_velocity:
            self._place_arrow(self.velocity_arrow, self.velocity_label, point, velocity)
        if self._surface is not None and self._surface.data is not None:
            x = self._surface.data[0]
            ends = np.array([x.min(), x.max()])
            self.fit_line.setData(ends, line(point[0], point[1], ends))
            if state.focus != self._fit_focus:
                self._fit_focus = state.focus
                self.fit_line.setPen(style.series_pen(OPTIMIZERS.index(state.focus), 3.0))

    def _follow_losses(self, state: DescentState, walks: dict[str, Walk]) -> None:
        """The loss axis spans the losses drawn so far (to each walk's shown iteration), never
        the walk still to come: before a step, J at the start alone, whatever η will do."""
        low, high = math.inf, -math.inf
        for walk in walks.values():
            seen = self._loss_bounds(walk)[walk.index(state.iteration)]
            if np.isfinite(seen).all():
                low, high = min(low, float(seen[0])), max(high, float(seen[1]))
        if state.log_loss and math.isfinite(low):
            low, high = (math.log10(max(value, LOG_FLOOR)) for value in (low, high))
        axis = loss_axis(low, high, state.log_loss)
        if (axis, state.log_loss) != self._loss_range:
            self._loss_range = (axis, state.log_loss)
            self.loss_plot.setYRange(*axis, padding=0.05)

    def _loss_bounds(self, walk: Walk) -> np.ndarray:
        found = self._loss_prefix.get(walk)
        if found is None:
            found = self._loss_prefix[walk] = running_loss_bounds(walk.losses)
        return found

    def _show_now(self, state: DescentState, walks: dict[str, Walk]) -> None:
        """A dot at each walk's current (iteration, loss), in the walk's colour."""
        points = []
        for name, walk in walks.items():
            value = float(walk.losses[walk.index(state.iteration)])
            if state.log_loss:
                value = float(np.log10(max(value, LOG_FLOOR)))
            if np.isfinite(value):
                colour = style.color(OPTIMIZERS.index(name))
                points.append((name, float(walk.index(state.iteration)), value, colour))
        theme = style.theme()
        self.now_dots.show(points, theme.px(9), pg.mkPen(theme.foreground, width=1))

    def _walk_bounds(self, walk: Walk):
        """(running bounds of the path, of (iteration, loss) or None if a loss is not finite)."""
        found = self._bounds.get(walk)
        if found is None:
            path = walk.descent.path
            iterations = self._iterations[: len(walk.losses)]
            finite = bool(np.isfinite(walk.losses).all())
            found = (
                running_bounds(path[:, 0], path[:, 1]),
                running_bounds(iterations, walk.losses) if finite else None,
            )
            self._bounds[walk] = found
        return found

    def _place_arrow(self, arrow: VectorItem, label: pg.TextItem, point, vector) -> None:
        drawn = -np.asarray(vector, dtype=float) * self._arrow_scale
        length = float(np.hypot(*drawn))
        if length > self._arrow_limit:
            drawn *= self._arrow_limit / length
        arrow.set_vector(point, drawn)
        label.setPos(float(point[0] + drawn[0]), float(point[1] + drawn[1]))
        # the text sits beyond the tip, away from the shaft
        label.setAnchor((0.0 if drawn[0] >= 0 else 1.0, 1.0 if drawn[1] >= 0 else 0.0))

    def _refresh_arrows(self, *_args) -> None:
        self.gradient_arrow.refresh()
        self.velocity_arrow.refresh()

    def _dragged(self, w: float, b: float, finished: bool) -> None:
        self.contour.setFocus()
        self.startDragged.emit(w, b, finished)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        box = self.contour_plot.getViewBox()
        if not box.sceneBoundingRect().contains(event.scenePos()):
            return
        point = box.mapSceneToView(event.scenePos())
        self.contour.setFocus()
        self.startClicked.emit(point.x(), point.y())
