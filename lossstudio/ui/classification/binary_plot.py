"""Figure 3-10, live: the binary cross-entropy curves with each pass / fail student on them."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lossstudio.engine.classification import binary_cross_entropy
from lossstudio.model import classification as model
from lossstudio.ui import style
from lossstudio.ui.classification.items import DragPointsItem
from lossstudio.ui.widgets.formula_view import FormulaView

#: The curves' a grid; the chapter's figure spans [0.01, 0.99].
A_GRID = np.linspace(0.002, 0.998, 499)
#: A dragged point stays inside (0, 1), where the loss is finite.
A_LIMITS = (0.001, 0.999)
Y_TOP = 5.5


class BinaryLossPlot(QWidget):
    """-ln a (y = 1) and -ln(1 - a) (y = 0); drag a student's point along its curve."""

    def __init__(self, tab, parent=None):
        super().__init__(parent)
        self.tab = tab
        self._rows: list[int] = []
        self._covered = False
        self.formula = FormulaView("classification_binary", height=34)
        # beside the students' table it may be drawn smaller still: at full size the page's
        # least width was 1,068 px presenting on a 1024x768 screen
        self.formula.MIN_SHARE = 0.45
        self.view = pg.PlotWidget()
        self.view.setObjectName("classification.binary_plot")
        self.plot = self.view.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setRange(xRange=(0.0, 1.0), yRange=(0.0, Y_TOP), padding=0.02)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.curve_one = self.plot.plot()
        self.curve_zero = self.plot.plot()
        self.points = DragPointsItem(pxMode=True)
        self.points.setZValue(10)
        self.points.dragged.connect(self._dragged)
        self.plot.addItem(self.points)
        self.names: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.formula)
        layout.addWidget(self.view, 1)

    def retranslate(self) -> None:
        if not self._rows:  # only three-class students: none is on this plot
            title = self.tr("Binary cross-entropy (Figure 3-10): no two-class student here")
        elif self._covered:  # the students' points are held back with their losses
            title = self.tr(
                "Binary cross-entropy (Figure 3-10): the students appear with their losses"
            )
        else:
            title = self.tr("Binary cross-entropy (Figure 3-10): drag a student")
        style.style_plot(self.plot, self.tr("predicted probability a"), self.tr("loss"), title)
        self.legend.clear()
        self.legend.addItem(self.curve_one, self.tr("y = 1: −ln a"))
        self.legend.addItem(self.curve_zero, self.tr("y = 0: −ln(1 − a)"))

    def cover(self, hidden: bool) -> None:
        """The title says what the plot does while the losses (and so the points) are hidden."""
        if hidden != self._covered:
            self._covered = hidden
            self.retranslate()

    def render(self, state) -> None:
        self.curve_one.setData(A_GRID, binary_cross_entropy(1.0, A_GRID), pen=style.series_pen(0))
        self.curve_zero.setData(A_GRID, binary_cross_entropy(0.0, A_GRID), pen=style.series_pen(1))
        self.legend.setLabelTextColor(style.theme().foreground)
        rows = [i for i, s in enumerate(state.students) if s.binary]
        if bool(rows) != bool(self._rows):
            self._rows = rows
            self.retranslate()  # the title says whether there is a student to drag
        self._rows = rows
        spots = []
        for text in self.names:
            self.plot.removeItem(text)
        self.names = []
        size = style.theme().px(16)
        for index, row in enumerate(rows):
            student = state.students[row]
            a = student.predicted[0]
            loss = model.sample_loss(student, state.clip)
            shown = min(loss, Y_TOP - 0.1) if math.isfinite(loss) else Y_TOP - 0.1
            series = 0 if student.label == 1 else 1
            spots.append(
                {
                    "pos": (a, shown),
                    "data": index,
                    "size": size,
                    "symbol": style.SYMBOLS[series],
                    "brush": pg.mkBrush(style.color(series)),
                    "pen": style.pen(style.theme().foreground, 1.5),
                }
            )
            label = student.name if math.isfinite(loss) else f"{student.name} (∞)"
            text = pg.TextItem(label, color=style.theme().foreground, anchor=(-0.3, 1.1))
            text.setFont(style.room_font(12, bold=True))
            text.setPos(a, shown)
            self.plot.addItem(text)
            self.names.append(text)
        self.points.setData(spots)

    def point_position(self, row: int) -> tuple[float, float]:
        """Where student ``row``'s point is drawn (data coordinates), for tests and tools."""
        index = self._rows.index(row)
        x, y = self.points.getData()
        return float(x[index]), float(y[index])

    def _dragged(self, index: int, x: float, _y: float, finished: bool) -> None:
        state = self.tab.state()
        row = self._rows[index]
        a = round(min(max(x, A_LIMITS[0]), A_LIMITS[1]), 3)
        student = replace(state.students[row], predicted=(a,))
        self.tab.change(state.with_student(row, student), finished)
