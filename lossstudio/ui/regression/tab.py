"""The Regression tab (section 3.2): drag the line z = w x + b through the data and watch
the chapter's J = 1/(2m) sum (z - y)^2 respond, on the plot, in the slices J(w) and J(b),
and on the contour map of J(w, b).

The tab wires its parts: every number comes from
:func:`lossstudio.model.regression_view.derive` (through a caching ``Deriver``), and
:meth:`RegressionTab.render` projects the state and those numbers onto the data plot
(:mod:`.data_plot`), the loss views (:mod:`.loss_views`) and the panel (:mod:`.panel`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lossstudio.engine.datasets import CHAPTER_LINES
from lossstudio.model import regression as model
from lossstudio.model.csv_data import CsvError, write_points
from lossstudio.model.lesson import ANSWERS, PAGES
from lossstudio.model.regression_view import (
    ABSOLUTE_GRID_LIMIT,
    DRAW_LIMIT,
    GRID_SIZE,
    SLICE_SIZE,
    Deriver,
    RegressionView,
    sample_index,
)
from lossstudio.ui import answers, style
from lossstudio.ui.regression.data_plot import DataPlot, equation
from lossstudio.ui.regression.gestures import ContourGestures, DataGestures, nudge_steps, nudged
from lossstudio.ui.regression.loading import CsvLoader
from lossstudio.ui.regression.loss_views import LossViews
from lossstudio.ui.regression.messages import MessageBanner, csv_message
from lossstudio.ui.regression.panel import ControlPanel
from lossstudio.ui.regression.presenting import presentation_layout
from lossstudio.ui.save_target import with_suffix
from lossstudio.ui.tab import Tab
from lossstudio.ui.widgets.fitting import SideScroll

__all__ = [
    "ABSOLUTE_GRID_LIMIT",
    "DRAW_LIMIT",
    "GRID_SIZE",
    "SLICE_SIZE",
    "RegressionTab",
    "equation",
    "sample_index",
]


class RegressionTab(Tab):
    key = "regression"
    ANSWERS = ANSWERS["regression"]
    PAGES = PAGES["regression"]

    def __init__(self, parent: QWidget | None = None, *, session=None):
        super().__init__(parent, session=session)
        self.deriver = Deriver()
        self.view: RegressionView | None = None  # the numbers shown
        self._selected: int | None = None
        self._note_key = None
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

        self.plot = DataPlot(self.gestures)
        self.plot.installEventFilter(self)
        self.data_box = self.plot.data_box
        p = self.plot  # its items, as the tests and tools reach them
        self.points, self.line, self.best_line, self.handles = (
            p.points,
            p.line,
            p.best_line,
            p.handles,
        )
        self.residuals, self.squares, self.selection = p.residuals, p.squares, p.selection
        self.equation, self.note = p.equation, p.note

        self.banner = MessageBanner()
        self.message = self.banner.message
        self._message_data: tuple | None = None  # the data the banner's message speaks of

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
        self.drawer, self.room_strip = presentation_layout(self, column)
        self._drawers = [self.drawer]
        self._connect_panel()
        self._restyle(render=False)

    def _connect_panel(self) -> None:
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
        self.scroll.floor = round(style.theme().px(330))
        self.scroll.refit()
        self.panel.restyle()
        self.room_strip.restyle()
        self.views.restyle()
        self.plot.restyle()
        if render and self._showing:
            self.views.forget_grid()  # drawn again in the new theme's colours
            self.render(self.state())

    def set_presenting(self, on: bool) -> None:
        """The panel in its drawer, J above the data plot (presentation), or both back."""
        super().set_presenting(on)
        self.room_strip.set_presenting(on)

    def retranslate(self) -> None:
        self.panel.retranslate()
        self.drawer.retranslate()
        self.room_strip.retranslate()
        style.style_plot(
            self.plot.getPlotItem(),
            self.tr("x (sample feature)"),
            self.tr("y (sample label)"),
            self.tr("Samples, the line z = w x + b and its residuals"),
        )
        self.views.retranslate(self._loss_name())
        self._language_key += 1
        if self._showing:
            self.render(self.state())
        self.banner.retranslate()

    def _loss_name(self) -> str:
        if self.state().loss == "absolute":
            return self.tr("mean absolute error")
        return self.tr("mean squared error")

    # --- state ----------------------------------------------------------------------------------
    @classmethod
    def default_state(cls) -> model.RegressionState:
        return model.default_state()

    def derived(self, draft: bool = False) -> RegressionView:
        """The numbers of the current state (cached while the data stay the same)."""
        return self.deriver.derive(self.state(), draft)

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The current data as float arrays (cached while the tuples stay the same)."""
        points = self.deriver.points(self.state())
        return points.x, points.y

    def drawn(self) -> tuple[np.ndarray | None, np.ndarray, np.ndarray]:
        """The points drawn: (their indices in the data or None for all, x, y)."""
        points = self.deriver.points(self.state())
        return points.drawn_index, points.drawn_x, points.drawn_y

    def drawn_count(self) -> int:
        return self.drawn()[1].size

    def best(self) -> tuple[float, float] | None:
        """The engine's best line for the current data and loss (cached)."""
        return self.deriver.fit(self.state(), self.dragging())[0]

    def loss(self, state=None) -> float:
        """J of the line shown, from the engine."""
        state = state or self.state()
        return self.deriver.points(state).loss(state.w, state.b, state.loss)

    def handle_points(self) -> list[tuple[float, float]]:
        return self.plot.handle_points(self.state())

    # --- rendering ------------------------------------------------------------------------------
    def render(self, state: model.RegressionState, draft: bool = False) -> None:
        """Project ``state`` and its numbers; ``draft`` (the frames of a drag) keeps the view's
        framing, the contour grid and the slices' y ranges for the gesture's end."""
        view = self.view = self.deriver.derive(state, draft)
        shown_with = self._message_data
        if shown_with is not None and (
            shown_with[0] is not state.x or shown_with[1] is not state.y
        ):
            self._message_data = None
            self.clear_message()  # "Loaded 3 points." is not true of the data undo brought back
        if self._selected is not None and self._selected >= state.m:
            self._selected = None
        self.plot.show_state(state, view, self._selected, draft)
        self._update_note(state, view)
        self.views.show_state(state, view, draft)
        self.panel.show_state(state, view, self._selected is not None)

    def _update_note(self, state: model.RegressionState, view: RegressionView) -> None:
        """Say on the plot when only a sample of the points is drawn (or gridded)."""
        key = (view.m, view.drawn, view.grid_sample, self._language_key)
        if key == self._note_key:
            return
        self._note_key = key
        text = ""
        if view.drawn < view.m:
            text = self.tr(
                "Showing {shown} of {count} points; J and the best fit use all of them."
            ).format(shown=f"{view.drawn:,}", count=f"{view.m:,}")
            if view.grid_sample is not None:
                text += "\n" + self.tr(
                    "The contour map and the slices use a sample of {sample} points."
                ).format(sample=f"{view.grid_sample:,}")
        self.plot.show_note(text)

    # --- hidden answers and pages -------------------------------------------------------------
    def cover_answers(self, hidden: frozenset[str]) -> None:
        """Hide "loss" (J, its bar and the slices, whose curves read J at the cursor) and
        "best_fit" (the best line, its J and the contour map's star; Snap to best fit is off,
        for it would put the answer on the plot)."""
        loss, fit = "loss" in hidden, "best_fit" in hidden
        self.panel.cover_answers(loss, fit)
        self.views.cover_answers(loss, fit)
        answers.cover_item(self.best_line, fit)

    def current_page(self) -> str:
        return self.PAGES[self.views.current_page()]

    def show_page(self, name: str) -> None:
        self.views.show_page(self.PAGES.index(name))

    # --- gestures -------------------------------------------------------------------------------
    def _edit_line(self, w: float, b: float, finished: bool) -> None:
        self.change(model.with_line(self.state(), w, b), finished)

    def _set_line(self, w: float, b: float) -> None:
        self.apply(model.with_line(self.state(), w, b))

    def snap_to_best_fit(self) -> None:
        fit = self.best()
        if fit is None:
            state = self.state()
            self.show_message(lambda: self.panel.no_fit_message(state))
            return
        self._set_line(*fit)

    def presenter_step(self, direction: int) -> bool:
        """The clicker walks the chapter's four lines z = 2x + 2, 2.5, 3, 3.5 (Figures 3-3 and
        3-4) in turn; from another line it starts at the first (or, going back, the last)."""
        line = model.next_chapter_line(self.state().w, self.state().b, direction)
        if line is not None:
            self._set_line(*line)
        return True

    def select(self, index: int | None) -> None:
        self._selected = index
        self.plot.show_selection(index)
        self.panel.set_can_delete(index is not None)

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
            window = self.view.window if self.view is not None else (0.0, 1.0, 0.0, 1.0)
            new = nudged(self.state(), event.key(), shift, nudge_steps(window))
            if new is not None:
                self._set_line(new.w, new.b)
                return True
        return super().eventFilter(watched, event)

    # --- messages and files -----------------------------------------------------------------
    def show_message(self, text) -> None:
        """Show a message above the plot; ``text`` is a callable so it follows the language.
        It speaks of the data on show: once they change (an undo, a new point, a reset) it goes."""
        self.banner.show_text(text)
        self._message_data = (self.state().x, self.state().y)

    def clear_message(self) -> None:
        self.banner.clear()

    def load_csv(self, path: str) -> bool:
        """Replace the data by a CSV file's points; on a bad file keep the data and say why."""
        loader = CsvLoader(self, path)
        try:
            x, y = loader.read()
        except CsvError as error:
            loader.done()
            # the message keeps a copy without the traceback: its frames would hold the loader
            # and everything the read had parsed until the next message
            failure = CsvError(error.kind, error.line, error.text)
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
            reason, name = error.strerror or str(error), Path(path).name
            self.show_message(
                lambda: self.tr("Could not save “{name}”: {reason}").format(
                    name=name, reason=reason
                )
            )
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
        path = path and with_suffix(self, path, ".csv")
        if path:
            self.save_csv(path)
