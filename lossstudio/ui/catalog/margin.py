"""All six losses on the margin t = y·a (labels y = ±1), with a cursor and a table of values."""

from __future__ import annotations

import math
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lossstudio.engine.curves import MARGIN_RANGE
from lossstudio.model.catalog import LOSS_KEYS, CatalogState
from lossstudio.model.catalog_view import margin_curves, margin_view
from lossstudio.ui import style
from lossstudio.ui.curves import DeviceDataItem
from lossstudio.ui.presenter import ARROWS_PROPERTY
from lossstudio.ui.widgets.fitting import SideScroll, fit_columns
from lossstudio.ui.widgets.number_field import readout_text

from . import texts
from .single import KeyMover, fix_axis_width, make_plot

#: the top of the all-six plot (scikit-learn's loss plot uses 0 to 8 on -4..4)
MARGIN_TOP = 5.0


def margin_top(state: CatalogState, at_cursor) -> float:
    """The plot's top: MARGIN_TOP, or higher so that every shown curve is on the plot where it
    crosses the cursor (at t = -2.1 the squared loss is 9.61: "the highest curve above the
    cursor" must be there to be seen)."""
    values = [
        at_cursor[key][0]
        for row, key in enumerate(LOSS_KEYS)
        if state.shown[row] and math.isfinite(at_cursor[key][0])
    ]
    return max([MARGIN_TOP, *(1.08 * value for value in values)])


MARGIN_STEP = 0.05


