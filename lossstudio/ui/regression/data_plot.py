"""The Regression tab's data plot: the samples, the line z = w x + b with its handles, the
residuals and their squares, the best-fit line, the selected point, the equation and the
note saying how many points are drawn.

It only shows what it is given: :meth:`DataPlot.show` projects a state and its
:class:`~lossstudio.model.regression_view.RegressionView` (touching only what changed); what
the mouse does goes to the gestures handler of its view box.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lossstudio.model.regression import RegressionState
from lossstudio.model.regression_view import RegressionView
from lossstudio.ui import style
from lossstudio.ui.curves import DeviceDataItem
from lossstudio.ui.presenter import ARROWS_PROPERTY
from lossstudio.ui.regression.items import (
    GestureViewBox,
    PointsItem,
    ResidualSegmentsItem,
    ResidualSquaresItem,
    cache_axes,
)
from lossstudio.ui.widgets.number_field import format_value


def equation(w: float, b: float) -> str:
    sign = "−" if b < 0 else "+"
    return f"z = {format_value(w, 4)}x {sign} {format_value(abs(b), 4)}"


class DataPlot(pg.PlotWidget):
    """The samples and the line; ``handler`` gets the mouse's presses, drags and clicks."""

    def __init__(self, handler):
        self.data_box = GestureViewBox()
        self.data_box.handler = handler
        super().__init__(viewBox=self.data_box)
        self.setObjectName("regression.plot")
        self.getPlotItem().hideButtons()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty(ARROWS_PROPERTY, True)  # the arrows nudge the line here
        cache_axes(self)
        self.squares = ResidualSquaresItem()
        self.addItem(self.squares, ignoreBounds=True)
        # curves stroked in device pixels (lossstudio/ui/curves.py: Qt's wide antialiased
        # cosmetic pens are slow under the view's scaling)
        self.residuals = DeviceDataItem(connect="pairs")
        # beyond SMOOTH_LIMIT points the residuals are aliased: drawn as one image instead
        self.many_residuals = ResidualSegmentsItem()
        self.addItem(self.many_residuals, ignoreBounds=True)
        self.best_line = DeviceDataItem()
        self.line = DeviceDataItem()
        self.points = PointsItem()
        self.selection = pg.ScatterPlotItem()
        self.handles = pg.ScatterPlotItem()
        for item in (self.residuals, self.best_line, self.line, self.points):
            self.addItem(item)
        self.addItem(self.selection)
        self.addItem(self.handles)
        self.equation = pg.TextItem(anchor=(0, 0))
        self.equation.setParentItem(self.data_box)
        self.equation.setPos(10, 6)
        self.note = pg.TextItem(anchor=(0, 1))  # "showing 5,000 of 1,000,000 points"
        self.note.setObjectName("regression.sample_note")
        self.note.setParentItem(self.data_box)
        self.note.hide()
        self._shown_points = None  # the Points object whose samples are drawn
        self._selection_shown = None  # (index, Points) the selection item shows
        self._best_line_shown = None  # (ends, fit) the best-fit line shows
        self._last: tuple[RegressionState, RegressionView] | None = None
        self.data_box.sigRangeChanged.connect(self._view_moved)
        self.data_box.sigResized.connect(self._view_moved)

    # --- style --------------------------------------------------------------------------------
    def restyle(self) -> None:
        t = style.theme()
        self.points.setSymbol("o")
        self.points.setPen(pg.mkPen(t.background, width=t.px(1)))
        self.points.setBrush(pg.mkBrush(style.PALETTE[0]))
        self.points.setSize(t.px(9))
        self.selection.setSymbol("o")
        self.selection.setPen(style.pen(t.foreground, 2.5))
        self.selection.setBrush(pg.mkBrush(None))
        self.selection.setSize(t.px(18))
        self.line.setPen(style.series_pen(1, 3.5, dashed=False))
        self.best_line.setPen(style.series_pen(2, 2.5))
        self.handles.setSymbol("o")
        self.handles.setPen(style.pen(style.PALETTE[1], 2.5))
        self.handles.setBrush(pg.mkBrush(t.background))
        self.handles.setSize(t.px(16))
        self._residual_pen()
        square = style.color(4)
        self.squares.setPen(style.pen(square, 1))
        square.setAlpha(40)
        self.squares.setBrush(pg.mkBrush(square))
        self.equation.setColor(style.PALETTE[1])
        self.equation.setFont(style.room_font(16, bold=True))
        self.note.setColor(t.foreground)
        self.note.setFont(style.room_font(11))
        self.note.fill = pg.mkBrush(QColor(t.background))

    def _many(self) -> bool:
        points = self._shown_points
        return points is not None and points.drawn_x.size > ResidualSquaresItem.SMOOTH_LIMIT

    def _residual_pen(self) -> None:
        many = self._many()
        self.residuals.opts.update(antialias=not many, skipFiniteCheck=True)
        self.residuals.setPen(style.pen(style.color(3), 1.0 if many else 1.5))
        self.many_residuals.setPen(style.pen(style.color(3), 1.0))

    # --- showing ------------------------------------------------------------------------------
    def show_state(
        self, state: RegressionState, view: RegressionView, selected: int | None, draft: bool
    ) -> None:
        """Project ``state`` and its numbers; a new data set is framed unless ``draft``."""
        points = view.points
        if points is not self._shown_points:
            if not draft:
                self.fit_view(state, view)
            self._shown_points = points
            self.points.setData(points.drawn_x, points.drawn_y)
            self._residual_pen()
        self._last = (state, view)
        self.show_selection(selected)
        self._draw_line(state, view)

    def show_note(self, text: str) -> None:
        """The note in the plot's lower left corner ("" hides it)."""
        if not text:
            self.note.hide()
            return
        self.note.setText(text)
        self.note.show()
        self._place_note()

    def show_selection(self, index: int | None) -> None:
        points = self._shown_points
        shown = (index, points)
        if self._selection_shown is not None and (
            shown[0] == self._selection_shown[0] and shown[1] is self._selection_shown[1]
        ):
            return
        self._selection_shown = shown
        if index is None or points is None or index >= points.x.size:
            self.selection.setData([], [])
        else:
            self.selection.setData([points.x[index]], [points.y[index]])

    def fit_view(self, state: RegressionState, view: RegressionView) -> None:
        """Frame the data, and the line too where it passes near them (as Figure 3-4 does)."""
        x, y = view.points.x, view.points.y
        x0, x1, y0, y1 = float(x.min()), float(x.max()), float(y.min()), float(y.max())
        span = max(y1 - y0, 1e-9)
        for end in (x0, x1):
            z = state.w * end + state.b
            if y0 - span <= z <= y1 + span:
                y0, y1 = min(y0, z), max(y1, z)
        if x1 - x0 < 1e-12:
            x0, x1 = x0 - 1.0, x1 + 1.0
        if y1 - y0 < 1e-12:
            y0, y1 = y0 - 1.0, y1 + 1.0
        self.data_box.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.08)

    def handle_points(self, state: RegressionState) -> list[tuple[float, float]]:
        """The line's two round handles, near either end of the visible x range."""
        (x0, x1), _ = self.data_box.viewRange()
        xs = (x0 + 0.08 * (x1 - x0), x1 - 0.08 * (x1 - x0))
        return [(x, state.w * x + state.b) for x in xs]

    def _place_note(self) -> None:
        self.note.setPos(10, self.data_box.height() - 6)

    def _view_moved(self, *args) -> None:
        if self.note.isVisible():
            self._place_note()
        if self._last is not None:
            self._draw_line(*self._last)

    def _draw_line(self, state: RegressionState, view: RegressionView) -> None:
        x, y, z = view.points.drawn_x, view.points.drawn_y, view.line_z
        (x0, x1), _ = self.data_box.viewRange()
        span = x1 - x0
        ends = np.array([x0 - span, x1 + span])
        with np.errstate(over="ignore", invalid="ignore"):
            self.line.setData(ends, state.w * ends + state.b)
        handles = self.handle_points(state)
        self.handles.setData([p[0] for p in handles], [p[1] for p in handles])
        if state.residuals and self._many():
            self.many_residuals.set_segments(x, y, z)
        elif self.many_residuals.segment_count():
            self.many_residuals.set_segments(*(np.zeros(0),) * 3)
        if state.residuals and not self._many():
            self.residuals.setData(
                np.repeat(x, 2), np.column_stack([y, z]).ravel(), connect="pairs"
            )
        elif self.residuals.xData is not None and self.residuals.xData.size:
            self.residuals.setData([], [])
        if state.squares and state.loss == "squared":  # the squares are not J otherwise
            sx, sy = self.data_box.viewPixelSize()
            middle = float(np.mean(self.data_box.viewRange()[0]))
            self.squares.set_squares(x, y, z, sx / sy if sy else 1.0, middle)
            self.squares.show()
        else:
            self.squares.hide()
        fit = view.fit if state.best_fit else None
        shown = (ends[0], ends[1], fit)
        if shown != self._best_line_shown:  # the same line while only (w, b) moves
            self._best_line_shown = shown
            if fit is None:
                self.best_line.setData([], [])
            else:
                self.best_line.setData(ends, fit[0] * ends + fit[1])
        self.equation.setText(equation(state.w, state.b))
