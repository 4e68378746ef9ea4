"""One loss against the prediction a: the curve, a draggable marker, its tangent and readouts."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lossstudio.engine.curves import prediction_range
from lossstudio.model.catalog import CatalogState, clamp_prediction
from lossstudio.model.catalog_view import single_view
from lossstudio.ui import answers, style
from lossstudio.ui.caching import cache_axes, cache_item
from lossstudio.ui.curves import DeviceDataItem
from lossstudio.ui.presenter import ARROWS_PROPERTY
from lossstudio.ui.tab import PLACEHOLDER
from lossstudio.ui.widgets.number_field import SliderField, readout_text

from . import texts
from .items import MarkerItem

#: the widest loss or slope the readouts show (``readout_text(value, 4)``)
WIDEST_VALUE = "−0.0000"
#: the least width of the plot with the readouts beside it (at scale 1)
PLOT_WIDTH = 480


def arrow_step(key: str, fine: bool) -> float:
    """How far one arrow key moves the prediction (a tenth of that with Shift)."""
    low, high = prediction_range(key)
    step = (high - low) / 60.0
    return step / 10.0 if fine else step


def _signed(value: float) -> str:
    return readout_text(value, 4)


class KeyMover(QObject):
    """Arrow keys on a plot: ``moved(direction, fine)``; Shift moves in fine steps."""

    moved = Signal(int, bool)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Down,
            Qt.Key.Key_Up,
        ):
            direction = 1 if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Up) else -1
            fine = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.moved.emit(direction, fine)
            return True
        return False


def make_plot(name: str) -> pg.PlotWidget:
    """A plot for teaching: fixed ranges (no accidental pan or zoom), focusable for keys."""
    plot = pg.PlotWidget()
    plot.setObjectName(name)  # PlotWidget(objectName=) names its PlotItem, not itself
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    plot.getPlotItem().getViewBox().setDefaultPadding(0.0)
    fix_axis_width(plot)
    cache_axes(plot)  # the axes and grid are blitted while a marker or cursor moves
    return plot


def fix_axis_width(plot: pg.PlotWidget) -> None:
    """A fixed width for the value axis, so the plot does not shift as tick labels change."""
    plot.getPlotItem().getAxis("left").setWidth(int(style.theme().px(64)))


class ReadoutsBeside(QWidget):
    """``readouts`` beside ``plotted`` (a quarter of the width theirs) where this is at least
    ``wide_at()`` pixels wide, above it where it is not; the plot takes the height either way
    (a :class:`~lossstudio.ui.widgets.fitting.AdaptiveRow` gives it to the first row)."""

    def __init__(self, readouts: QWidget, plotted: QWidget, wide_at):
        super().__init__()
        self._readouts, self._plotted, self.wide_at = readouts, plotted, wide_at
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.wide: bool | None = None
        self._arrange(True)

    def _arrange(self, wide: bool) -> None:
        if wide == self.wide:
            return
        self.wide = wide
        grid = self._grid
        for widget in (self._readouts, self._plotted):
            grid.removeWidget(widget)
        grid.addWidget(self._readouts, 0, 0)
        if wide:
            grid.addWidget(self._plotted, 0, 1)
        else:
            grid.addWidget(self._plotted, 1, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 3 if wide else 0)
        grid.setRowStretch(0, 1 if wide else 0)
        grid.setRowStretch(1, 0 if wide else 1)
        self.updateGeometry()  # the least size follows the arrangement

    def minimumSizeHint(self) -> QSize:
        """The narrow arrangement's width (a window can always shrink into it), the height of
        the arrangement on show."""
        readouts, plotted = (_least(widget) for widget in (self._readouts, self._plotted))
        spacing = max(self._grid.spacing(), 0)
        width = max(readouts.width(), plotted.width())
        if self.wide:
            return QSize(width, max(readouts.height(), plotted.height()))
        return QSize(width, readouts.height() + spacing + plotted.height())

    def resizeEvent(self, event) -> None:
        self._arrange(event.size().width() >= self.wide_at())
        super().resizeEvent(event)


def _least(widget: QWidget) -> QSize:
    return widget.minimumSize().expandedTo(widget.minimumSizeHint())


class SinglePage(QWidget):
    """The selected loss for the chosen label, the marker at the prediction ``a``.

    ``changed(state, finished)`` hands a new state to the tab: ``finished`` False for the
    frames of a drag, True once at its end and for a click, a key or a typed value.
    """

    changed = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._state: CatalogState | None = None
        self._curve_key = None  # what the curve, pens and note show (see render)
        self._language = 0
        self.plot = make_plot("catalog.plot")
        item = self.plot.getPlotItem()
        self.curve, self.tangent = DeviceDataItem(), DeviceDataItem()  # lossstudio/ui/curves.py
        item.addItem(self.curve)
        item.addItem(self.tangent)
        cache_item(self.curve.curve)  # the loss stays while the marker moves: painted once
        self.marker = MarkerItem()
        self.marker.setZValue(10)
        item.addItem(self.marker)
        self.note = pg.TextItem(anchor=(0, 0))
        item.addItem(self.note, ignoreBounds=True)
        self.marker.dragged.connect(self._new)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.keys = KeyMover(self)
        self.plot.installEventFilter(self.keys)
        self.plot.setProperty(ARROWS_PROPERTY, True)  # the arrows move the marker here
        self.keys.moved.connect(self._key_moved)

        self.prediction = SliderField(2.0, -3.0, 3.0, digits=4)
        self.prediction.setObjectName("catalog.prediction")
        self.prediction.edited.connect(self._new)
        self.prediction_label = QLabel()
        self.loss_title = QLabel()
        self.loss_value = QLabel(objectName="catalog.loss_value")
        self.slope_title = QLabel()
        self.slope_value = QLabel(objectName="catalog.slope_value")
        self.at_value = QLabel(objectName="catalog.at_value")
        self.slope_note = QLabel(objectName="catalog.slope_note", wordWrap=True)
        self.hint = QLabel(wordWrap=True)

        self._build_layout()

    def _build_layout(self) -> None:
        """The plot with its slider, and the readouts beside it where the page is wide enough
        (above it where it is not): under it they took the height of a short plot (a lesson's
        bar above it at the presentation scale left the curve 70 px)."""
        self.readouts = QWidget()
        readouts = QGridLayout(self.readouts)
        readouts.setContentsMargins(0, 0, 0, 0)
        self.at_value.setWordWrap(True)  # the 0-1 loss's rule is a sentence
        readouts.addWidget(self.at_value, 0, 0, 1, 3)
        readouts.addWidget(self.loss_title, 1, 0)
        readouts.addWidget(self.loss_value, 1, 1)
        readouts.addWidget(self.slope_title, 2, 0)
        readouts.addWidget(self.slope_value, 2, 1)
        readouts.setColumnStretch(2, 1)
        readouts.setRowStretch(3, 1)
        plotted = QWidget()
        column = QVBoxLayout(plotted)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.plot, 1)
        row = QHBoxLayout()
        row.addWidget(self.prediction_label)
        row.addWidget(self.prediction, 1)
        column.addLayout(row)
        # the readouts on the left: presenting, the list's drawer opens over the right edge
        self.top = ReadoutsBeside(self.readouts, plotted, self._wide_at)
        layout = QVBoxLayout(self)
        layout.addWidget(self.top, 1)
        layout.addWidget(self.slope_note)
        layout.addWidget(self.hint)

    def _wide_at(self) -> int:
        """The page's width from which the readouts go beside the plot: the titles and the
        widest value on their lines, and a plot of ``PLOT_WIDTH`` beside them. Not the values
        on show: a drag changes them, and the plot must not move under the pointer."""
        titles = max(self.loss_title.sizeHint().width(), self.slope_title.sizeHint().width())
        values = self.loss_value.minimumWidth()  # the widest value's (restyle)
        spacing = max(self.readouts.layout().horizontalSpacing(), 0)
        return titles + values + 3 * spacing + int(style.theme().px(PLOT_WIDTH))

    # --- gestures -------------------------------------------------------------------------------
    def _new(self, a: float, finished: bool) -> None:
        state = self._state
        a = clamp_prediction(state.loss, round(a, 4))
        self.changed.emit(replace(state, prediction=a), finished)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted():
            return
        box = self.plot.getPlotItem().getViewBox()
        if box.sceneBoundingRect().contains(event.scenePos()):
            self.plot.setFocus()
            self._new(box.mapSceneToView(event.scenePos()).x(), True)

    def _key_moved(self, direction: int, fine: bool) -> None:
        state = self._state
        self._new(state.prediction + direction * arrow_step(state.loss, fine), True)

    # --- drawing --------------------------------------------------------------------------------
    def render(self, state: CatalogState) -> None:
        self._state = state
        key, y, a = state.loss, state.label, state.prediction
        view = single_view(state)  # the numbers: lossstudio.model.catalog_view
        (low, high), (bottom, top) = view.x_range, view.y_range
        xs, ys = view.curve
        value, slope = view.value, view.slope
        # while the marker is dragged only it and the tangent move: the curve, its pens and the
        # note are set again only when the loss, the label, the theme or the language change
        curve_key = (key, y, style.theme(), self._language)
        if curve_key != self._curve_key:
            self._curve_key = curve_key
            item = self.plot.getPlotItem()
            item.setRange(xRange=(low, high), yRange=(bottom, top), padding=0.0)
            self.curve.setData(xs, ys, connect="finite")
            self.curve.setPen(style.series_pen(0, dashed=False))
            self.tangent.setPen(style.series_pen(1))
            self.marker.setBrush(style.color(1))
            self.marker.setPen(style.pen(style.theme().foreground, 1.5))
            self.note.setPos(low, top)
            self.note.setColor(style.theme().muted)
            self.note.setFont(style.room_font(10))
            with_sign = key == "zero_one"
            self.note.setText(
                self.tr("plotted as the 0-1 loss of the predicted class sign(a)")
                if with_sign
                else ""
            )
        self.tangent.setData(*view.tangent, connect="finite")
        self.marker.place(a, value)
        self.prediction.setRange(low, high)
        self.prediction.setValue(a)
        self.at_value.setText(self.at_text(key, y, a, value))
        self.slope_note.setText(self.slope_text(key, y, a, slope))
        self.loss_value.setText(_signed(value))  # as the sentences under it say them
        self.slope_value.setText(_signed(slope))
        self.loss_value.setProperty("value", value)
        self.slope_value.setProperty("value", slope)
        self._labels()

    def cover(self, hidden: bool) -> None:
        """While the loss is a hidden answer: its value and slope, and the numbers of the
        sentences under them (the slope note said "2(a − y) = 2" beside the slope's "?", the
        0-1 loss's rule "loss 0"), show the placeholder."""
        if not hidden or self._state is None:
            return
        for label in (self.loss_value, self.slope_value):
            answers.cover_text(label, True, whole=True)
        state = self._state
        key, y, a = state.loss, state.label, state.prediction
        if key == "zero_one":
            self.at_value.setText(f"a = {_signed(a)},  y = {_signed(y)}")
        # the other notes name the slope shown at a kink or on the flat 0-1 loss: none then
        self.slope_note.setText(
            self.slope_text(key, y, a, 0.0, hidden=True) if key == "squared" else ""
        )

    def at_text(self, key: str, y: float, a: float, value: float) -> str:
        """Where the marker is; for the 0-1 loss the rule that is computed, on sign(a)."""
        a_text, y_text = _signed(a), _signed(y)
        if key != "zero_one":
            return f"a = {a_text},  y = {y_text}"
        predicted = _signed(float(np.sign(a)))
        if value == 0.0:
            return self.tr(
                "a = {a}, y = {y}: the predicted class sign(a) = {s} equals y, loss 0"
            ).format(a=a_text, y=y_text, s=predicted)
        return self.tr(
            "a = {a}, y = {y}: the predicted class sign(a) = {s} is not y, loss 1"
        ).format(a=a_text, y=y_text, s=predicted)

    def slope_text(self, key: str, y: float, a: float, slope: float, hidden=False) -> str:
        """Where the slope is undefined (a kink or the jump), and the ½ of section 3.2 (with
        the placeholder for its numbers while the loss is a ``hidden`` answer)."""
        if key == "zero_one" and a == 0.0:
            return self.tr(
                "At the jump a = 0 the slope is undefined; 0 is shown. Everywhere else the 0-1 "
                "loss is flat, slope 0."
            )
        if key == "zero_one":
            return self.tr("The 0-1 loss is flat here: slope 0 (it jumps at a = 0).")
        if key == "absolute" and a == y:
            return self.tr(
                "At the kink a = y the slope is undefined: 0 is shown, a subgradient (any value "
                "from −1 to 1 is one)."
            )
        if key == "hinge" and y * a == 1.0:
            return self.tr(
                "At the kink y·a = 1 the slope is undefined: 0 is shown, a subgradient (any "
                "value between −y and 0 is one)."
            )
        if key == "squared":
            return self.tr(
                "The slope of (y − a)² is 2(a − y) = {slope}. Section 3.2 halves the loss, "
                "(a − y)²/2, so its derivative is the plain a − y = {half} (the chapter's "
                "∂J/∂a = a − y, without the 1/m)."
            ).format(
                slope=PLACEHOLDER if hidden else _signed(slope),
                half=PLACEHOLDER if hidden else _signed(slope / 2.0),
            )
        return ""

    def _labels(self) -> None:
        state = self._state
        if state is None:
            return
        y = readout_text(state.label, 4)
        style.style_plot(
            self.plot.getPlotItem(),
            self.tr("prediction a"),
            self.tr("loss"),
            self.tr("{name}, label y = {label}").format(name=texts.name(state.loss), label=y),
        )

    def restyle(self) -> None:
        for label in (self.loss_value, self.slope_value):
            style.mark_readout(label, 20)
            # as wide as the widest value: a drag changes the value, and the readouts beside
            # the plot would take width from it under the pointer
            label.setMinimumWidth(QFontMetrics(label.font()).horizontalAdvance(WIDEST_VALUE))
        for label in (self.loss_title, self.slope_title, self.at_value, self.prediction_label):
            label.setFont(style.font(14))
        self.hint.setFont(style.font(10))
        self.slope_note.setFont(style.font(11))
        fix_axis_width(self.plot)
        if self._state is not None:
            self.render(self._state)

    def retranslate(self) -> None:
        self._language += 1  # the note is written again in the new language
        self.prediction_label.setText(self.tr("Prediction a"))
        self.loss_title.setText(self.tr("loss ="))
        self.slope_title.setText(self.tr("slope d loss / d a ="))
        self.hint.setText(
            self.tr(
                "Drag the round marker along the curve, click the plot, or use the arrow keys "
                "(↑ / ↓ when presenting; Shift: finer). The dashed line is the tangent: its "
                "slope is the derivative."
            )
        )
        self._labels()
        if self._state is not None:
            self.render(self._state)
