"""The one-point marker that replaced pyqtgraph's scatter on the Regression tab's slices and
contour map: it shows exactly the point it is given, in pixels, and nothing for no point."""

import math

import numpy as np
import pyqtgraph as pg

from lossstudio.ui.markers import Dot


def test_a_dot_shows_its_point_and_hides_without_one(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    dot = Dot("o", 12.0)
    plot.addItem(dot, ignoreBounds=True)
    assert not dot.isVisible()
    dot.setData([1.5], [-2.0])
    assert dot.isVisible()
    assert (dot.pos().x(), dot.pos().y()) == (1.5, -2.0)
    assert [a.tolist() for a in dot.getData()] == [[1.5], [-2.0]]
    for xs, ys in (([], []), ([math.nan], [1.0]), ([1.0], [math.inf])):
        dot.setData(xs, ys)
        assert not dot.isVisible()
        assert all(a.size == 0 for a in dot.getData())


def test_a_dot_keeps_its_pixel_size_whatever_the_zoom(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    dot = Dot("o", 12.0)
    plot.addItem(dot, ignoreBounds=True)
    dot.setData([0.5], [0.5])
    sizes = []
    for span in (1.0, 1000.0):
        plot.setRange(xRange=(0, span), yRange=(0, span), padding=0)
        view = plot.getViewBox()
        view.updateMatrix()
        rect = dot.deviceTransform(plot.viewportTransform()).mapRect(dot.boundingRect())
        sizes.append((round(rect.width()), round(rect.height())))
    assert sizes[0] == sizes[1]
    assert np.allclose(sizes[0], 12.0, atol=2)


def test_dots_move_one_dot_per_key_and_hide_the_missing(qtbot):
    from PySide6.QtGui import QColor

    from lossstudio.ui.markers import Dots

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    dots = Dots(plot.getPlotItem())
    pen = pg.mkPen("k", width=1)
    dots.show([("gd", 1.0, 2.0, QColor("red")), ("adam", 3.0, 4.0, QColor("blue"))], 9, pen)
    xs, ys = dots.getData()
    assert xs.tolist() == [1.0, 3.0] and ys.tolist() == [2.0, 4.0]
    first = dots._dots["gd"]
    assert first.isVisible() and first.brush().color() == QColor("red")
    dots.show([("gd", 5.0, 6.0, QColor("red"))], 9, pen)
    assert dots._dots["gd"] is first and (first.pos().x(), first.pos().y()) == (5.0, 6.0)
    assert not dots._dots["adam"].isVisible()
    assert dots.getData()[0].tolist() == [5.0]
    dots.show([], 9, pen)
    assert dots.getData()[0].size == 0 and not first.isVisible()
