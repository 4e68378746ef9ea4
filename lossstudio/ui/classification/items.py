"""pyqtgraph items, item delegates and cell widgets of the Classification tab."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QToolTip,
    QWidget,
)

from lossstudio.model.numbers import NumberError, parse_number
from lossstudio.ui import style
from lossstudio.ui.widgets.number_field import format_value, number_error_message
from lossstudio.ui.widgets.undo_keys import pass_undo_keys

#: Item data role holding a cell's number (a probability or a loss, possibly inf).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class DragPointsItem(pg.ScatterPlotItem):
    """Scatter points the person can drag; each spot's ``data`` is its index.

    ``dragged(index, x, y, finished)`` fires on every move (data coordinates), with
    ``finished`` False for each frame and True once at the release (the gesture protocol).
    The view decides what a move means and re-renders.
    """

    dragged = Signal(int, float, float, bool)

    def __init__(self, **options):
        super().__init__(**options)
        self._dragging: int | None = None

    def mouseDragEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        if event.isStart():
            points = self.pointsAt(event.buttonDownPos())
            if len(points) == 0:
                event.ignore()
                return
            self._dragging = int(points[0].data())
        elif self._dragging is None:
            event.ignore()
            return
        event.accept()
        index = self._dragging
        position = event.pos()
        if event.isFinish():
            self._dragging = None
        self.dragged.emit(index, float(position.x()), float(position.y()), event.isFinish())


class ProbabilityDelegate(QStyledItemDelegate):
    """Cell editor for one probability, read with :func:`parse_number` in [0, 1].

    The delegate never writes the model itself: a good value goes out as
    ``committed(row, column, value)`` (the tab makes a new state and re-renders); a refused
    one as ``rejected(row, column, message)``, shown as a tooltip at the cell, and the cell
    keeps its previous value.
    """

    committed = Signal(int, int, float)
    rejected = Signal(int, int, str)
    #: The accepted interval of every cell this delegate edits.
    minimum, maximum = 0.0, 1.0

    def createEditor(self, parent, option, index: QModelIndex):
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setObjectName("classification.cell_editor")
        pass_undo_keys(editor)
        return editor

    def setEditorData(self, editor: QLineEdit, index: QModelIndex) -> None:
        editor.setText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QLineEdit, model, index: QModelIndex) -> None:
        text = editor.text()
        if text == index.data(Qt.ItemDataRole.DisplayRole):
            return
        try:
            value = parse_number(text, minimum=self.minimum, maximum=self.maximum)
        except NumberError as error:
            message = number_error_message(error)
            view = self.parent()
            if view is not None and view.isVisible():
                corner = view.visualRect(index).bottomLeft()
                QToolTip.showText(view.viewport().mapToGlobal(corner + QPoint(0, 2)), message, view)
            # the previous value is kept, and shown so: an editor still open (Enter keeps it
            # open) no longer reads "nan" or whatever was refused
            editor.setText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
            editor.selectAll()
            self.rejected.emit(index.row(), index.column(), message)
            return
        self.committed.emit(index.row(), index.column(), value)


class LossBarDelegate(QStyledItemDelegate):
    """Draws a cell's loss (``VALUE_ROLE``) as a horizontal bar; ``scale`` is a full cell.

    An infinite loss fills the cell with a hatched bar and the sign ∞.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scale = 1.0

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        value = index.data(VALUE_ROLE)
        if value is None:
            return
        rect = option.rect.adjusted(4, 5, -4, -5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if math.isinf(value):
            brush = QBrush(QColor(style.PALETTE[1]), Qt.BrushStyle.BDiagPattern)
            painter.fillRect(rect, brush)
            painter.setPen(QColor(style.PALETTE[1]))
            painter.drawRect(rect)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "∞")
        else:
            fraction = max(0.0, min(1.0, value / self.scale)) if self.scale > 0 else 0.0
            bar = rect.adjusted(0, 0, -round(rect.width() * (1.0 - fraction)), 0)
            painter.fillRect(bar, QColor(style.PALETTE[0]))
        painter.restore()


def number_text(value: float, decimals: int = 2) -> str:
    """A loss or probability for a readout: fixed decimals, ``∞`` for infinity, never nan."""
    if math.isnan(value) or math.isinf(value):
        return format_value(value)
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


class SumCell(QWidget):
    """The sum of a multi-class row, with a "normalise" button when it is not 1."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)


def still_plot(view: pg.PlotWidget) -> pg.PlotItem:
    """``view``'s plot, made one that neither pans nor zooms, without pyqtgraph's buttons and
    menu (the information and why-not-MSE pages' plots)."""
    plot = view.getPlotItem()
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    return plot
