"""A typeset formula from ``resources/formulas/NAME.svg``: vector paths, crisp at any scale.

The SVGs are made by ``tools/make_formulas.py`` from ``NAME.tex`` (Computer Modern, glyphs as
paths). The view keeps the formula's aspect ratio, sizes it by the presentation scale, and
recolours it to the theme's foreground (black on light, near-white on dark).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from lossstudio.resources import resource_path
from lossstudio.ui import style


class FormulaView(QWidget):
    """Shows one formula; ``setFormula(name)`` switches it, ``height`` is in unscaled pixels."""

    #: the share of its natural width a formula may shrink to (it keeps its aspect ratio)
    MIN_SHARE = 0.6

    def __init__(
        self, name: str | None = None, height: float = 48.0, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._name: str | None = None
        self._height = height
        self._svg = b""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        style.signals.changed.connect(self._recolour)
        if name:
            self.setFormula(name)

    def formula(self) -> str | None:
        return self._name

    def setFormula(self, name: str) -> None:
        """Show ``resources/formulas/<name>.svg`` (nothing to do when it is shown already)."""
        if name == self._name:
            return
        self._svg = resource_path("formulas", f"{name}.svg").read_bytes()
        self._name = name
        self._recolour()

    def _recolour(self) -> None:
        colour = style.theme().foreground.encode()
        # glyphs carry no fill of their own: the root's fill colours them all
        svg = self._svg.replace(b"#000000", colour).replace(
            b"<svg ", b'<svg fill="' + colour + b'" ', 1
        )
        self._renderer.load(svg)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        size = self._renderer.defaultSize()
        if size.isEmpty():
            return QSize(10, 10)
        height = style.theme().px(self._height)
        return QSize(round(height * size.width() / size.height()), round(height))

    def minimumSizeHint(self) -> QSize:
        """Down to MIN_SHARE of its width on a narrow screen: drawn smaller, never cut."""
        hint = self.sizeHint()
        return QSize(round(hint.width() * self.MIN_SHARE), hint.height())

    def paintEvent(self, event) -> None:
        size = self._renderer.defaultSize()
        if size.isEmpty():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min(self.width() / size.width(), self.height() / size.height())
        width, height = size.width() * scale, size.height() * scale
        self._renderer.render(painter, QRectF(0.0, (self.height() - height) / 2, width, height))
        painter.end()
