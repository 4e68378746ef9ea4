"""What the mouse does on the Regression tab's plots, as new states for the tab.

On the data plot: a round handle near either end of the line turns the line about the other
handle, the body of the line translates it, a point is dragged, a click on empty space adds
a point, a right click on a point deletes it. On the contour map: a click or a drag sets
(w, b). Hits are measured in screen pixels so they feel the same at any zoom.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt

from lossstudio.model import regression as model
from lossstudio.ui import style

HANDLE_RADIUS = 14.0  # pixels (times the presentation scale)
POINT_RADIUS = 10.0
LINE_RADIUS = 9.0


class DataGestures:
    """The data plot's handler (see :class:`GestureViewBox`)."""

    def __init__(self, tab):
        self.tab = tab
        self.kind: str | None = None  # "rotate", "translate", "point" during a drag
        self._start = None

    # --- hit tests ----------------------------------------------------------------------
    def _pixel(self) -> tuple[float, float]:
        sx, sy = self.tab.data_box.viewPixelSize()
        return (sx or 1.0), (sy or 1.0)

    def handle_at(self, x: float, y: float) -> int | None:
        sx, sy = self._pixel()
        radius = style.theme().px(HANDLE_RADIUS)
        for index, (hx, hy) in enumerate(self.tab.handle_points()):
            if math.hypot((x - hx) / sx, (y - hy) / sy) <= radius:
                return index
        return None

    def point_at(self, x: float, y: float) -> int | None:
        """The index (in all the data) of the drawn point under (x, y), if any."""
        drawn, xs, ys = self.tab.drawn()
        if xs.size == 0:
            return None
        sx, sy = self._pixel()
        distance = np.hypot((xs - x) / sx, (ys - y) / sy)
        index = int(np.argmin(distance))
        if distance[index] > style.theme().px(POINT_RADIUS):
            return None
        return index if drawn is None else int(drawn[index])

    def on_line(self, x: float, y: float) -> bool:
        state = self.tab.state()
        sx, sy = self._pixel()
        slope = state.w * sx / sy  # the line's slope in pixels
        gap = abs(state.w * x + state.b - y) / sy / math.sqrt(1.0 + slope * slope)
        return gap <= style.theme().px(LINE_RADIUS)

    # --- drags --------------------------------------------------------------------------
    def press(self, x: float, y: float) -> bool:
        state = self.tab.state()
        handle = self.handle_at(x, y)
        point = None if handle is not None else self.point_at(x, y)
        if handle is not None:
            px, pz = self.tab.handle_points()[1 - handle]
            self.kind, self._start = "rotate", (px, pz)
        elif point is not None:
            self.kind, self._start = "point", point
            self.tab.select(point)
        elif self.on_line(x, y):
            self.kind, self._start = "translate", (x, y, state.w, state.b)
        else:
            self.kind = None
            return False
        return True

    def drag(self, x: float, y: float) -> None:
        state = self.tab.state()
        if self.kind == "rotate":
            px, pz = self._start
            sx, _ = self._pixel()
            if abs(x - px) < 2 * sx:  # a vertical line has no slope: wait for the pointer
                return
            w = (y - pz) / (x - px)
            new = model.with_line(state, w, pz - model.clamp_parameter(w) * px)
        elif self.kind == "translate":
            x0, y0, w0, b0 = self._start
            new = model.with_line(state, w0, b0 + (y - y0) - w0 * (x - x0))
        elif self.kind == "point":
            new = model.move_point(state, self._start, x, y)
        else:
            return
        self.tab.preview(new)

    def release(self, x: float, y: float) -> None:
        self.kind = None
        self.tab.finish()

    # --- clicks -------------------------------------------------------------------------
    def click(self, x: float, y: float, button) -> None:
        self.tab.plot.setFocus(Qt.FocusReason.MouseFocusReason)
        point = self.point_at(x, y)
        if button == Qt.MouseButton.RightButton:
            if point is not None:
                self.tab.delete_point(point)
            return
        if button != Qt.MouseButton.LeftButton:
            return
        if point is not None:
            self.tab.select(point)
        elif self.handle_at(x, y) is None and not self.on_line(x, y):
            self.tab.add_point_at(x, y)


class ContourGestures:
    """The contour map's handler: the pointer's (w, b) becomes the line."""

    def __init__(self, tab):
        self.tab = tab

    def _state(self, w: float, b: float):
        return model.with_line(self.tab.state(), w, b)

    def press(self, w: float, b: float) -> bool:
        return True

    def drag(self, w: float, b: float) -> None:
        self.tab.preview(self._state(w, b))

    def release(self, w: float, b: float) -> None:
        self.tab.finish()

    def click(self, w: float, b: float, button) -> None:
        if button == Qt.MouseButton.LeftButton:
            self.tab.apply(self._state(w, b))


def nudge_steps(ranges: tuple[float, float, float, float]) -> tuple[float, float]:
    """Keyboard steps for w and b: a round number near 1/80 of the contour map's spans."""

    def nice(value: float) -> float:
        if not value > 0 or not math.isfinite(value):
            return 0.05
        exponent = math.floor(math.log10(value))
        mantissa = value / 10**exponent
        return (5 if mantissa >= 5 else 2 if mantissa >= 2 else 1) * 10.0**exponent

    w0, w1, b0, b1 = ranges
    tolerance = 1.0 + 1e-9  # 4 / 80 is 0.05, not 0.0499...
    return nice((w1 - w0) / 80 * tolerance), nice((b1 - b0) / 80 * tolerance)


def nudged(state, key: int, shift: bool, steps: tuple[float, float]):
    """The state after one arrow key: ↑↓ move b, ←→ turn w; Shift for a fifth of the step."""
    w_step, b_step = steps
    if shift:
        w_step, b_step = w_step / 5, b_step / 5
    w, b = state.w, state.b
    if key == Qt.Key.Key_Up:
        b += b_step
    elif key == Qt.Key.Key_Down:
        b -= b_step
    elif key == Qt.Key.Key_Right:
        w += w_step
    elif key == Qt.Key.Key_Left:
        w -= w_step
    else:
        return None
    return model.with_line(state, round(w, 12), round(b, 12))
