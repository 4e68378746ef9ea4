"""The Regression panel's own widgets: J as text (:func:`loss_text`), J's bar against the best
fit (:class:`LossBar`) and the w / b fields whose sliders span the contour window
(:class:`ParameterField`). They show what they are given and compute nothing.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from lossstudio.model.regression import PARAMETER_LIMIT
from lossstudio.ui import style
from lossstudio.ui.widgets.number_field import SliderField, format_value

__all__ = ["LossBar", "ParameterField", "loss_text", "short_text"]


def loss_text(value: float) -> str:
    """J as the chapter prints it (six decimals), compact for very large or small values."""
    if not math.isfinite(value):
        return format_value(value)
    if value == 0.0 or 1e-4 <= abs(value) < 1e6:
        return f"{value:.6f}"
    return format_value(value, 6)


def short_text(value: float) -> str:
    return f"{float(value):.3f}".replace("-", "−")


class LossBar(QWidget):
    """A horizontal bar for J on a fixed scale, with a tick at the best fit's J."""

    def __init__(self):
        super().__init__()
        self.setObjectName("regression.loss_bar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._value, self._best, self._scale = 0.0, math.nan, 1.0

    def set_values(self, value: float, best: float, scale: float) -> None:
        self._value, self._best, self._scale = value, best, scale if scale > 0 else 1.0
        self.update()

    def fraction(self) -> float:
        if not math.isfinite(self._value):
            return 1.0
        return min(max(self._value / self._scale, 0.0), 1.0)

    def sizeHint(self) -> QSize:
        return QSize(200, round(style.theme().px(18)))

    def paintEvent(self, event) -> None:
        t = style.theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(style.pen(t.muted, 1))
        painter.setBrush(QColor(t.muted).lighter(170) if t.name == "light" else QColor("#2a2f36"))
        painter.drawRect(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.PALETTE[1]))
        painter.drawRect(
            QRectF(rect.left(), rect.top(), rect.width() * self.fraction(), rect.height())
        )
        if math.isfinite(self._best):
            x = rect.left() + rect.width() * min(max(self._best / self._scale, 0.0), 1.0)
            painter.setPen(style.pen(style.PALETTE[2], 3))
            painter.drawLine(round(x), round(rect.top()) - 1, round(x), round(rect.bottom()) + 1)
        painter.end()


class ParameterField(SliderField):
    """w or b: a :class:`SliderField` whose slider spans a range that follows the data
    (:meth:`set_range`, the contour map's window) while the field takes any value within the
    model's limits. ``edited(value, finished)`` as every slider-with-field.
    """

    STEPS = 400

    def __init__(self, name: str, label: QLabel | None = None):
        self._low, self._high = -1.0, 1.0
        super().__init__(0.0, -PARAMETER_LIMIT, PARAMETER_LIMIT, digits=6)
        self.setObjectName(name)
        self.slider.setObjectName(f"{name}_slider")
        self.field.setObjectName(f"{name}_field")
        self.field.setMaximumWidth(round(style.theme().px(110)))
        # the label and the field over a slider as wide as the panel (beside them it was
        # ~80 px: too short to steer a line on a projector)
        row = self.layout()
        row.removeWidget(self.slider)
        row.removeWidget(self.field)
        QWidget().setLayout(row)  # the slider-with-field row handed to a throwaway widget
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if label is not None:
            layout.addWidget(label, 0, 0)
        layout.addWidget(self.field, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.slider, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)

    def slider_range(self) -> tuple[float, float]:
        return self._low, self._high

    def set_range(self, low: float, high: float) -> None:
        """The slider's ends (typed values may go beyond, up to the model's limits)."""
        self._low, self._high = low, high
        self._set_slider(self._value)

    def _from_position(self, position: int) -> float:
        raw = self._low + (self._high - self._low) * position / self.STEPS
        step = (self._high - self._low) / self.STEPS
        digits = max(0, 2 - math.floor(math.log10(step))) if step > 0 else 6
        return round(raw, digits) + 0.0

    value_at = _from_position

    def set_value(self, value: float) -> None:
        self.setValue(value)
