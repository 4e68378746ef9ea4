"""Tick labels at the ends of an axis, so that an axis through 0 shows its 0.

pyqtgraph draws a tick label only inside the axis's bounding rectangle, and on a plot with a
grid (every plot here) that is the axis and its view, with no margin: a label centred on a tick
at the very end of the axis reaches half a label past it and is dropped. The 0 at the foot of a
loss plot (the curve's least value, a few pixels above the axis's end) or at the left end of an
iteration axis fitted at the normal font, but at the presentation font half a label is 14 px and
more, so the 0 vanished exactly where a room reads the plot.

:func:`let_labels_reach` lets them reach half a label further: both ends of a vertical axis
(into the title row above and the bottom axis's row below, both inside the plot) and the start
of a horizontal one (into the left axis's column); the right end of a horizontal axis stays as
it is, where a label past it would be cut at the plot's edge.
"""

from __future__ import annotations

import math
import weakref

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

#: pyqtgraph's AxisItem starts with room for labels 30 px wide and 18 px high (it grows them)
FIRST_TEXT_SIZE = (30, 18)


def reach(orientation: str, font: QFont) -> int:
    """Pixels a tick label in ``font`` reaches past the end of an axis of ``orientation``
    when its tick is at the end: pyqtgraph centres it on the tick and counts 0.8 of its
    bounding height; across a horizontal axis, half the width of ``0.0``."""
    metrics = QFontMetricsF(font)
    if orientation in ("left", "right"):
        return math.ceil(0.4 * metrics.height()) + 1
    return math.ceil(0.5 * metrics.horizontalAdvance("0.0")) + 1


def _bounds(axis: pg.AxisItem, room: int):
    """pyqtgraph's bounding rectangle of ``axis``, reaching ``room`` px further at its ends."""
    rect = pg.AxisItem.boundingRect(axis)
    own = axis.mapRectFromParent(axis.geometry())
    if axis.orientation in ("left", "right"):
        own.adjust(0, -room, 0, room)
    else:
        own.adjust(-room, 0, 0, 0)
    return rect.united(own)


def let_labels_reach(axis: pg.AxisItem, font: QFont) -> None:
    """Let ``axis``'s tick labels in ``font`` reach past its ends by half a label, and measure
    them afresh when the font changed.

    The axis is the plot's own (pyqtgraph builds it with the plot; tabs set its ticks, width and
    cache before or after styling), so its ``boundingRect`` is replaced on the instance, which
    both pyqtgraph's label check and Qt's painting call. (Changing the instance's class to a
    subclass crashed PySide at exit.) The replacement holds the axis weakly: no cycle.
    """
    room = reach(axis.orientation, font)
    before = getattr(axis, "_room_reach", None)
    if before == room:
        return
    axis.prepareGeometryChange()
    axis._room_reach = room
    weak = weakref.ref(axis)

    def bounds():
        live = weak()
        return _bounds(live, room) if live is not None else QRectF()

    axis.boundingRect = bounds
    if before is None:
        return  # a new axis: it starts from FIRST_TEXT_SIZE and measures at its first paint
    # a new font: the room kept for the old labels goes, and the next paint measures the new
    # ones from where a new axis starts (pyqtgraph shrinks it only when the labels are 10 px
    # smaller, so after F5 and Esc every axis stayed as wide and as tall as the presentation
    # font had made it). From pyqtgraph's own first sizes, not from 0: back at the desk every
    # axis is as it was at the start, and a new axis's first paint is not a second layout
    axis.textWidth, axis.textHeight = FIRST_TEXT_SIZE
    axis.picture = None  # the labels are laid out again at the next paint
    axis.update()