class MarginPage(QWidget):
    """The six losses on one axes; ``changed(state, finished)`` as on the single page."""

    changed = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._state: CatalogState | None = None
        self.plot = make_plot("catalog.margin_plot")
        item = self.plot.getPlotItem()
        self.legend = item.addLegend(offset=(-10, 10))
        self.t, values = margin_curves()  # the numbers: lossstudio.model.catalog_view
        self.curves = {}
        for key in LOSS_KEYS:
            self.curves[key] = DeviceDataItem(self.t, values[key], name=key)  # ui/curves.py
            item.addItem(self.curves[key])
        self.cursor = pg.InfiniteLine(angle=90, movable=True)
        self.cursor.setObjectName("catalog.margin_cursor")
        self.cursor.setZValue(10)
        item.addItem(self.cursor)
        self.cursor.sigDragged.connect(self._dragged)
        self.cursor.sigPositionChangeFinished.connect(lambda line: self._new(line.value(), True))
        # what t and the log loss mean here: beside the plot (in it the legend covered it at
        # a large scale)
        self.note = QLabel(objectName="catalog.margin_note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.keys = KeyMover(self)
        self.plot.installEventFilter(self.keys)
        self.plot.setProperty(ARROWS_PROPERTY, True)  # the arrows move the marker here
        self.keys.moved.connect(self._key_moved)

        self.toggles = {}
        toggles = QGridLayout()  # two rows of three: whole names at any width
        for index, key in enumerate(LOSS_KEYS):
            box = QCheckBox(objectName=f"catalog.show_{key}")
            box.toggled.connect(lambda _on, key=key: self._toggled())
            self.toggles[key] = box
            toggles.addWidget(box, index // 3, index % 3)
        toggles.setColumnStretch(3, 1)

        self._build_table()
        self.cursor_label = QLabel(objectName="catalog.margin_value")
        self.explain = QLabel(wordWrap=True)

        panel = QWidget(objectName="catalog.margin_side")
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.cursor_label)
        side.addWidget(self.note)
        side.addWidget(self.table)
        side.addWidget(self.explain)
        side.addStretch(1)
        self.side = SideScroll(panel)  # the explanation scrolls at a large scale, never cut
        top = QHBoxLayout()
        top.addWidget(self.plot, 1)
        top.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.addLayout(toggles)
        layout.addLayout(top, 1)

    def _build_table(self) -> None:
        """The six losses' value and slope at the cursor, one row each (read only)."""
        self.table = QTableWidget(len(LOSS_KEYS), 3, objectName="catalog.margin_table")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fit_columns(self.table)  # "Exponential loss" whole, not elided
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row in range(len(LOSS_KEYS)):
            for column in range(3):
                cell = QTableWidgetItem()
                if column:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)

    # --- gestures -------------------------------------------------------------------------------
    def _new(self, t: float, finished: bool) -> None:
        t = min(max(round(t, 4), MARGIN_RANGE[0]), MARGIN_RANGE[1])
        self.changed.emit(replace(self._state, margin=t), finished)

    def _dragged(self, line) -> None:
        self._new(line.value(), False)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted():
            return
        box = self.plot.getPlotItem().getViewBox()
        if box.sceneBoundingRect().contains(event.scenePos()):
            self.plot.setFocus()
            self._new(box.mapSceneToView(event.scenePos()).x(), True)

    def _key_moved(self, direction: int, fine: bool) -> None:
        step = MARGIN_STEP / 10 if fine else MARGIN_STEP
        self._new(self._state.margin + direction * step, True)

    def _toggled(self) -> None:
        shown = tuple(self.toggles[key].isChecked() for key in LOSS_KEYS)
        self.changed.emit(replace(self._state, shown=shown), True)

    # --- drawing --------------------------------------------------------------------------------
    def render(self, state: CatalogState) -> None:
        self._state = state
        item = self.plot.getPlotItem()
        at_cursor = margin_view(state).at_cursor
        item.setRange(
            xRange=MARGIN_RANGE, yRange=(-0.15, margin_top(state, at_cursor)), padding=0.0
        )
        muted = style.theme().muted
        for row, key in enumerate(LOSS_KEYS):
            curve = self.curves[key]
            width = 4.0 if key == state.loss else 2.5
            curve.setPen(style.series_pen(row, width))
            shown = state.shown[row]
            curve.setVisible(shown)
            box = self.toggles[key]
            blocked = box.blockSignals(True)
            box.setChecked(shown)
            box.blockSignals(blocked)
            value, slope = at_cursor[key]
            cells = [self.table.item(row, column) for column in range(3)]
            cells[1].setText(readout_text(value, 4))
            cells[2].setText(readout_text(slope, 4))
            cells[1].setData(Qt.ItemDataRole.UserRole, value)
            cells[2].setData(Qt.ItemDataRole.UserRole, slope)
            colour = style.color(row) if shown else pg.mkColor(muted)
            cells[0].setForeground(QBrush(colour))
        self.cursor.setPen(style.pen(style.theme().foreground, 2, Qt.PenStyle.DashLine))
        blocked = self.cursor.blockSignals(True)
        self.cursor.setValue(state.margin)
        self.cursor.blockSignals(blocked)
        self.cursor_label.setText(f"t = y·a = {readout_text(state.margin, 4)}")
        self.note.setFont(style.font(11))
        self.table.setFont(style.font(11))
        self.table.resizeRowsToContents()
        header = self.table.horizontalHeader().sizeHint().height()
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(header + rows + 2 * self.table.frameWidth())
        self._texts()
        fit_columns(self.table)
        self.side.refit()

    def _texts(self) -> None:
        for row, key in enumerate(LOSS_KEYS):
            self.table.item(row, 0).setText(texts.name(key))
            self.toggles[key].setText(texts.name(key))
            label = self.legend.getLabel(self.curves[key])
            if label is not None:
                label.setText(texts.name(key))
        self.table.setHorizontalHeaderLabels(
            [self.tr("loss"), self.tr("value at t"), self.tr("slope at t")]
        )
        self.note.setText(
            self.tr("y = ±1, margin t = y·a\nlog loss: a = score z, P = σ(z), t = y·z, log₂")
        )
        style.style_plot(
            self.plot.getPlotItem(),
            self.tr("margin t = y·a"),
            self.tr("loss"),
            self.tr("All six losses on the margin"),
        )

    def restyle(self) -> None:
        style.mark_readout(self.cursor_label, 16)
        fix_axis_width(self.plot)
        self.explain.setFont(style.font(10))
        if self._state is not None:
            self.render(self._state)

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "t > 0 is a right answer, t < 0 a wrong one. The hinge, log and exponential "
                "losses lie on or above the 0-1 loss everywhere: they are upper bounds of it, so "
                "when their total over the samples is small the error count is small too (it "
                "is at most that total). Lowering them does not guarantee fewer errors, though. "
                "The log loss is drawn in base 2, log₂(1 + e^(−t)) = ln(1 + e^(−t)) / ln 2, so "
                "that it passes through 1 at t = 0; the catalog's formula uses ln. Absolute and "
                "squared losses are |1 − t| and (1 − t)² here: they also punish answers that "
                "are too right (t > 1). Drag the dashed cursor or use the arrow keys (↑ / ↓ when "
                "presenting)."
            )
        )
        if self._state is not None:
            self._texts()
            fit_columns(self.table)
            self.side.refit()
