"""Export a tab's plots (PNG at a chosen width, or SVG) and copy one as an image.

Every picture is rendered in memory first, then written atomically
(:func:`lossstudio.model.files.write_atomic`) and checked on disk, one file after another; the
result says exactly which files were written and which one failed and why, so a missing or
read-only folder or a full disk never leaves a truncated file or a false "exported".

Rendering draws the scene the way the screen does, at any size:

- PNG: the view at its own layout, painted on an image ``width / view width`` times larger
  (device pixel ratio), so text, markers *and* line widths grow together (pyqtgraph's pens are
  cosmetic, one screen pixel wide at any zoom, which made curves hairlines in a wide PNG);
- SVG: through ``QSvgGenerator``, with pyqtgraph's export mode on, so scatter markers are drawn
  as their own symbols (on screen they are fragments of a cached symbol sheet, which an SVG
  turns into the whole sheet squashed into each marker);
- a 3-D view (``QOpenGLWidget``) from its frame buffer.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QImage, QPainter, QPen
from PySide6.QtOpenGLWidgets import QOpenGLWidget
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem, QWidget

from lossstudio.model.files import write_atomic

FORMATS = ("png", "svg")
MIN_WIDTH, MAX_WIDTH = 200, 8000


@dataclass
class ExportResult:
    """What an export did: ``written`` files in order, and the first ``failed`` file with its
    error (the files after it were not tried: a full disk or a read-only folder fails them all)."""

    written: list[Path] = field(default_factory=list)
    failed: Path | None = None
    error: OSError | None = None
    not_tried: list[Path] = field(default_factory=list)


def view_name(view: QWidget, index: int) -> str:
    return view.objectName().split(".")[-1] or f"plot{index}"


def export_targets(views: list[QWidget], path: str | Path) -> list[tuple[QWidget, Path]]:
    """Where each view goes: ``path`` itself for one view, ``stem-NAME.ext`` for several."""
    path = Path(path)
    if len(views) == 1:
        return [(views[0], path)]
    return [
        (view, path.with_name(f"{path.stem}-{view_name(view, index)}{path.suffix}"))
        for index, view in enumerate(views, start=1)
    ]


def suffix_of(path: str | Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(f"export as .png or .svg, not {suffix or 'no suffix'}")
    return suffix


def export_views(views: list[QWidget], path: str | Path, width: int = 1920) -> ExportResult:
    """Write every view to PNG (``width`` pixels wide) or SVG, by the suffix of ``path``.

    Raises ``ValueError`` for another suffix or no plots; file errors are in the result.
    """
    suffix = suffix_of(path)
    if not views:
        raise ValueError("this tab shows no plot to export")
    result = ExportResult()
    targets = export_targets(views, path)
    for index, (view, target) in enumerate(targets):
        data = render_png(view, width) if suffix == "png" else render_svg(view)
        try:
            written = write_atomic(target, data)
            if os.stat(written).st_size != len(data):  # what is on disk is what was rendered
                raise OSError(
                    f"{target.name} holds {os.stat(written).st_size} bytes, not {len(data)}"
                )
        except OSError as error:
            result.failed, result.error = target, error
            result.not_tried = [t for _, t in targets[index + 1 :]]
            break
        result.written.append(target)
    return result


# --- rendering -------------------------------------------------------------------------------
def _background(view: QWidget) -> QColor:
    if isinstance(view, pg.GraphicsView):
        brush = view.backgroundBrush()
        if brush.style() != Qt.BrushStyle.NoBrush:
            return brush.color()
    return view.palette().window().color()


@contextlib.contextmanager
def _export_mode(view: pg.GraphicsView, painter: QPainter) -> Iterator[None]:
    """pyqtgraph's export mode on every item of the view's scene (markers drawn one by one)."""
    from pyqtgraph.exporters.Exporter import Exporter

    exporter = Exporter(view.scene())
    options = {"antialias": True, "background": _background(view), "painter": painter}
    exporter.setExportMode(True, {**options, "resolutionScale": 1.0})
    items = view.scene().items()
    caches = [(item, item.cacheMode()) for item in items]
    for item, _mode in caches:  # cached pixmaps of the screen's size would be scaled up
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    axes = [item for item in items if isinstance(item, pg.AxisItem)]
    for axis in axes:  # axes replay a picture drawn for the screen: draw them again
        axis.picture = None
    try:
        yield
    finally:
        exporter.setExportMode(False)
        for axis in axes:
            axis.picture = None
            axis.update()
        for item, mode in caches:
            item.setCacheMode(mode)


@contextlib.contextmanager
def _wider_cosmetic_pens(factor: float) -> Iterator[None]:
    """While rendering, every cosmetic pen a Python item sets is ``factor`` times wider.

    pyqtgraph draws with cosmetic pens (their width is in device pixels at any transform), so
    an image ``factor`` times the screen's size would get lines ``factor`` times too thin.
    """
    if factor == 1.0:
        yield
        return
    original = QPainter.setPen

    def set_pen(painter, pen, *args):
        if args or not isinstance(pen, (QPen, QColor, Qt.PenStyle, Qt.GlobalColor)):
            return original(painter, pen, *args)
        pen = QPen(pen)
        if pen.isCosmetic() and pen.style() != Qt.PenStyle.NoPen:
            pen.setWidthF(max(pen.widthF(), 1.0) * factor)
        return original(painter, pen)

    QPainter.setPen = set_pen
    try:
        yield
    finally:
        QPainter.setPen = original


def _logical_size(view: QWidget) -> tuple[int, int]:
    widget = view.viewport() if isinstance(view, pg.GraphicsView) else view
    size = widget.size()
    return max(size.width(), 1), max(size.height(), 1)


def render_image(view: QWidget, width: int) -> QImage:
    """The view as it looks on screen, ``width`` pixels wide (everything scaled alike)."""
    width = int(min(max(width, MIN_WIDTH), MAX_WIDTH))
    logical_w, logical_h = _logical_size(view)
    factor = width / logical_w
    if isinstance(view, QOpenGLWidget):
        frame = view.grabFramebuffer()
        return frame.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    image = QImage(width, max(1, round(logical_h * factor)), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(factor)
    image.fill(_background(view))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        target = QRectF(0, 0, logical_w, logical_h)
        if isinstance(view, pg.GraphicsView):
            with _export_mode(view, painter), _wider_cosmetic_pens(factor):
                view.render(painter, target, view.viewport().rect())
        else:
            view.render(painter)
    finally:
        painter.end()
    image.setDevicePixelRatio(1.0)
    return image


def png_bytes(image: QImage) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the picture could not be encoded as PNG")
    buffer.close()
    return bytes(array.data())


def render_png(view: QWidget, width: int) -> bytes:
    return png_bytes(render_image(view, width))


def render_svg(view: QWidget) -> bytes:
    """The view as vector SVG (a 3-D view, which has no vectors, as an embedded picture)."""
    logical_w, logical_h = _logical_size(view)
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(pg.QtCore.QSize(logical_w, logical_h))
    generator.setViewBox(QRectF(0, 0, logical_w, logical_h))
    generator.setTitle(view.objectName() or "Loss Studio plot")
    generator.setResolution(round(view.logicalDpiX()))  # fonts in points measure as on screen
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, logical_w, logical_h), _background(view))
        if isinstance(view, pg.GraphicsView):
            with _export_mode(view, painter):
                view.render(painter, QRectF(0, 0, logical_w, logical_h), view.viewport().rect())
        elif isinstance(view, QOpenGLWidget):
            painter.drawImage(QRectF(0, 0, logical_w, logical_h), view.grabFramebuffer())
        else:
            view.render(painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(array.data())


# --- copy ------------------------------------------------------------------------------------
def is_plot(widget: QWidget) -> bool:
    return isinstance(widget, (pg.GraphicsView, QOpenGLWidget))


def view_under_pointer(root: QWidget) -> QWidget | None:
    """The plot (pyqtgraph view or 3-D view) under the mouse pointer inside ``root``, if any."""
    widget = QApplication.widgetAt(QCursor.pos())
    while widget is not None and widget is not root:
        if is_plot(widget):
            return widget
        widget = widget.parentWidget()
    return None


def copy_view(view: QWidget) -> QImage:
    """Put an image of ``view`` (at twice its size, so it stays sharp) on the clipboard."""
    width, _height = _logical_size(view)
    image = render_image(view, width * 2)
    QApplication.clipboard().setImage(image)
    return image
