"""The 3-D surface of J(w, b) (Figure 3-7), built only when asked for and only where OpenGL
works; it draws the grid :mod:`.loss_views` hands it and computes no number of its own.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QStackedLayout, QVBoxLayout, QWidget

from lossstudio.model.ticks import nice_ticks
from lossstudio.ui import style
from lossstudio.ui.widgets.number_field import format_value

COLORMAP = "cividis"  # the contour map's and the surface's
BOX = 4.0  # the surface spans BOX x BOX in (w, b) ...
HEIGHT = 2.0  # ... and HEIGHT in sqrt(J)


def end_ticks(low: float, high: float) -> tuple[float, float]:
    """The lowest and highest round tick inside [low, high] (the ends if it holds none)."""
    ticks = nice_ticks(low, high)
    return (ticks[0], ticks[-1]) if len(ticks) >= 2 else (low, high)


#: how far above the surface's rim at the J axis a J label keeps (a share of the top)
RIM_ROOM = 0.12


def j_ticks(top: float, rim: float) -> list[float]:
    """The J axis's labelled values: its lowest and highest round tick above ``rim``, the
    surface's J at the axis's corner. The axis stands at the back corner, behind the surface:
    its foot (J = 0 on the floor) is hidden wherever the surface there is higher, and its "0"
    was drawn on the surface's rim, far from anything it named."""
    seen = [t for t in nice_ticks(0.0, top) if t >= rim + RIM_ROOM * top or t <= rim <= 0.0]
    ticks = seen or [top]
    return [ticks[0], ticks[-1]] if len(ticks) >= 2 else ticks


