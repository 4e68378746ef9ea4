"""Figure 3-1, live: gradient descent in one variable on the selected loss curve."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lossstudio.engine.curves import Descent1D, prediction_range
from lossstudio.model.catalog import LEARNING_RATE_RANGE, MAX_STEPS, CatalogState
from lossstudio.model.catalog_view import descent_view, room_below
from lossstudio.ui import style
from lossstudio.ui.caching import cache_item
from lossstudio.ui.curves import DeviceDataItem
from lossstudio.ui.widgets.fitting import fit_columns
from lossstudio.ui.widgets.number_field import SliderField, readout_text

from . import descent_words, texts
from .single import fix_axis_width, make_plot
from .step_tags import StepTags


class DescentPage(QWidget):
    """x0, the learning rate, step / play / reset, and the path drawn on the curve."""

    # (state, finished): False for each frame of a drag or of playing, True once at its end
    changed = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._state: CatalogState | None = None
        self._descent: Descent1D | None = None
        self.plot = make_plot("catalog.descent_plot")
        item = self.plot.getPlotItem()
        # curves stroked in device pixels (lossstudio/ui/curves.py)
        self.curve, self.drops, self.path = DeviceDataItem(), DeviceDataItem(), DeviceDataItem()
        for curve in (self.curve, self.drops, self.path):
            item.addItem(curve)
        cache_item(self.curve.curve)  # the loss stays while the walk steps: painted once
        self.points = item.plot()
        self.arrows: list[pg.ArrowItem] = []
        self.step_tags = StepTags(item)
        self.tags = self.step_tags.tags  # x0 .. x5 under the points
        self._view = None  # the numbers last rendered (lossstudio.model.catalog_view)
        # what each part of the plot shows (see _changed): a step of the walk sets only what
        # it moves (the curve, its pens, the range, the tags and arrows that stay are kept)
        self._shown: dict[object, object] = {}
        item.getViewBox().sigResized.connect(self._resized)
        self._build_controls()
        self._build_layout()

    def _build_controls(self) -> None:
        """x0 and the learning rate (one undo step a drag), Step / Play / Reset, the texts
        and the table of the path."""
        self.start = SliderField(-1.5, -3.0, 3.0, digits=4)
        self.start.setObjectName("catalog.start")
        self.start.edited.connect(lambda value, done: self._new(done, start=value))
        self.learning_rate = SliderField(
            0.2, LEARNING_RATE_RANGE.minimum, LEARNING_RATE_RANGE.maximum, log=True, digits=4
        )
        self.learning_rate.setObjectName("catalog.learning_rate")
        self.learning_rate.edited.connect(lambda value, done: self._new(done, learning_rate=value))
        self.step_button = QPushButton(objectName="catalog.step")
        self.step_button.clicked.connect(self.step)
        self.play_button = QPushButton(objectName="catalog.play", checkable=True)
        self.play_button.toggled.connect(self._play_toggled)
        self.reset_button = QPushButton(objectName="catalog.reset_steps")
        self.reset_button.clicked.connect(lambda: self._new(True, steps=0))
        self.timer = QTimer(self, interval=450)
        self.timer.timeout.connect(self._tick)

        self.start_label, self.rate_label = QLabel(), QLabel()
        self.count = QLabel(objectName="catalog.step_count")
        self.message = QLabel(objectName="catalog.descent_message", wordWrap=True)
        self.rule = QLabel()
        self.what = QLabel(objectName="catalog.descent_what", wordWrap=True)
        self.table = QTableWidget(0, 4, objectName="catalog.path_table")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fit_columns(self.table)  # columns as wide as their numbers: nothing elided

    def _build_layout(self) -> None:
        controls = QGridLayout()
        controls.addWidget(self.start_label, 0, 0)
        controls.addWidget(self.start, 0, 1)
        controls.addWidget(self.rate_label, 1, 0)
        controls.addWidget(self.learning_rate, 1, 1)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.play_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addWidget(self.count, 1)
        side = QVBoxLayout()
        side.addWidget(self.rule)
        side.addWidget(self.what)
        side.addLayout(controls)
        side.addLayout(buttons)
        side.addWidget(self.message)
        from lossstudio.ui.record.buttons import ExportAnimationButton

        self.export_button = ExportAnimationButton(
            "catalog.export_animation", "walk", lambda: self._state
        )
        side.addWidget(self.export_button)
        side.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.plot, 3)
        layout.addLayout(side, 2)

    # --- gestures -------------------------------------------------------------------------------
    def _new(self, finished: bool, **changes) -> None:
        self.changed.emit(replace(self._state, **changes), finished)

    def step(self) -> bool:
        """One more step (one undo step); False when the descent cannot go on."""
        if not self._can_step():
            return False
        self._new(True, steps=self._state.steps + 1)
        return True

    def presenter_step(self, direction: int) -> None:
        """The clicker: the next point of the walk, or one point back (never below x0)."""
        self.stop()
        if direction > 0:
            self.step()
        elif self._state is not None and self._state.steps > 0:
            self._new(True, steps=self._state.steps - 1)

    def presenter_play(self) -> None:
        self.play_button.toggle()

    def _can_step(self) -> bool:
        return (
            self._state is not None
            and self._state.steps < MAX_STEPS
            and self._descent is not None
            and self._descent.status == "running"
        )

    def _play_toggled(self, on: bool) -> None:
        if on and self._can_step():
            self.timer.start()
            self._play_text()  # "Pause" while it plays (it kept saying "Play")
        else:
            self.stop()

    def _tick(self) -> None:
        if not self._can_step():
            self.stop()
            return
        self.changed.emit(replace(self._state, steps=self._state.steps + 1), False)

    def stop(self, report: bool = True) -> None:
        """Stop playing; the played steps become one undo step (unless ``report`` is False:
        undo or a scene replaced the state)."""
        was_playing = self.timer.isActive()
        self.timer.stop()
        blocked = self.play_button.blockSignals(True)
        self.play_button.setChecked(False)
        self.play_button.blockSignals(blocked)
        self._play_text()
        if was_playing and report:
            self.changed.emit(self._state, True)

    # --- drawing --------------------------------------------------------------------------------
    def _changed(self, part, key) -> bool:
        """True (and ``key`` remembered) when ``part`` of the plot is to show something new."""
        if part in self._shown and _same(self._shown[part], key):
            return False
        self._shown[part] = key
        return True

    def render(self, state: CatalogState) -> None:
        self._state = state
        view = descent_view(state)  # the numbers: lossstudio.model.catalog_view
        descent = self._descent = view.descent
        self._view = view
        low, high = prediction_range(state.loss)
        path = descent.path
        xs, ys = view.curve
        if self._changed("curve", (xs, ys)):
            self.curve.setData(xs, ys, connect="finite")
        if self._changed("pens", style.theme()):
            self.curve.setPen(style.series_pen(0, dashed=False))
            self.path.setPen(style.pen(style.color(1), 2))
            self.drops.setPen(style.pen(style.theme().muted, 1, Qt.PenStyle.DashLine))
        self.path.setData(path, descent.values, connect="finite")
        # a log-loss start at 0 or 1 has J = inf: no marker there (pyqtgraph's bounds of an
        # infinite spot are nan and warn on every paint); the table still says inf
        finite = np.isfinite(path) & np.isfinite(descent.values)
        self.points.setData(
            path[finite],
            descent.values[finite],
            pen=None,
            symbol="o",
            symbolSize=style.theme().px(11),
            symbolBrush=style.color(1),
            symbolPen=style.pen(style.theme().foreground, 1),
        )
        self._frame(view)
        self._place_arrows()
        self._table(descent)
        self._texts()
        blocked = self.start.blockSignals(True)
        self.start.setRange(low, high)
        self.start.setValue(state.start)
        self.start.blockSignals(blocked)
        self.learning_rate.setValue(state.learning_rate)
        self.step_button.setEnabled(self._can_step())
        if not self._can_step() and self.timer.isActive():
            self.stop()

    def _resized(self, *_args) -> None:
        if self._view is not None:
            self._frame(self._view)  # the labels' room below the points is in pixels
        self._place_arrows()

    def _frame(self, view) -> None:
        """The plot's range, the drops to its foot and the step labels there: the foot lies
        low enough below the lowest point for the labels (a short plot in a lesson or at the
        presentation scale put them over the points)."""
        item = self.plot.getPlotItem()
        (x_low, x_high), margin = view.x_range, view.margin
        height = item.getViewBox().height()
        bottom, top = room_below(view.y_range, view.floor, self.step_tags.band(), height)
        x_range, y_range = (x_low - margin, x_high + margin), (bottom, top)
        if self._changed("range", (x_range, y_range)):
            item.setRange(xRange=x_range, yRange=y_range, padding=0)
        path, values = view.descent.path, view.descent.values
        drops_x = np.repeat(path, 3)
        drops_y = np.column_stack(
            [values, np.full_like(path, bottom), np.full_like(path, np.nan)]
        ).ravel()
        if self._changed("drops", (drops_x, drops_y)):
            self.drops.setData(drops_x, drops_y, connect="finite")
        self.step_tags.place(path, bottom)

    def _place_arrows(self, *_args) -> None:
        """Arrow heads at x1, x2, ... pointing along each step, in screen directions."""
        descent = self._descent
        if descent is None:
            return
        item = self.plot.getPlotItem()
        box = item.getViewBox()
        count = descent.steps
        while len(self.arrows) < count:
            arrow = pg.ArrowItem(pen=None)
            arrow.setZValue(5)
            item.addItem(arrow, ignoreBounds=True)
            self.arrows.append(arrow)
        for index, arrow in enumerate(self.arrows):
            visible = index < count
            arrow.setVisible(visible)
            if not visible:
                continue
            x0, y0 = descent.path[index], descent.values[index]
            x1, y1 = descent.path[index + 1], descent.values[index + 1]
            start = box.mapViewToScene(pg.Point(x0, y0))
            end = box.mapViewToScene(pg.Point(x1, y1))
            dx, dy = end.x() - start.x(), end.y() - start.y()
            angle = math.degrees(math.atan2(dy, dx)) + 180.0 if (dx or dy) else 0.0
            if self._changed(("arrow", index), (angle, style.theme())):
                arrow.setStyle(
                    angle=angle,
                    headLen=style.theme().px(16),
                    tipAngle=30,
                    brush=style.color(1),
                    pen=style.pen(style.color(1), 1),
                )
            arrow.setPos(x1, y1)

    def _table(self, descent: Descent1D) -> None:
        rows = descent.steps + 1
        grown = rows != self.table.rowCount()
        self.table.setRowCount(rows)
        edited = grown
        for row in range(rows):
            values = (
                str(row),
                readout_text(descent.path[row], 6),
                readout_text(descent.values[row], 6),
                readout_text(descent.slopes[row], 6),
            )
            for column, text in enumerate(values):
                cell = self.table.item(row, column)
                if cell is None:
                    cell = QTableWidgetItem()
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    self.table.setItem(row, column, cell)
                if cell.text() != text:
                    cell.setText(text)
                    edited = True
        if edited:  # a step adds a row and leaves the ones before it as they were
            fit_columns(self.table)
        if grown:
            self.table.scrollToBottom()

    def _texts(self) -> None:
        state = self._state
        if state is None:
            return
        y = readout_text(state.label, 4)
        style.style_plot(
            self.plot.getPlotItem(),
            self.tr("x: here the prediction a itself"),
            self.tr("loss"),
            self.tr("Gradient descent: {name}, y = {label}").format(
                name=texts.name(state.loss), label=y
            ),
        )
        self.count.setText(self.tr("%n step(s)", "", self._descent.steps))
        self.message.setText(descent_words.message(self._state, self._descent))

    def _play_text(self) -> None:
        self.play_button.setText(self.tr("Pause") if self.timer.isActive() else self.tr("Play"))

    def restyle(self) -> None:
        self._shown.clear()  # pens, fonts and colours anew
        self.message.setFont(style.font(12, bold=True))
        self.rule.setFont(style.font(14))
        self.what.setFont(style.font(10))
        self.count.setFont(style.font(12))
        fix_axis_width(self.plot)
        self.table.setFont(style.font(11))
        if self._state is not None:
            self.render(self._state)

    def retranslate(self) -> None:
        self.rule.setText(self.tr("x<sub>k+1</sub> = x<sub>k</sub> − η · f′(x<sub>k</sub>)"))
        self.what.setText(
            self.tr(
                "In the chapter x is a weight that training corrects; here the prediction a "
                "itself stands in for it and is moved directly, so the curve is the loss "
                "against a. Figure 3-1 stops at x₅, once the loss is small enough."
            )
        )
        self.start_label.setText(self.tr("Start x₀"))
        self.rate_label.setText(self.tr("Learning rate η"))
        self.step_button.setText(self.tr("Step"))
        self._play_text()
        self.reset_button.setText(self.tr("Reset"))
        self.step_button.setToolTip(self.tr("Take one more step"))
        self.table.setHorizontalHeaderLabels(
            ["k", "x_k", self.tr("loss f(x_k)"), self.tr("slope f′(x_k)")]
        )
        self._texts()


def _same(old, new) -> bool:
    """Whether two keys of :meth:`DescentPage._changed` are equal (arrays by value)."""
    if isinstance(old, tuple) and isinstance(new, tuple) and len(old) == len(new):
        return all(_same(a, b) for a, b in zip(old, new, strict=True))
    if isinstance(old, np.ndarray) or isinstance(new, np.ndarray):
        return (
            isinstance(old, np.ndarray)
            and isinstance(new, np.ndarray)
            and old.shape == new.shape
            and bool(np.array_equal(old, new, equal_nan=True))
        )
    return old is new or old == new
