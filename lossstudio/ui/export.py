"""Export the current tab's plots (PNG at a chosen width, or SVG) and copy one as an image,
through pyqtgraph's own exporters."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtGui import QCursor
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
            SVGExporter(view.scene()).export(str(target))
        written.append(target)
    return written


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
