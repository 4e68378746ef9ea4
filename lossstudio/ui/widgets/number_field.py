"""Number entry that accepts what people type and never loses the previous value.

:class:`NumberField` reads its text with :func:`lossstudio.model.numbers.parse_number`
(full-width digits, comma decimals); a refusal shows a translated message right at the
field (a red frame and a tooltip-style note below it) and restores the last good value.
:class:`SliderField` pairs it with a slider, linear or logarithmic; :class:`IntegerField` is a
spin box that reads typed text with the same helper and says why it refused it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSlider, QSpinBox, QToolTip, QWidget

from lossstudio.model.numbers import NumberError, parse_integer, parse_number
from lossstudio.ui import plain
from lossstudio.ui.i18n import sentences
from lossstudio.ui.widgets.undo_keys import pass_undo_keys


def number_error_message(error: NumberError) -> str:
    """The person-facing sentence for a refused number, in the current language."""
    limit = "" if error.limit is None else format_value(error.limit)
    messages = {
        "empty": QCoreApplication.translate("NumberField", "Type a number; the field was empty."),
        "too_long": QCoreApplication.translate(
            "NumberField", "That is far too long to be a number."
        ),
        "not_a_number": QCoreApplication.translate(
            "NumberField", "“{text}” is not a number."
        ).format(text=error.text),
        "not_finite": QCoreApplication.translate(
            "NumberField", "Only finite numbers are allowed here."
        ),
        "too_small": QCoreApplication.translate(
            "NumberField", "The smallest allowed value is {limit}."
        ).format(limit=limit),
        "too_large": QCoreApplication.translate(
            "NumberField", "The largest allowed value is {limit}."
        ).format(limit=limit),
        "not_integer": QCoreApplication.translate("NumberField", "Type a whole number here."),
    }
    kept = QCoreApplication.translate("NumberField", "The previous value is kept.")
    return sentences([messages.get(error.kind, str(error)), kept])


def format_value(value: float, digits: int = 6) -> str:
    """Compact text for a number: ``0.530669``, ``1e-05``, ``∞``; never ``nan``."""
    if math.isnan(value):
        return "—"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    text = f"{value:.{digits}g}"
    return "0" if text in ("-0", "0") else text


def readout_text(value: float, digits: int = 4) -> str:
    """A number as a readout or a sentence shows it: :func:`format_value` with the minus sign
    U+2212 (one look and one count of digits for a quantity, wherever a page shows it)."""
    return format_value(value, digits).replace("-", "−")


def significant(value: float, digits: int = 3) -> str:
    """``digits`` significant digits, trailing zeros kept (1 -> "1.00", 1.8 -> "1.80"), so
    that numbers shown side by side have the same precision; the minus sign U+2212."""
    if not math.isfinite(value):
        return readout_text(value)
    text = f"{value:#.{digits}g}"
    mantissa, e, exponent = text.partition("e")
    return (mantissa.rstrip(".") + e + exponent).replace("-", "−")


class NumberField(QLineEdit):
    """A line edit holding one finite number in ``[minimum, maximum]``.

    Signals
    -------
    valueCommitted(float)
        The person entered a new, valid value (Enter or leaving the field).
    rejected(str)
        The input was refused; the argument is the message shown.
    """

    valueCommitted = Signal(float)
    rejected = Signal(str)

    def __init__(
        self,
        value: float = 0.0,
        minimum: float = -1e9,
        maximum: float = 1e9,
        digits: int = 6,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._minimum, self._maximum, self._digits = minimum, maximum, digits
        self._value = value
        self.setMaxLength(200)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setText(format_value(value, digits))
        self.editingFinished.connect(self._commit)
        self.returnPressed.connect(self._commit)
        self._clear_error = QTimer(self, singleShot=True, interval=4000)
        self._clear_error.timeout.connect(self._reset_style)
        self.last_error = ""
        pass_undo_keys(self)  # Ctrl+Z after Enter undoes the value, not nothing

    def value(self) -> float:
        return self._value

    def range(self) -> tuple[float, float]:
        """The accepted interval ``(minimum, maximum)``."""
        return self._minimum, self._maximum

    def setValue(self, value: float) -> None:
        """Show ``value`` without emitting ``valueCommitted``."""
        self._value = float(value)
        if not self.hasFocus() or not self.isModified():
            self.setText(format_value(self._value, self._digits))
            self.setModified(False)

    def setRange(self, minimum: float, maximum: float) -> None:
        self._minimum, self._maximum = minimum, maximum

    def _commit(self) -> None:
        text = self.text()
        if text == format_value(self._value, self._digits):
            return
        try:
            value = parse_number(text, minimum=self._minimum, maximum=self._maximum)
        except NumberError as error:
            self._show_error(number_error_message(error))
            self.setText(format_value(self._value, self._digits))
            self.setModified(False)
            return
        self._reset_style()
        self._value = value
        self.setText(format_value(value, self._digits))
        self.setModified(False)
        self.valueCommitted.emit(value)

    def _show_error(self, message: str) -> None:
        self.last_error = message
        self.setStyleSheet("QLineEdit { border: 2px solid #D55E00; }")
        self.setToolTip(plain.tooltip(message))
        if self.isVisible():
            QToolTip.showText(
                self.mapToGlobal(QPoint(0, self.height())), plain.tooltip(message), self
            )
        self._clear_error.start()
        self.rejected.emit(message)

    def _reset_style(self) -> None:
        self.setStyleSheet("")
        self.setToolTip("")


class SliderField(QWidget):
    """A slider and a :class:`NumberField` showing one value, linked both ways: the one
    slider-with-field widget of the app.

    With ``log=True`` the slider moves in equal steps of ``log10(value)`` (for learning
    rates from 1e-4 to 10).

    Signals (the gesture protocol, ``docs/DEVELOPING.md``)
    -------
    edited(value, finished)
        ``finished`` False for each frame while the slider is held (a preview), True once
        when it is let go (with the last value), for a keyboard or page step of the slider and
        for a typed value. So a whole drag is one undo step.
    """

    edited = Signal(float, bool)

    STEPS = 1000

    def __init__(
        self,
        value: float,
        minimum: float,
        maximum: float,
        *,
        log: bool = False,
        digits: int = 4,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._minimum, self._maximum, self._log = minimum, maximum, log
        self._dragging = False  # previews were sent and the release has not come yet
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, self.STEPS)
        self.field = NumberField(value, minimum, maximum, digits)
        self.field.setMaximumWidth(110)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.field)
        self._value = value
        self._set_slider(value)
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(self._slider_released)
        self.field.valueCommitted.connect(self._field_committed)

    def value(self) -> float:
        return self._value

    def setValue(self, value: float) -> None:
        """Show ``value`` on both parts without emitting ``edited``."""
        self._value = float(value)
        self.field.setValue(value)
        self._set_slider(value)

    def setRange(self, minimum: float, maximum: float) -> None:
        """Change the accepted interval (slider ends and typed values) without emitting."""
        self._minimum, self._maximum = minimum, maximum
        self.field.setRange(minimum, maximum)
        self._set_slider(self._value)

    def slider_range(self) -> tuple[float, float]:
        """The values at the slider's two ends."""
        return self._minimum, self._maximum

    def _to_position(self, value: float) -> int:
        lo, hi = self.slider_range()
        v = min(max(value, lo), hi)
        if self._log:
            lo, hi, v = math.log10(lo), math.log10(hi), math.log10(v)
        return round((v - lo) / (hi - lo) * self.STEPS) if hi > lo else 0

    def _from_position(self, position: int) -> float:
        lo, hi = self.slider_range()
        if self._log:
            value = 10 ** (
                math.log10(lo) + (math.log10(hi) - math.log10(lo)) * position / self.STEPS
            )
        else:
            value = lo + (hi - lo) * position / self.STEPS
        return float(f"{value:.4g}")

    def _set_slider(self, value: float) -> None:
        blocked = self.slider.blockSignals(True)
        self.slider.setValue(self._to_position(value))
        self.slider.blockSignals(blocked)

    def _slider_moved(self, position: int) -> None:
        value = self._from_position(position)
        self._value = value
        self.field.setValue(value)
        held = self.slider.isSliderDown()
        self._dragging = held
        self.edited.emit(value, not held)

    def _slider_released(self) -> None:
        if self._dragging:
            self._dragging = False
            self.edited.emit(self._value, True)

    def _field_committed(self, value: float) -> None:
        self._value = value
        self._set_slider(value)
        self.edited.emit(value, True)


