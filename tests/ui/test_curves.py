"""Curves stroked in device pixels (lossstudio/ui/curves.py) look like pyqtgraph's own, and
the Regression tab's line, residuals and slices are drawn that way."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lossstudio.ui.curves import DeviceCurveItem, DeviceDataItem


def _picture(qtbot, item_class, **options) -> np.ndarray:
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(420, 320)
    plot.setRange(xRange=(-0.08, 1.08), yRange=(1.7, 5.6), padding=0)
    item = item_class()
    plot.addItem(item)
    x = np.linspace(-1.2, 2.2, 41)
    item.setData(x, 3.0 + 2.0 * x - 1.5 * np.sin(5 * x), **options)
    image = plot.grab().toImage()
    bits = np.frombuffer(image.constBits(), np.uint8)
    return bits.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4].copy()


def test_a_device_curve_draws_what_pyqtgraphs_curve_draws(qtbot):
    cases = ((3.5, True, None), (2.5, True, None), (1.5, False, None), (1.0, True, None))
    dashed = ((2.5, True, Qt.PenStyle.DashLine), (3.0, True, Qt.PenStyle.DashDotLine))
    for width, antialias, dashes in cases + dashed:
        pen = pg.mkPen(QColor(213, 94, 0), width=width)
        if dashes is not None:  # the best-fit line's and the Catalog's dashed pens
            pen.setStyle(dashes)
        options = {"pen": pen, "antialias": antialias}
        ours = _picture(qtbot, DeviceDataItem, **options)
        stock = _picture(qtbot, pg.PlotDataItem, **options)
        difference = np.abs(ours.astype(int) - stock.astype(int))
        assert np.count_nonzero(ours != stock) < ours.size // 200, width
        assert difference.max() <= 40, width  # antialiasing's rounding at the edges
        assert np.count_nonzero(difference > 8) < 200, width


def test_the_regression_tabs_curves_are_stroked_in_device_pixels(window, monkeypatch):
    applied = []
    original = DeviceCurveItem._device_path_applies

    def spy(self, painter):
        done = original(self, painter)
        applied.append((self, done))
        return done

    monkeypatch.setattr(DeviceCurveItem, "_device_path_applies", spy)
    window.show_tab("regression")
    tab = window.pages["regression"]
    window.show()
    tab.plot.grab()
    tab.views.slice_w.grab()
    stroked = {item for item, done in applied if done}
    for curve in (tab.plot.line.curve, tab.plot.residuals.curve, tab.views.slice_w.curve.curve):
        assert isinstance(curve, DeviceCurveItem)
        assert curve in stroked
