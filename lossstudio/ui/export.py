"""Export the current tab's plots (PNG at a chosen width, or SVG) and copy one as an image,
through pyqtgraph's own exporters."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QRectF
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QWidget

FORMATS = ("png", "svg")


def export_targets(
    views: list[pg.GraphicsView], path: str | Path
) -> list[tuple[pg.GraphicsView, Path]]:
    """Where each view goes: ``path`` itself for one view, ``stem-NAME.ext`` for several."""
    path = Path(path)
    if len(views) == 1:
        return [(views[0], path)]
    targets = []
    for index, view in enumerate(views, start=1):
        name = view.objectName().split(".")[-1] or str(index)
        targets.append((view, path.with_name(f"{path.stem}-{name}{path.suffix}")))
    return targets


def export_views(views: list[pg.GraphicsView], path: str | Path, width: int = 1920) -> list[Path]:
    """Write every view to PNG (``width`` pixels wide) or SVG, by the suffix of ``path``.

    Returns the files written. Raises ``ValueError`` for another suffix or no plots.
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(f"export as .png or .svg, not {suffix or 'no suffix'}")
    if not views:
        raise ValueError("this tab shows no plot to export")
    written = []
    for view, target in export_targets(views, path):
        if suffix == "png":
            exporter = ImageExporter(view.scene())
            exporter.parameters()["width"] = int(width)
            exporter.export(str(target))
        else:
            try:
                SVGExporter(view.scene()).export(str(target))
            except ValueError:
                # pyqtgraph's SVG post-processing cannot parse some paths Qt 6 writes (pyqtgraph
                # issue 3485): render the same scene through Qt's own SVG generator instead.
                _render_svg(view, target)
        written.append(target)
    return written


def _render_svg(view: pg.GraphicsView, target: Path) -> None:
    """The view's scene as vector SVG through ``QSvgGenerator`` (paths and text stay vectors)."""
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    rect = view.viewport().rect()
    generator.setSize(rect.size())
    generator.setViewBox(rect)
    generator.setTitle(view.objectName() or "Loss Studio plot")
    painter = QPainter(generator)
    try:
        view.render(painter, QRectF(rect), rect)
    finally:
        painter.end()


def view_under_pointer(root: QWidget) -> pg.GraphicsView | None:
    """The pyqtgraph view under the mouse pointer inside ``root``, if any."""
    widget = QApplication.widgetAt(QCursor.pos())
    while widget is not None and widget is not root:
        if isinstance(widget, pg.GraphicsView):
            return widget
        widget = widget.parentWidget()
    return None


def copy_view(view: pg.GraphicsView) -> None:
    """Put an image of ``view`` on the clipboard."""
    image = ImageExporter(view.scene()).export(toBytes=True)
    QApplication.clipboard().setImage(image)
