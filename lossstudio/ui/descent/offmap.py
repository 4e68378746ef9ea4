"""Where a walk went when it left the contour map: a note pinned to the edge it crossed."""

from __future__ import annotations

import pyqtgraph as pg

from lossstudio.model.walks import outside
from lossstudio.ui import style
from lossstudio.ui.widgets.number_field import format_value

#: (horizontal, vertical) direction of the point from the map -> an arrow
ARROWS = {
    (1, 0): "→",
    (-1, 0): "←",
    (0, 1): "↑",
    (0, -1): "↓",
    (1, 1): "↗",
    (-1, 1): "↖",
    (1, -1): "↘",
    (-1, -1): "↙",
}


class OffMapNote(pg.TextItem):
    """ "off the map ↘ (w = …, b = …)" at the edge where the current point left the map."""

    def __init__(self):
        super().__init__(anchor=(0.5, 0.5))
        self.setObjectName("descent.off_map")
        self.setZValue(14)
        self._shown = None
        self.hide()
        self.restyle()

    def restyle(self) -> None:
        theme = style.theme()
        self.setFont(style.font(12, bold=True))
        self.setColor(theme.foreground)
        self.fill = pg.mkBrush(theme.background)
        self._shown = None

    def retranslate(self) -> None:
        self._shown = None

    def text_for(self, point, direction: tuple[int, int]) -> str:
        return self.tr("off the map {arrow} (w = {w}, b = {b})").format(
            arrow=ARROWS[direction],
            w=format_value(float(point[0]), 3),
            b=format_value(float(point[1]), 3),
        )

    def show_point(self, point, view) -> None:
        """Shown while ``point`` is off the map ``view``; hidden while it is on it."""
        direction = outside(point, view)
        key = (direction, float(point[0]), float(point[1]), view)
        if key == self._shown:
            return
        self._shown = key
        if direction == (0, 0):
            self.hide()
            return
        w_min, w_max, b_min, b_max = view
        inset_w, inset_b = 0.02 * (w_max - w_min), 0.02 * (b_max - b_min)
        w = min(max(float(point[0]), w_min + inset_w), w_max - inset_w)
        b = min(max(float(point[1]), b_min + inset_b), b_max - inset_b)
        horizontal, vertical = direction
        # the text lies inside the map, against the edge it points through
        self.setAnchor((0.5 + 0.5 * horizontal, 0.5 - 0.5 * vertical))
        self.setText(self.text_for(point, direction))
        self.setPos(w, b)
        self.show()
