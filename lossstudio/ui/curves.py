"""Curves stroked in device pixels: the same line, a fraction of the time.

Qt strokes a *cosmetic* pen wider than one pixel, antialiased, under a scaling transform by
way of a slow path: the Regression tab's line (3.5 px, two points) cost 1.3-1.5 ms a frame at
1920 x 1080, the same line drawn from its path mapped to device pixels first 0.04 ms. A
cosmetic pen's width is in device pixels whatever the transform, so mapping the path first
and stroking it under no transform draws the same line (``tests/ui/test_curves.py``
compares the pixels).

:class:`DeviceCurveItem` is a ``pg.PlotCurveItem`` that does so whenever it can (plain lines:
no fill, no shadow pen, no segmented drawing, a transform without rotation); anything else is
pyqtgraph's own paint. :class:`DeviceDataItem` is a ``pg.PlotDataItem`` whose curve is one.
The benchmark's bare plot keeps pyqtgraph's stock items.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QPainter, QTransform

__all__ = ["DeviceCurveItem", "DeviceDataItem"]

#: translation and scaling only (QTransform.type() orders its kinds by complexity)
_SCALE = QTransform.TransformationType.TxScale.value


class DeviceCurveItem(pg.PlotCurveItem):
    """A curve whose cosmetic pen strokes its path mapped to device pixels."""

    def _device_path_applies(self, painter) -> bool:
        opts = self.opts
        pen = opts["pen"]
        return (
            self._exportOpts is False
            and self.xData is not None
            and len(self.xData) > 0
            and opts["fillLevel"] is None
            and opts["shadowPen"] is None
            and opts["compositionMode"] is None
            and not opts["stepMode"]
            and pen is not None
            and pen.isCosmetic()
            and pen.widthF() > 1.0
            and not self._shouldUseDrawLineSegments(pen)
            and painter.transform().type().value <= _SCALE
        )

    def paint(self, painter, option, widget=None):
        if not self._device_path_applies(painter):
            super().paint(painter, option, widget)
            return
        path = painter.transform().map(self.getPath())
        painter.save()
        painter.resetTransform()  # logical pixels; the screen's pixel ratio stays applied
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, bool(self.opts["antialias"]))
        painter.setPen(self.opts["pen"])
        painter.drawPath(path)
        painter.restore()


class DeviceDataItem(pg.PlotDataItem):
    """A ``pg.PlotDataItem`` drawing its line with a :class:`DeviceCurveItem`."""

    def __init__(self, *args, **kwargs):
        super().__init__()
        # pyqtgraph's own curve stays, hidden and empty (removing it from the scene here
        # crashed Qt later); the methods of PlotDataItem all go through self.curve
        self._stock_curve = self.curve
        self._stock_curve.sigClicked.disconnect(self.sigClicked)
        self._stock_curve.hide()
        self.curve = DeviceCurveItem()
        self.curve.setParentItem(self)
        self.curve.sigClicked.connect(self.sigClicked)
        if args or kwargs:
            self.setData(*args, **kwargs)
