"""Paint less: pyqtgraph items that do not change between frames are kept as pixmaps.

``QGraphicsItem.DeviceCoordinateCache`` renders an item once into a pixmap of device pixels
(at the screen's pixel ratio) and blits it on every later paint, until the item itself changes
(its data, pen, range or size). Qt keeps those pixmaps in ``QPixmapCache``; when they do not
fit, every paint evicts one and renders it again, which costs more than not caching at all.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsItem

#: Each axis with its grid lines is a pixmap the size of its whole view: the Regression tab's
#: four plots need about twice the window's area, ~16 MB at 1920 x 1080 and ~64 MB on a 2x
#: (4K) screen, with the contour map's layers and the other tabs' caches on top. Qt's default
#: (10 MB) made every drag frame render every axis again. The cache holds only what is cached.
PIXMAP_CACHE_MB = 256


def ensure_pixmap_cache(megabytes: int = PIXMAP_CACHE_MB) -> None:
    """Raise QPixmapCache's limit to ``megabytes`` (never lower it)."""
    if QPixmapCache.cacheLimit() < megabytes * 1024:
        QPixmapCache.setCacheLimit(megabytes * 1024)


def cache_item(item: QGraphicsItem) -> None:
    """Paint ``item`` once into device pixels and blit it until it changes."""
    ensure_pixmap_cache()
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def cache_axes(plot: pg.PlotWidget) -> None:
    """Keep each axis (with its grid lines) as a pixmap between its own changes.

    An axis replays its QPicture of ticks and grid lines on every repaint of its view; with
    the grid on, that was ~15 ms a drag frame over the Regression tab's four plots. The pixmap
    is redrawn whenever the axis changes (range, pen, size), so what is shown stays the same.

    The view's viewport is also marked opaque: the view paints its (opaque, theme) background
    under every pixel it repaints, so Qt need not fill the palette there first.
    """
    for axis in plot.getPlotItem().axes.values():
        cache_item(axis["item"])
    plot.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