class SurfaceView(QWidget):
    """The 3-D surface of J(w, b), built only when asked for and only where OpenGL works."""

    def __init__(self):
        super().__init__()
        self.setObjectName("regression.surface")
        self._grid = None
        self.gl_view = None
        self.surface = None
        self.dot = None
        self._current = None
        self._rim = 0.0  # J of the surface at the J axis's corner (set_grid)
        self.message = QLabel()
        self.message.setObjectName("regression.surface_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show_button = QPushButton()
        self.show_button.setObjectName("regression.show_surface")
        self.show_button.clicked.connect(self.build)
        placeholder = QWidget()
        column = QVBoxLayout(placeholder)
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(placeholder)
        self._failure = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show the 3-D surface"))
        if self._failure == "offscreen":
            self.message.setText(
                self.tr("The 3-D surface needs OpenGL, which this display does not offer.")
            )
        elif self._failure:
            self.message.setText(
                self.tr(
                    "The 3-D surface is not available here (OpenGL could not start: {reason}). "
                    "The contour map shows the same J(w, b)."
                ).format(reason=self._failure)
            )
        else:
            self.message.setText(
                self.tr("J(w, b) as a surface over the (w, b) plane: a shallow valley.")
            )

    def _fail(self, reason: str) -> None:
        self._failure = reason
        self.show_button.hide()
        self.retranslate()

    def build(self) -> bool:
        """Create the GL view; on any failure show a message instead. True if it works."""
        if self.gl_view is not None:
            return True
        from PySide6.QtGui import QGuiApplication, QOpenGLContext

        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            self._fail("offscreen")
            return False
        try:
            context = QOpenGLContext()
            if not context.create():
                raise RuntimeError("no OpenGL context")
            import pyqtgraph.opengl as gl

            from lossstudio.ui.regression.gl_window import SurfaceWindow, embed

            # not a QOpenGLWidget: the main window is not re-created
            view = SurfaceWindow(self.window().windowHandle())
            view.setObjectName("regression.surface_view")
            # Figure 3-7's view: from the high-w, low-b side, a little above, so the shallow
            # diagonal valley runs across the picture
            view.setCameraPosition(
                pos=pg.Vector(0.0, 0.0, 0.6), distance=7.0, elevation=28, azimuth=-60
            )
            grid = gl.GLGridItem()
            grid.setSize(BOX, BOX)
            grid.setSpacing(BOX / 8, BOX / 8)
            surface = gl.GLSurfacePlotItem(shader="shaded", computeNormals=True, smooth=True)
            drop = gl.GLLinePlotItem(mode="lines", width=2.0, antialias=True)
            dot = gl.GLScatterPlotItem(size=14, pxMode=True)
            axes = gl.GLLinePlotItem(mode="lines", width=1.5, antialias=True)
            labels = [gl.GLTextItem() for _ in range(9)]
            for item in (grid, axes, surface, drop, dot, *labels):
                view.addItem(item)
        except Exception as error:  # an import error or a driver without OpenGL
            self._fail(type(error).__name__)
            return False
        self.gl_view, self.surface, self.dot = view, surface, dot
        self._grid_item, self._axes, self._drop, self._labels = grid, axes, drop, labels
        self.gl_container = embed(view, "regression.surface_3d")  # exported as NAME-surface_3d.png
        self.pages.addWidget(self.gl_container)
        self.pages.setCurrentWidget(self.gl_container)
        self.restyle()
        if self._grid is not None:
            self.set_grid(*self._grid)
        return True

    def restyle(self) -> None:
        if self.gl_view is None:
            return
        t = style.theme()
        self.gl_view.setBackgroundColor(QColor(t.background))
        muted = QColor(t.muted)
        muted.setAlpha(110)
        self._grid_item.setColor(muted)
        fg = QColor(t.foreground)
        self._axes.setData(color=(fg.redF(), fg.greenF(), fg.blueF(), 1.0))
        accent = QColor(t.accent)
        rgba = (accent.redF(), accent.greenF(), accent.blueF(), 1.0)
        self.dot.setData(color=rgba, size=t.px(14))
        self._drop.setData(color=rgba)
        for index, label in enumerate(self._labels):
            label.setData(color=fg, font=style.room_font(13 if index < 3 else 10, bold=index < 3))
        if self._grid is not None:
            self.set_grid(*self._grid)

    def _label_axes(self) -> None:
        """Axis lines as in Figure 3-7: w along the front, b along the right, J up the back
        left corner; their names and end values."""
        w0, span_w, b0, span_b, top = self._box
        h, z = BOX / 2, HEIGHT
        self._axes.setData(
            pos=np.array(
                [[-h, -h, 0], [h, -h, 0], [h, -h, 0], [h, h, 0], [-h, h, 0], [-h, h, z]],
                dtype=float,
            )
        )
        # the first and last round number inside each range (its ends were 0.924, 4.92...)
        w_ticks = end_ticks(w0, w0 + span_w)
        b_ticks = end_ticks(b0, b0 + span_b)
        j_labels = j_ticks(top, self._rim)
        place = [
            ((0.0, -h - 0.6, 0.0), self.tr("w")),
            ((h + 0.5, 0.0, 0.0), self.tr("b")),
            ((-h, h, z + 0.35), self.tr("J")),
            *(((-h + BOX * (t - w0) / span_w, -h - 0.3, 0.0), format_value(t)) for t in w_ticks),
            *(((h + 0.25, -h + BOX * (t - b0) / span_b, 0.0), format_value(t)) for t in b_ticks),
            *(((-h - 0.15, h, z * t / top), format_value(t)) for t in j_labels),
        ]
        place += [((-h, h, z), "")] * (len(self._labels) - len(place))  # one J label only
        for index, (label, (pos, text)) in enumerate(zip(self._labels, place, strict=True)):
            # the J values to the left of their axis, clear of the surface behind it
            j_value = index >= len(self._labels) - 2
            align = (
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                if j_value
                else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            )
            label.setData(pos=np.array(pos, dtype=float), text=text, alignment=align)

    def set_grid(self, ws: np.ndarray, bs: np.ndarray, grid: np.ndarray) -> None:
        self._grid = (ws, bs, grid)
        if self.surface is None:
            return
        # normalise into a BOX x BOX x HEIGHT box so every data set gives a readable valley
        span_w = float(ws[-1] - ws[0]) or 1.0
        span_b = float(bs[-1] - bs[0]) or 1.0
        finite = grid[np.isfinite(grid)]
        top = float(np.max(finite)) if finite.size else 1.0
        top = top if top > 0 else 1.0
        self._box = (float(ws[0]), span_w, float(bs[0]), span_b, top)
        values = np.nan_to_num(grid.T, nan=top, posinf=top) / top
        heights = HEIGHT * np.clip(values, 0.0, 1.0)
        self._rim = top * float(np.clip(values[0, -1], 0.0, 1.0))  # J at the J axis's corner
        # coloured by height with the contour map's colormap on the same log scale
        floor = max(float(np.min(values)), 1e-6)
        shade = np.log10(np.maximum(values, floor))
        low, high = float(shade.min()), float(shade.max())
        shade = (shade - low) / (high - low) if high > low else np.zeros_like(shade)
        colors = pg.colormap.get(COLORMAP).map(shade.ravel(), mode="float")
        self.surface.setData(
            x=BOX * (ws - ws[0]) / span_w - BOX / 2,
            y=BOX * (bs - bs[0]) / span_b - BOX / 2,
            z=heights,
            colors=colors.reshape(*heights.shape, 4),
        )
        self._label_axes()
        if self._current is not None:
            self.set_current(*self._current)

    def set_current(self, w: float, b: float, loss: float) -> None:
        self._current = (w, b, loss)
        if self.dot is None or self._grid is None:
            return
        w0, span_w, b0, span_b, top = self._box
        x = BOX * (w - w0) / span_w - BOX / 2
        y = BOX * (b - b0) / span_b - BOX / 2
        value = loss / top if np.isfinite(loss) and loss > 0 else 0.0
        z = HEIGHT * min(value, 1.0) + 0.03
        self.dot.setData(pos=np.array([[x, y, z]]))
        self._drop.setData(pos=np.array([[x, y, 0.0], [x, y, z]]))
