"""The Regression tab (section 3.2): drag the line z = w x + b through the data and watch
the chapter's J = 1/(2m) sum (z - y)^2 respond, on the plot, in the slices J(w) and J(b),
and on the contour map of J(w, b).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lossstudio.engine import regression as engine
from lossstudio.engine.datasets import CHAPTER_LINES
from lossstudio.model import regression as model
from lossstudio.model.csv_data import CsvError, write_points
from lossstudio.model.lesson import ANSWERS, PAGES
from lossstudio.ui import answers, style
from lossstudio.ui.presenter import ARROWS_PROPERTY
from lossstudio.ui.regression.gestures import ContourGestures, DataGestures, nudge_steps, nudged
from lossstudio.ui.regression.items import (
    GestureViewBox,
    PointsItem,
    ResidualSquaresItem,
    cache_axes,
)
from lossstudio.ui.regression.loading import CsvLoader
from lossstudio.ui.regression.loss_views import LossViews
from lossstudio.ui.regression.messages import csv_message
from lossstudio.ui.regression.panel import ControlPanel, loss_text
from lossstudio.ui.tab import Tab
from lossstudio.ui.widgets.fitting import SideScroll
from lossstudio.ui.widgets.number_field import format_value

GRID_SIZE = 101
SLICE_SIZE = 101
#: At most this many points (with their residuals and squares) are drawn; J, the best fit
#: and the squared-error grids always use every point.
DRAW_LIMIT = 5000
#: Above this many points the absolute-error contour map and slices (O(n_w m log m)) use a
#: fixed random sample of this size; J and the best fit still use every point.
ABSOLUTE_GRID_LIMIT = 20_000


def sample_index(count: int, limit: int) -> np.ndarray | None:
    """A fixed (seeded) sorted subset of ``limit`` indices of ``count``, or None for all.

    It depends only on ``count``, so dragging a point (same count) keeps the same subset.
    """
    if count <= limit:
        return None
    index = np.random.default_rng(count).choice(count, limit, replace=False)
    index.sort()
    return index


def _same(key, other) -> bool:
    """Whether two (x, y, loss) keys name the same data (the very same tuples) and loss."""
    return key is not None and key[0] is other[0] and key[1] is other[1] and key[2] == other[2]


def _same_data(key, other) -> bool:
    """Whether two (x, y) data keys are the very same tuples (or both None)."""
    if key is None or other is None:
        return key is other
    return key[0] is other[0] and key[1] is other[1]


def equation(w: float, b: float) -> str:
    sign = "−" if b < 0 else "+"
    return f"z = {format_value(w, 4)}x {sign} {format_value(abs(b), 4)}"


class RegressionTab(Tab):
    key = "regression"
    ANSWERS = ANSWERS["regression"]
    PAGES = PAGES["regression"]

    def __init__(self, parent: QWidget | None = None, *, session=None):
        super().__init__(parent, session=session)
        self._data_key = None
        self._x = self._y = np.zeros(0)
        self._drawn = (None, self._x, self._y)  # (index or None, x, y) of the points drawn
        self._sample = (None, self._x, self._y)  # the absolute-error grids' sample
        self._fit_key = None
        self._fit = None
        self._grid_key = None
        self._ranges = (0.0, 1.0, 0.0, 1.0)
        self._selected: int | None = None
        self._selection_shown = None  # (index, data key) the selection item shows
        self._best_line_shown = None  # (ends, fit) the best-fit line shows
        self._constants_key = None
        self._constants = None  # (best J, J of the flat line) for the data and loss
        self._message = None
        self._language_key = 0  # bumped by retranslate so the note is written again
        self._restyle_pending = False
        self.gestures = DataGestures(self)
        self._build()
        self.retranslate()
        style.signals.changed.connect(self._restyle)
        self.show_state()

    # --- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.panel = ControlPanel()
        scroll = SideScroll(self.panel)  # as wide as the panel needs, in every language
        self.scroll = scroll

        self.data_box = GestureViewBox()
        self.data_box.handler = self.gestures
        self.plot = pg.PlotWidget(viewBox=self.data_box)
        self.plot.setObjectName("regression.plot")
        self.plot.getPlotItem().hideButtons()
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.installEventFilter(self)
        self.plot.setProperty(ARROWS_PROPERTY, True)  # the arrows nudge the line here
        cache_axes(self.plot)
        self.squares = ResidualSquaresItem()
        self.plot.addItem(self.squares, ignoreBounds=True)
        self.residuals = pg.PlotDataItem(connect="pairs")
        self.best_line = pg.PlotDataItem()
        self.line = pg.PlotDataItem()
        self.points = PointsItem()
        self.selection = pg.ScatterPlotItem()
        self.handles = pg.ScatterPlotItem()
        for item in (self.residuals, self.best_line, self.line, self.points):
            self.plot.addItem(item)
        self.plot.addItem(self.selection)
        self.plot.addItem(self.handles)
        self.equation = pg.TextItem(anchor=(0, 0))
        self.equation.setParentItem(self.data_box)
        self.equation.setPos(10, 6)
        self.note = pg.TextItem(anchor=(0, 1))  # "showing 5,000 of 1,000,000 points"
        self.note.setObjectName("regression.sample_note")
        self.note.setParentItem(self.data_box)
        self.note.hide()
        self._note_key = None
        self.data_box.sigRangeChanged.connect(self._view_moved)
        self.data_box.sigResized.connect(self._view_moved)

        self.banner = QFrame()
        self.banner.setObjectName("regression.message_frame")
        self.message = QLabel()
        self.message.setObjectName("regression.message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes file names and rows
        self.message.setWordWrap(True)
        close = QToolButton()
        close.setText("×")
        close.clicked.connect(self.clear_message)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.message, 1)
        row.addWidget(close)
        self.banner.hide()

        self.views = LossViews()
        self.views.contour_box.handler = ContourGestures(self)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.plot, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([5000, 4000])
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(splitter, 1)

        p = self.panel
        p.w_edited.connect(lambda w, done: self._edit_line(w, self.state().b, done))
        p.b_edited.connect(lambda b, done: self._edit_line(self.state().w, b, done))
        p.chapter_line.connect(lambda i: self._set_line(*CHAPTER_LINES[i][:2]))
        p.snap.connect(self.snap_to_best_fit)
        p.loss_chosen.connect(lambda loss: self.apply(replace(self.state(), loss=loss)))
        p.toggled.connect(lambda key, on: self.apply(replace(self.state(), **{key: on})))
        p.preset_chosen.connect(lambda key: self.apply(model.with_preset(self.state(), key)))
        p.add_point.connect(self._add_point_in_view)
        p.delete_point.connect(self._delete_selected)
        p.load_csv.connect(self._ask_load)
        p.save_csv.connect(self._ask_save)
        self._restyle(render=False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._restyle_pending:
            self._restyle()

    def _restyle(self, render: bool = True) -> None:
        if not shiboken6.isValid(self):  # deleted, still connected through a reference cycle
            return
        if render and not self.isVisible():  # a hidden tab catches up when it is shown
            self._restyle_pending = True
            return
        self._restyle_pending = False
        t = style.theme()
        self.scroll.floor = round(t.px(330))
        self.scroll.refit()
        self.panel.restyle()
        self.views.restyle()
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
        many = self._drawn[1].size > ResidualSquaresItem.SMOOTH_LIMIT
        self.residuals.setPen(style.pen(style.color(3), 1.0 if many else 1.5))
        square = style.color(4)
        self.squares.setPen(style.pen(square, 1))
        square.setAlpha(40)
        self.squares.setBrush(pg.mkBrush(square))
        self.equation.setColor(style.PALETTE[1])
        self.equation.setFont(style.room_font(16, bold=True))
        self.note.setColor(t.foreground)
        self.note.setFont(style.room_font(11))
        self.note.fill = pg.mkBrush(QColor(t.background))
        if render and self._showing:
            self._grid_key = None
            self.render(self.state())

    def retranslate(self) -> None:
        self.panel.retranslate()
        style.style_plot(
            self.plot.getPlotItem(),
            self.tr("x (sample feature)"),
            self.tr("y (sample label)"),
            self.tr("Samples, the line z = w x + b and its residuals"),
        )
        self.views.retranslate(self._loss_name())
        self._language_key += 1
        if self._showing:
            self.panel.show_words(self.state().loss, self.state().preset)
            self._update_note(self.state())
            self._update_numbers(self.state())
        if self._message is not None:
            self.message.setText(self._message())

    def _loss_name(self) -> str:
        if self.state().loss == "absolute":
            return self.tr("mean absolute error")
        return self.tr("mean squared error")

    # --- state ----------------------------------------------------------------------------------
    @classmethod
    def default_state(cls) -> model.RegressionState:
        return model.default_state()

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The current data as float arrays (cached while the tuples stay the same)."""
        state = self.state()
        if (
            self._data_key is None
            or self._data_key[0] is not state.x
            or self._data_key[1] is not state.y
        ):
            self._x = np.asarray(state.x, dtype=np.float64)
            self._y = np.asarray(state.y, dtype=np.float64)
            self._data_key = (state.x, state.y)
            index = sample_index(self._x.size, DRAW_LIMIT)
            if index is None:
                self._drawn = (None, self._x, self._y)
            else:
                self._drawn = (index, self._x[index], self._y[index])
            index = sample_index(self._x.size, ABSOLUTE_GRID_LIMIT)
            if index is None:
                self._sample = (None, self._x, self._y)
            else:
                self._sample = (index, self._x[index], self._y[index])
        return self._x, self._y

    def drawn(self) -> tuple[np.ndarray | None, np.ndarray, np.ndarray]:
        """The points drawn: (their indices in the data or None for all, x, y)."""
        self.arrays()
        return self._drawn

    def drawn_count(self) -> int:
        return self.drawn()[1].size

    def _deferring(self) -> bool:
        """During a point drag on many points with the absolute loss, the best fit (about
        1 s at a million points) waits for the release."""
        return (
            self.gestures.kind == "point"
            and self.state().loss == "absolute"
            and self._x.size > ABSOLUTE_GRID_LIMIT
            and self._fit_key is not None
        )

    def best(self) -> tuple[float, float] | None:
        """The engine's best line for the current data and loss (cached)."""
        state = self.state()
        key = (state.x, state.y, state.loss)
        if not _same(self._fit_key, key) and not self._deferring():
            self._fit = model.best_fit(*self.arrays(), state.loss)
            self._fit_key = key
        return self._fit

    def loss(self, state=None) -> float:
        """J of the line shown, from the engine."""
        state = state or self.state()
        return model.loss_value(*self.arrays(), state.w, state.b, state.loss)

    def handle_points(self) -> list[tuple[float, float]]:
        state = self.state()
        (x0, x1), _ = self.data_box.viewRange()
        xs = (x0 + 0.08 * (x1 - x0), x1 - 0.08 * (x1 - x0))
        return [(x, state.w * x + state.b) for x in xs]

    # --- rendering ------------------------------------------------------------------------------
    def render(self, state: model.RegressionState, draft: bool = False) -> None:
        """Show ``state``; ``draft`` (the frames of a drag) leaves the view's framing, the
        contour grid and the slices' exact y ranges for the gesture's end."""
        previous = self._data_key
        x, y = self.arrays()
        data_changed = previous is None or previous[0] is not state.x or previous[1] is not state.y
        if self._selected is not None and self._selected >= x.size:
            self._selected = None
        if data_changed and not draft:
            self._fit_view(x, y, state)
        if data_changed:
            _, dx, dy = self.drawn()
            self.points.setData(dx, dy)
            many = dx.size > ResidualSquaresItem.SMOOTH_LIMIT
            self.residuals.opts.update(antialias=not many, skipFiniteCheck=True)
            self.residuals.setPen(style.pen(style.color(3), 1.0 if many else 1.5))
        self._update_note(state)
        self._draw_selection()
        self._draw_line(state)
        grid_key = (state.x, state.y, state.loss)
        stale = not _same(self._grid_key, grid_key)
        w0, w1, b0, b1 = self._ranges
        outside = not (w0 <= state.w <= w1 and b0 <= state.b <= b1)
        if not draft and (stale or outside):
            self._compute_grid(state)
        self.views.set_equal_aspect(state.equal_aspect)  # returns at once when unchanged
        self._sync_toggles(state)
        self.panel.formula.setFormula(
            "regression_mse" if state.loss == "squared" else "regression_mae"
        )
        self.panel.show_words(state.loss, state.preset)
        self._update_numbers(state, sticky=draft)

    def _sync_toggles(self, state: model.RegressionState) -> None:
        """Set the panel's check boxes and combo boxes, only when one shows something else."""
        p = self.panel
        if (
            any(box.isChecked() != getattr(state, key) for key, box in p.toggles.items())
            or p.loss_kind.currentIndex() != model.LOSSES.index(state.loss)
            or p.preset.currentIndex() != max(p.preset.findData(state.preset), 0)
        ):
            p.set_toggles(state)

    def _fit_view(self, x: np.ndarray, y: np.ndarray, state: model.RegressionState) -> None:
        """Frame the data, and the line too where it passes near them (as Figure 3-4 does)."""
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

    def _update_note(self, state: model.RegressionState) -> None:
        """Say on the plot when only a sample of the points is drawn (or gridded)."""
        index, dx, _ = self.drawn()
        key = (state.m, dx.size, state.loss, self._language_key)
        if key == self._note_key:
            return
        self._note_key = key
        if index is None:
            self.note.hide()
            return
        text = self.tr("Showing {shown} of {count} points; J and the best fit use all of them.")
        text = text.format(shown=f"{dx.size:,}", count=f"{state.m:,}")
        if state.loss == "absolute" and self._sample[0] is not None:
            text += "\n" + self.tr(
                "The contour map and the slices use a sample of {sample} points."
            ).format(sample=f"{self._sample[1].size:,}")
        self.note.setText(text)
        self.note.show()
        self._place_note()

    def _place_note(self) -> None:
        self.note.setPos(10, self.data_box.height() - 6)

    def _view_moved(self, *args) -> None:
        if self.note.isVisible():
            self._place_note()
        if self._showing:
            self._draw_line(self.state())

    def _draw_selection(self) -> None:
        shown = (self._selected, self._data_key)
        if self._selection_shown is not None and (
            shown[0] == self._selection_shown[0] and _same_data(shown[1], self._selection_shown[1])
        ):
            return
        self._selection_shown = shown
        if self._selected is None:
            self.selection.setData([], [])
        else:
            self.selection.setData([self._x[self._selected]], [self._y[self._selected]])

    def _draw_line(self, state: model.RegressionState) -> None:
        _, x, y = self.drawn()
        (x0, x1), _ = self.data_box.viewRange()
        span = x1 - x0
        ends = np.array([x0 - span, x1 + span])
        with np.errstate(over="ignore", invalid="ignore"):
            self.line.setData(ends, state.w * ends + state.b)
            z = state.w * x + state.b
        handles = self.handle_points()
        self.handles.setData([p[0] for p in handles], [p[1] for p in handles])
        if state.residuals:
            self.residuals.setData(
                np.repeat(x, 2), np.column_stack([y, z]).ravel(), connect="pairs"
            )
        else:
            self.residuals.setData([], [])
        if state.squares and state.loss == "squared":  # the squares are not J otherwise
            sx, sy = self.data_box.viewPixelSize()
            self.squares.set_squares(x, y, z, sx / sy if sy else 1.0)
            self.squares.show()
        else:
            self.squares.hide()
        fit = self.best() if state.best_fit else None
        shown = (ends[0], ends[1], fit)
        if shown != self._best_line_shown:  # the same line while only (w, b) moves
            self._best_line_shown = shown
            if fit is None:
                self.best_line.setData([], [])
            else:
                self.best_line.setData(ends, fit[0] * ends + fit[1])
        self.equation.setText(equation(state.w, state.b))

    def _compute_grid(self, state: model.RegressionState, include=None) -> None:
        x, y = self.arrays()
        fit = model.best_fit(x, y, "squared")
        sx, sy = float(np.std(x)), float(np.std(y))
        w_star, b_star = fit if fit is not None else (0.0, float(np.mean(y)))
        w_half = max(2.0, abs(w_star), 0.5 * sy / sx if sx > 0 else 0.0)
        b_half = max(2.0, w_half * abs(float(np.mean(x))) + sy)
        w0, w1, b0, b1 = w_star - w_half, w_star + w_half, b_star - b_half, b_star + b_half
        for w, b in [(state.w, state.b), *([include] if include else [])]:
            if not w0 <= w <= w1:
                w0, w1 = min(w0, w - 0.1 * w_half), max(w1, w + 0.1 * w_half)
            if not b0 <= b <= b1:
                b0, b1 = min(b0, b - 0.1 * b_half), max(b1, b + 0.1 * b_half)
        self._ranges = (w0, w1, b0, b1)
        ws, bs = np.linspace(w0, w1, GRID_SIZE), np.linspace(b0, b1, GRID_SIZE)
        if state.loss == "squared":
            grid = engine.loss_grid(x, y, ws, bs)
        else:
            grid = engine.absolute_loss_grid(*self._sample[1:], ws, bs)
        self.views.set_grid(ws, bs, grid, self.best(), state.equal_aspect)
        self.panel.w.set_range(w0, w1)
        self.panel.b.set_range(b0, b1)
        self._grid_key = (state.x, state.y, state.loss)

    def _data_constants(self, state: model.RegressionState) -> tuple[float, float]:
        """J of the best fit and of the flat line y = mean(y): fixed while only (w, b) move."""
        key = (state.x, state.y, state.loss)
        if not _same(self._constants_key, key):
            x, y = self.arrays()
            fit = self.best()
            best_value = model.loss_value(x, y, *fit, state.loss) if fit else float("nan")
            flat = model.loss_value(x, y, 0.0, float(np.mean(y)), state.loss)
            self._constants = (best_value, flat)
            self._constants_key = None if self._deferring() else key
        return self._constants

    def _update_numbers(self, state: model.RegressionState, sticky: bool | None = None) -> None:
        x, y = self.arrays()
        value = self.loss(state)
        fit = self.best()
        best_value, flat = self._data_constants(state)
        self.panel.loss.setText(loss_text(value))
        self.panel.bar.set_values(value, best_value, 4.0 * flat if flat > 0 else 1.0)
        if fit is None:
            self.panel.best_loss.setText(self.tr("Best fit: none (all x are equal)"))
        else:
            self.panel.best_loss.setText(
                self.tr("Best fit {line}: J = {value}").format(
                    line=equation(*fit), value=loss_text(best_value)
                )
            )
        self.panel.w.set_value(state.w)
        self.panel.b.set_value(state.b)
        self.panel.count.setText(self.tr("m = {count} samples").format(count=state.m))
        self.panel.delete_button.setEnabled(self._selected is not None)
        w0, w1, b0, b1 = self._ranges
        ws, bs = np.linspace(w0, w1, SLICE_SIZE), np.linspace(b0, b1, SLICE_SIZE)
        if state.loss == "squared":
            along_w = engine.loss_grid(x, y, ws, [state.b])[0]
            along_b = engine.loss_grid(x, y, [state.w], bs)[:, 0]
        else:
            _, sx, sy = self._sample
            ws = ws if sx.size <= 2000 else np.linspace(w0, w1, 31)
            along_w = engine.absolute_loss_grid(sx, sy, ws, [state.b])[0]
            along_b = engine.absolute_loss_grid(sx, sy, [state.w], bs)[:, 0]
        if sticky is None:  # a drag's frames; its end renders them exact
            sticky = self.dragging()
        self.views.slice_w.set_curve(ws, along_w, state.w, value, sticky=sticky)
        self.views.slice_b.set_curve(bs, along_b, state.b, value, sticky=sticky)
        self.views.set_current(state.w, state.b, value)
        self.cover_answers(self._hidden_answers)

    # --- hidden answers and pages -------------------------------------------------------------
    def cover_answers(self, hidden: frozenset[str]) -> None:
        """Hide "loss" (J, its bar and the slices, whose curves read J at the cursor) and
        "best_fit" (the best line, its J and the contour map's star)."""
        loss, fit = "loss" in hidden, "best_fit" in hidden
        answers.cover_text(self.panel.loss, loss, whole=True)
        answers.cover_item(self.panel.bar, loss)
        for plot in (self.views.slice_w, self.views.slice_b):
            answers.cover_item(plot.marker, loss)
            answers.cover_item(plot.curve, loss)
        answers.cover_text(self.panel.best_loss, fit, whole=True)
        for item in (self.best_line, self.views.best_marker):
            answers.cover_item(item, fit)

    def current_page(self) -> str:
        return self.PAGES[self.views.views.currentIndex()]

    def show_page(self, name: str) -> None:
        self.views.views.setCurrentIndex(self.PAGES.index(name))
        if name == "surface":
            self.views.surface.build()

    # --- gestures -------------------------------------------------------------------------------
    def _edit_line(self, w: float, b: float, finished: bool) -> None:
        self.change(model.with_line(self.state(), w, b), finished)

    def _set_line(self, w: float, b: float) -> None:
        self.apply(model.with_line(self.state(), w, b))

    def snap_to_best_fit(self) -> None:
        fit = self.best()
        if fit is None:
            self.show_message(
                lambda: self.tr("There is no single best line: all x values are equal.")
            )
            return
        self._set_line(*fit)

    def presenter_step(self, direction: int) -> bool:
        """The clicker walks the chapter's four lines z = 2x + 2, 2.5, 3, 3.5 (Figures 3-3 and
        3-4) in turn; from another line it starts at the first (or, going back, the last)."""
        state = self.state()
        lines = [(w, b) for w, b, _ in CHAPTER_LINES]
        on = [
            i for i, (w, b) in enumerate(lines) if np.isclose(state.w, w) and np.isclose(state.b, b)
        ]
        if on:
            index = min(max(on[0] + (1 if direction > 0 else -1), 0), len(lines) - 1)
        else:
            index = 0 if direction > 0 else len(lines) - 1
        if not on or index != on[0]:
            self._set_line(*lines[index])
        return True

    def select(self, index: int | None) -> None:
        self._selected = index
        self._draw_selection()
        self.panel.delete_button.setEnabled(index is not None)

    def add_point_at(self, x: float, y: float) -> None:
        self._selected = self.state().m
        self.apply(model.add_point(self.state(), x, y))

    def reset(self) -> None:
        """Back to the chapter's data and line; a banner about the old data ("Loaded 5
        points.") goes with it."""
        self.clear_message()
        super().reset()

    def hint_adding(self) -> None:
        """A plain click on empty space: say how to add a point (in the status bar)."""
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Shift+click or double-click empty space to add a point there."), 4000
            )

    def _add_point_in_view(self) -> None:
        (x0, x1), (y0, y1) = self.data_box.viewRange()
        self.add_point_at((x0 + x1) / 2, (y0 + y1) / 2)

    def delete_point(self, index: int) -> None:
        try:
            new = model.delete_point(self.state(), index)
        except ValueError:
            self.show_message(lambda: self.tr("A line needs at least two points; this one stays."))
            return
        self._selected = None
        self.apply(new)

    def _delete_selected(self) -> None:
        if self._selected is None:
            self.show_message(lambda: self.tr("Click a point first to select it, then delete it."))
        else:
            self.delete_point(self._selected)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.plot and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._delete_selected()
                return True
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            new = nudged(self.state(), event.key(), shift, nudge_steps(self._ranges))
            if new is not None:
                self._set_line(new.w, new.b)
                return True
        return super().eventFilter(watched, event)

    # --- messages and files -----------------------------------------------------------------
    def show_message(self, text) -> None:
        """Show a message above the plot; ``text`` is a callable so it follows the language."""
        self._message = text
        self.message.setText(text())
        self.banner.show()

    def clear_message(self) -> None:
        self._message = None
        self.banner.hide()

    def load_csv(self, path: str) -> bool:
        """Replace the data by a CSV file's points; on a bad file keep the data and say why."""
        loader = CsvLoader(self, path)
        try:
            x, y = loader.read()
        except CsvError as error:
            loader.done()
            failure = error
            self.show_message(lambda: csv_message(failure, path))
            return False
        loader.drawing(len(x))
        try:
            self.apply(model.with_data(self.state(), x, y))
        finally:
            loader.done()
        count = len(x)
        self.show_message(lambda: self.tr("Loaded {count} points.").format(count=count))
        return True

    def save_csv(self, path: str) -> bool:
        try:
            write_points(path, self.state().x, self.state().y)
        except OSError as error:
            reason = error.strerror or str(error)
            self.show_message(lambda: self.tr("Could not save: {reason}").format(reason=reason))
            return False
        return True

    def _ask_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load points"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.load_csv(path)

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save points"), "points.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.save_csv(path)