class IntegerField(QSpinBox):
    """A spin box for a whole number whose typed text goes through :func:`parse_integer`.

    Typing is never blocked; Enter or leaving the field reads the text, and a refusal shows
    the reason at the field (``last_error``, tooltip, red frame) and keeps the previous value.
    """

    rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.last_error = ""
        self.lineEdit().setMaxLength(200)
        pass_undo_keys(self)
        self._clear_error = QTimer(self, singleShot=True, interval=4000)
        self._clear_error.timeout.connect(self._reset_style)

    def _parse(self, text: str) -> int:
        return parse_integer(text, minimum=self.minimum(), maximum=self.maximum())

    def validate(self, text: str, position: int):
        try:
            self._parse(text)
        except NumberError:
            return QValidator.State.Intermediate, text, position
        return QValidator.State.Acceptable, text, position

    def valueFromText(self, text: str) -> int:
        try:
            return self._parse(text)
        except NumberError:
            return self.value()

    def _check(self) -> None:
        text = self.lineEdit().text()
        try:
            self._parse(text)
        except NumberError as error:
            message = number_error_message(error)
            self.last_error = message
            self.setStyleSheet("QSpinBox { border: 2px solid #D55E00; }")
            self.setToolTip(plain.tooltip(message))
            if self.isVisible():
                QToolTip.showText(
                    self.mapToGlobal(QPoint(0, self.height())), plain.tooltip(message), self
                )
            self._clear_error.start()
            self.lineEdit().setText(self.textFromValue(self.value()))
            self.rejected.emit(message)
        else:
            self._reset_style()

    def _reset_style(self) -> None:
        self.setStyleSheet("")
        self.setToolTip("")

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._check()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self._check()
        super().focusOutEvent(event)
