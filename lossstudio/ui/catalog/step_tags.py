"""Figure 3-1's step labels x0 .. x5 under the points, as the chapter's figure labels them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from lossstudio.model.catalog_view import VIEW_LIMIT
from lossstudio.ui import style

#: steps labelled x0 .. x5 below the axis, as Figure 3-1 labels them (more would crowd it)
LABELLED_STEPS = 6
_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


class StepTags:
    """The labels of a walk's first points, each under its point at the foot of the plot.

    A label that would come within a few pixels of one already shown is left out (steps near a
    minimum would pile their labels on each other): each label's own width decides, in pixels
    at the plot's scale. (A fixed width fitted the normal font; the presentation font set x3 and
    x5 against each other.) :meth:`band` is the height the labels need under the lowest point,
    so that the plot can keep them off the points and the curve.
    """

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        self.tags: list[pg.TextItem] = []
        self._styled: list[object] = []  # the theme each tag was last styled for

    def band(self) -> float:
        """Pixels from the foot of the plot to the lowest point that the labels need: a
        label's ink above its foot, the point's marker and a gap."""
        font = style.room_font(11)
        metrics = QFontMetricsF(font)
        margin = 4.0  # QTextDocument's margin around a TextItem's text
        ink_top = metrics.height() + margin - (metrics.ascent() - metrics.xHeight())
        return ink_top + style.theme().px(11) / 2 + style.theme().px(6)

    def place(self, path: np.ndarray, bottom: float) -> None:
        """Label the first points of ``path`` at height ``bottom`` (the plot's foot)."""
        while len(self.tags) < min(len(path), LABELLED_STEPS):
            tag = pg.TextItem(anchor=(0.5, 1.0))
            self.plot.addItem(tag, ignoreBounds=True)
            self.tags.append(tag)
            self._styled.append(None)
        pixel = self.plot.getViewBox().viewPixelSize()[0] or 1.0
        gap = style.theme().px(8)  # pixels of clear space between two labels
        placed: list[tuple[float, float]] = []  # (x in pixels, half the label's width)
        for index, tag in enumerate(self.tags):
            if self._styled[index] != style.theme():  # its text never changes
                self._styled[index] = style.theme()
                tag.setText(f"x{index}".translate(_SUBSCRIPTS))
                tag.setColor(style.theme().foreground)
                tag.setFont(style.room_font(11))
            x = float(path[index]) if index < len(path) else 0.0
            half = QFontMetricsF(tag.textItem.font()).horizontalAdvance(tag.toPlainText()) / 2
            visible = bool(
                index < len(path)
                and abs(x) <= VIEW_LIMIT
                and all(abs(x / pixel - other) >= half + width + gap for other, width in placed)
            )
            tag.setVisible(visible)
            if visible:
                placed.append((x / pixel, half))
                tag.setPos(x, bottom)
