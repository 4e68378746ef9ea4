"""Tick labels at the ends of an axis, so that an axis through 0 shows its 0.

pyqtgraph draws a tick label only inside the axis's bounding rectangle, and on a plot with a
grid (every plot here) that is the axis and its view, with no margin: a label centred on a tick
at the very end of the axis reaches half a label past it and is dropped. The 0 at the foot of a
loss plot (the curve's least value, a few pixels above the axis's end) or at the left end of an
iteration axis fitted at the normal font, but at the presentation font half a label is 14 px and
more, so the 0 vanished exactly where a room reads the plot.

:class:`RoomAxisItem` reaches half a label further: both ends of a vertical axis (into the title
row above and the bottom axis's row below, both inside the plot) and the start of a horizontal
one (into the left axis's column); the right end of a horizontal axis stays as it is, where a
label past it would be cut at the plot's edge.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF


def reach(orientation: str, font: QFont) -> int:
    """Pixels a tick label in ``font`` reaches past the end of an axis of ``orientation``
    when its tick is at the end: pyqtgraph centres it on the tick and counts 0.8 of its
    bounding height; across a horizontal axis, half the width of ``0.0``."""
    metrics = QFontMetricsF(font)
    if orientation in ("left", "right"):
        return math.ceil(0.4 * metrics.height()) + 1
    return math.ceil(0.5 * metrics.horizontalAdvance("0.0")) + 1


class RoomAxisItem(pg.AxisItem):
    """A pyqtgraph axis whose end labels (its 0) are drawn where they reach past its ends."""

    _room_reach = 0

    def boundingRect(self):
        rect = super().boundingRect()
        room = self._room_reach
        if not room:
            return rect
        own = self.mapRectFromParent(self.geometry())
        if self.orientation in ("left", "right"):
            own.adjust(0, -room, 0, room)
        else:
            own.adjust(-room, 0, 0, 0)
        return rect.united(own)


def let_labels_reach(axis: pg.AxisItem, font: QFont) -> None:
    """Make ``axis`` a :class:`RoomAxisItem` whose labels in ``font`` may reach past its ends.

    The axis is the plot's own (pyqtgraph builds it with the plot; tabs set its ticks, width and
    cache before or after styling), so it changes its class in place rather than being replaced:
    the subclass adds no state of its own but the reach.
    """
    if type(axis) is pg.AxisItem:
        axis.__class__ = RoomAxisItem
    if isinstance(axis, RoomAxisItem):
        room = reach(axis.orientation, font)
        if room != axis._room_reach:
            axis.prepareGeometryChange()
            axis._room_reach = room
            axis.picture = None  # the labels are laid out again at the next paint
            axis.update()
