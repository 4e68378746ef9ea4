"""The chapter's closing question: why not MSE as the loss of a classifier?

For ``a = sigmoid(w x + b)`` on a small data set: the loss over (w, b) under MSE beside
cross-entropy (plateaus against a bowl), the two along w at the current b, and the
gradients with respect to z, ``(a - y) a (1 - a)`` against ``a - y``, at a draggable z.
"""

from __future__ import annotations

from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lossstudio.model import classification as model
from lossstudio.model.classification_view import B_AXIS, W_AXIS, loss_maps, why_not_mse_view
from lossstudio.ui import style
from lossstudio.ui.classification.items import DragPointsItem, number_text, still_plot
from lossstudio.ui.widgets.formula_view import FormulaView


class WhyNotMsePanel(QWidget):
    """Loss maps, loss along w and the gradients through the sigmoid."""

    def __init__(self, tab, parent=None):
        super().__init__(parent)
        self.tab = tab
        maps = loss_maps()  # the numbers: lossstudio.model.classification_view
        self.x, self.y = maps.x, maps.y
        self.j_mse, self.j_ce = maps.mse.values, maps.ce.values
        self.verdicts_shown = True  # "plateaus" and "convex" over the maps: a lesson's answer
        self._build_maps(maps)
        self._build_curves()
        self._build_controls()
        self._build_layout()

    def _build_maps(self, maps) -> None:
        """The two J(w, b) maps with their contours and the draggable (w, b)."""
        self.maps: list[pg.PlotItem] = []
        self.views: list[pg.PlotWidget] = []
        self.markers: list[DragPointsItem] = []
        colormap = pg.colormap.get("viridis")
        for name, loss_map in (("mse", maps.mse), ("ce", maps.ce)):
            grid, levels = loss_map.values, loss_map.levels
            view = pg.PlotWidget()
            view.setObjectName(f"classification.{name}_map")
            plot = still_plot(view)
            image = pg.ImageItem(grid.T, levels=levels)
            image.setColorMap(colormap)
            image.setRect(
                QRectF(W_AXIS[0], B_AXIS[0], W_AXIS[-1] - W_AXIS[0], B_AXIS[-1] - B_AXIS[0])
            )
            plot.addItem(image)
            for level in loss_map.contours:
                curve = pg.IsocurveItem(
                    grid.T, level=float(level), pen=pg.mkPen("#ffffff", width=1)
                )
                curve.setParentItem(image)
            plot.setRange(xRange=model.W_RANGE, yRange=model.B_RANGE, padding=0.0)
            marker = DragPointsItem(pxMode=True)
            marker.setZValue(10)
            marker.dragged.connect(self._moved_wb)
            plot.addItem(marker)
            self.maps.append(plot)
            self.views.append(view)
            self.markers.append(marker)

    def _build_curves(self) -> None:
        """J along w at the current b, and the two gradients against z with a draggable z."""
        self.along_view = pg.PlotWidget()
        self.along_view.setObjectName("classification.loss_along_w")
        self.along = still_plot(self.along_view)
        self.along_legend = self.along.addLegend(offset=(-10, 10))
        self.along_mse = self.along.plot()
        self.along_ce = self.along.plot()
        self.along_line = pg.InfiniteLine(angle=90)
        self.along.addItem(self.along_line)

        self.gradient_view = pg.PlotWidget()
        self.gradient_view.setObjectName("classification.gradient_plot")
        self.gradient = still_plot(self.gradient_view)
        self.gradient_legend = self.gradient.addLegend(offset=(10, 10))
        self.gradient_mse = self.gradient.plot()
        self.gradient_ce = self.gradient.plot()
        self.gradient_points = DragPointsItem(pxMode=True)
        self.gradient_points.setZValue(10)
        self.gradient_points.dragged.connect(self._moved_z)
        self.gradient.addItem(self.gradient_points)

    def _build_controls(self) -> None:
        self.target = QComboBox()
        self.target.setObjectName("classification.target")
        self.target.currentIndexChanged.connect(
            lambda index: self.tab.apply(replace(self.tab.state(), target=index))
        )
        self.target_label = QLabel()
        self.target_label.setBuddy(self.target)
        self.losses = QLabel()
        self.losses.setObjectName("classification.logistic_losses")
        self.losses.setWordWrap(True)
        self.gradients = QLabel()
        self.gradients.setObjectName("classification.gradients")
        self.gradients.setWordWrap(True)
        self.question = QLabel()
        self.question.setWordWrap(True)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.question, 1)
        formulas = QVBoxLayout()
        self.formulas = (
            FormulaView("classification_gradient_mse", height=34),
            FormulaView("classification_gradient_ce", height=34),
        )
        for formula in self.formulas:
            formulas.addWidget(formula)
        top.addLayout(formulas)
        controls = QHBoxLayout()
        controls.addWidget(self.losses, 1)
        controls.addWidget(self.target_label)
        controls.addWidget(self.target)
        grid = QGridLayout()
        grid.addWidget(self.views[0], 0, 0)
        grid.addWidget(self.views[1], 0, 1)
        grid.addWidget(self.along_view, 1, 0)
        grid.addWidget(self.gradient_view, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addLayout(grid, 1)
        layout.addWidget(self.gradients)

    def retranslate(self) -> None:
        self.question.setText(
            self.tr(
                "<b>Why not MSE for classification?</b> A one-feature model a = σ(w x + b) on "
                "ten labelled students. (1) Convexity and the optimum: under MSE the loss over "
                "(w, b) has flat plateaus and is not convex, so descent can stall far from the "
                "optimum; cross-entropy is convex, one bowl. (2) The complexity and cost of the "
                "derivative: through the sigmoid, MSE's gradient ∂loss/∂z = (a − y) a (1 − a) carries the "
                "factor a (1 − a), which vanishes when the output saturates, even when it is "
                "confidently wrong (a ≈ 1 for y = 0). Cross-entropy through the sigmoid leaves a "
                "single subtraction, ∂loss/∂z = a − y: it vanishes only at the right answer."
            )
        )
        for plot in self.maps:
            style.style_plot(plot, "w", "b")
        self._title_maps()
        style.style_plot(self.along, "w", self.tr("mean loss over the samples"), "")
        style.style_plot(
            self.gradient,
            self.tr("z = w x + b"),
            self.tr("∂loss/∂z"),
            self.tr("Gradient at one sample: drag z"),
        )
        self.along_legend.clear()
        self.along_legend.addItem(self.along_mse, self.tr("MSE"))
        self.along_legend.addItem(self.along_ce, self.tr("cross-entropy"))
        self.gradient_legend.clear()
        self.gradient_legend.addItem(self.gradient_mse, self.tr("MSE: (a − y) a (1 − a)"))
        self.gradient_legend.addItem(self.gradient_ce, self.tr("cross-entropy: a − y"))
        self.target_label.setText(self.tr("&Label of the sample:"))
        with QSignalBlocker(self.target):
            index = self.target.currentIndex()
            self.target.clear()
            self.target.addItems([self.tr("y = 0"), self.tr("y = 1")])
            self.target.setCurrentIndex(max(index, 0))

    def show_verdicts(self, shown: bool) -> None:
        """Say over the maps which one has plateaus and which is convex, or (while a lesson
        asks that question) only name them."""
        if shown != self.verdicts_shown:
            self.verdicts_shown = shown
            self._title_maps()

    def _title_maps(self) -> None:
        if self.verdicts_shown:
            titles = (self.tr("MSE  J(w, b): plateaus"), self.tr("Cross-entropy  J(w, b): convex"))
        else:
            titles = (self.tr("MSE  J(w, b)"), self.tr("Cross-entropy  J(w, b)"))
        for plot, title in zip(self.maps, titles, strict=True):
            style.set_title(plot, title)

    def render(self, state) -> None:
        self._keep_plot_heights()
        spot = {
            "pos": (state.w, state.b),
            "data": 0,
            "size": style.theme().px(16),
            "symbol": "o",
            "brush": pg.mkBrush(style.PALETTE[1]),
            "pen": style.pen("#ffffff", 2),
        }
        for marker in self.markers:
            marker.setData([spot])
        view = why_not_mse_view(state)
        ws, j_mse, j_ce = view.along_w
        self.along_mse.setData(ws, j_mse, pen=style.series_pen(0))
        self.along_ce.setData(ws, j_ce, pen=style.series_pen(1))
        self.along_line.setPos(state.w)
        self.along_line.setPen(style.pen(style.theme().muted, 1.5))
        style.set_title(self.along, self.tr("Loss along w at b = {b}").format(b=f"{state.b:.2f}"))
        here_mse, here_ce = view.here
        big = f"font-size: {round(15 * style.theme().scale)}pt; font-weight: bold;"
        self.losses.setStyleSheet(big)
        self.losses.setProperty("readout", True)
        self.losses.setText(
            self.tr("Mean loss at w = {w}, b = {b}:  MSE {mse}   cross-entropy {ce}").format(
                w=f"{state.w:.2f}",
                b=f"{state.b:.2f}",
                mse=number_text(float(here_mse), 3),
                ce=number_text(float(here_ce), 3),
            )
        )

        self._render_gradients(state, view, big)

    def _render_gradients(self, state, view, big: str) -> None:
        """The two gradients through the sigmoid against z, and their values at the state's z."""
        zs, grad_mse, grad_ce = view.gradients
        self.gradient_mse.setData(zs, grad_mse, pen=style.series_pen(0))
        self.gradient_ce.setData(zs, grad_ce, pen=style.series_pen(1))
        a, here = view.a, view.gradient_here
        size = style.theme().px(15)
        self.gradient_points.setData(
            [
                {
                    "pos": (state.z, float(here[0])),
                    "data": 0,
                    "size": size,
                    "symbol": "o",
                    "brush": pg.mkBrush(style.PALETTE[0]),
                },
                {
                    "pos": (state.z, float(here[1])),
                    "data": 1,
                    "size": size,
                    "symbol": "s",
                    "brush": pg.mkBrush(style.PALETTE[1]),
                },
            ]
        )
        self.gradient.setRange(xRange=model.Z_RANGE, yRange=(-1.1, 1.1), padding=0.02)
        with QSignalBlocker(self.target):
            self.target.setCurrentIndex(state.target)
        self.gradients.setStyleSheet(big)
        self.gradients.setProperty("readout", True)
        self.gradients.setText(
            self.tr(
                "z = {z}, a = σ(z) = {a}, y = {y}:  MSE gradient {mse}   cross-entropy gradient {ce}"
            ).format(
                z=f"{state.z:.2f}",
                a=number_text(a, 3),
                y=state.target,
                mse=number_text(float(here[0]), 3),
                ce=number_text(float(here[1]), 3),
            )
        )

    #: each plot's least height at scale 1 (the vertical axis label "mean loss over the
    #: samples" on two lines beside the ticks, the title and the w axis): the page scrolls
    #: rather than squeeze the plots under their labels at a large scale or on a low screen.
    PLOT_HEIGHT = 175

    def _keep_plot_heights(self) -> None:
        height = round(style.theme().px(self.PLOT_HEIGHT))
        for view in (*self.views, self.along_view, self.gradient_view):
            if view.minimumHeight() != height:
                view.setMinimumHeight(height)

    def _moved_wb(self, _index: int, x: float, y: float, finished: bool) -> None:
        w = round(min(max(x, model.W_RANGE[0]), model.W_RANGE[1]), 2)
        b = round(min(max(y, model.B_RANGE[0]), model.B_RANGE[1]), 2)
        self.tab.change(replace(self.tab.state(), w=w, b=b), finished)

    def _moved_z(self, _index: int, x: float, _y: float, finished: bool) -> None:
        z = round(min(max(x, model.Z_RANGE[0]), model.Z_RANGE[1]), 2)
        self.tab.change(replace(self.tab.state(), z=z), finished)
