"""An axis through 0 shows its 0 at every scale, presentation included: pyqtgraph dropped the
label of a tick at an axis's end (the foot of a loss plot, the first iteration) once the
presentation font made half a label wider than the room it allowed."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPicture

from lossstudio.ui import appearance, layout_check


@pytest.fixture(autouse=True)
def _back_to_defaults():
    yield
    appearance.apply("light", appearance.NORMAL_SCALE)


def drawn_labels(axis: pg.AxisItem) -> list[tuple[str, object]]:
    """(text, its ink in scene coordinates) of every tick label ``axis`` draws now."""
    picture = QPicture()
    painter = QPainter(picture)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    if not specs:
        return []
    metrics = QFontMetricsF(axis.style["tickFont"] or axis.font())
    return [
        (text, axis.mapRectToScene(_ink(metrics, rect, flags, text)))
        for rect, flags, text in specs[2]
    ]


def _ink(metrics: QFontMetricsF, rect, flags, text: str):
    """Where ``painter.drawText(rect, flags, text)`` puts the glyphs' ink (pyqtgraph's label
    boxes are wider than the digits: side bearings and 0.8 of the line height)."""
    advance = metrics.horizontalAdvance(text)
    if flags & Qt.AlignmentFlag.AlignRight:
        x = rect.right() - advance
    elif flags & Qt.AlignmentFlag.AlignLeft:
        x = rect.left()
    else:
        x = rect.center().x() - advance / 2
    if flags & Qt.AlignmentFlag.AlignTop:
        baseline = rect.top() + metrics.ascent()
    elif flags & Qt.AlignmentFlag.AlignBottom:
        baseline = rect.bottom() - metrics.descent()
    else:
        baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2
    return metrics.tightBoundingRect(text).translated(x, baseline)


def _zero(text: str) -> bool:
    try:
        return float(text.replace("−", "-")) == 0
    except ValueError:
        return False


def _plots(window):
    for view in window.findChildren(pg.PlotWidget):
        if view.isVisible() and view.width() > 0:
            yield view.objectName() or type(view.parent()).__name__, view.getPlotItem()


def _axes_through_zero(window):
    """(page, plot, side, labels) of each shown axis with its own ticks whose range holds 0."""
    found = []
    for page in layout_check.every_page(window, ["catalog", "regression", "descent"]):
        for name, plot in _plots(window):
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                low, high = sorted(axis.range)
                if not axis.isVisible() or axis._tickLevels is not None or not low <= 0 <= high:
                    continue
                found.append((page, name, side, drawn_labels(axis)))
    return found


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_an_axis_through_zero_shows_its_zero_when_presenting(window, size):
    window.set_presenting(True, full_screen=False)
    window.resize(*size)
    found = _axes_through_zero(window)
    names = {(name, side) for _page, name, side, _labels in found}
    # the plots the lead saw without their 0: the Catalog's loss, J(w) and J(b), Descent's loss
    assert {("regression.slice_w", "left"), ("regression.slice_b", "left")} <= names, names
    assert any(name.startswith("catalog") and side == "left" for name, side in names), names
    missing = [
        (page, name, side, [text for text, _rect in labels])
        for page, name, side, labels in found
        if labels and not any(_zero(text) for text, _rect in labels)
    ]
    assert not missing, missing


def test_the_zeros_at_a_corner_do_not_overlap(window):
    """Where both axes pass through 0 at the corner (Descent's loss against iteration from
    its first step) their labels reach past the ends but never over each other."""
    window.set_presenting(True, full_screen=False)
    window.resize(1280, 720)
    for _page in layout_check.every_page(window, ["catalog", "regression", "descent"]):
        for name, plot in _plots(window):
            left = drawn_labels(plot.getAxis("left"))
            bottom = drawn_labels(plot.getAxis("bottom"))
            for text, rect in left:
                for other, other_rect in bottom:
                    assert not rect.intersects(other_rect), (name, text, other)
