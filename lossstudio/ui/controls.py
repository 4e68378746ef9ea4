"""Qt's own controls at the app's scale and contrast: a proxy over the Fusion style.

Fusion draws check boxes, radio buttons and slider handles at a fixed pixel size whatever the
font, and in a dark palette its unchecked check box is a black square on black. This style
scales their metrics with the presentation scale and draws check boxes, radio buttons and
field frames itself, with a border in the theme's ``control_border`` colour (at least 3:1
against the window and the fields' base, WCAG 2.1 non-text contrast; ``tests/ui/test_contrast.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QProxyStyle, QStyle, QStyleFactory

from lossstudio.ui import style

PM = QStyle.PixelMetric
#: Metrics that grow with the scale (check boxes, radio buttons, slider handles and grooves).
SCALED_METRICS = (
    PM.PM_IndicatorWidth,
    PM.PM_IndicatorHeight,
    PM.PM_ExclusiveIndicatorWidth,
    PM.PM_ExclusiveIndicatorHeight,
    PM.PM_SliderThickness,
    PM.PM_SliderLength,
    PM.PM_SliderControlThickness,
    PM.PM_ScrollBarExtent,
    PM.PM_CheckBoxLabelSpacing,
    PM.PM_RadioButtonLabelSpacing,
)
#: At scale 1 a check box or radio button is this tall (Fusion's own is 14 px).
INDICATOR_PX = 16


class ScaledStyle(QProxyStyle):
    """Fusion, with controls that scale with the text and keep their borders visible."""

    def __init__(self):
        super().__init__(QStyleFactory.create("Fusion"))
        self.scale = 1.0

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric in (
            PM.PM_IndicatorWidth,
            PM.PM_IndicatorHeight,
            PM.PM_ExclusiveIndicatorWidth,
            PM.PM_ExclusiveIndicatorHeight,
        ):
            return round(INDICATOR_PX * self.scale)
        base = super().pixelMetric(metric, option, widget)
        if metric in SCALED_METRICS:
            return round(base * self.scale)
        return base

    def sizeFromContents(self, contents, option, size, widget=None):
        """A menu item as wide as it is drawn: its text starts after a check column that grows
        with the scaled indicator, but Fusion's size for it does not, so the text of an item
        without a shortcut was elided ("浅色（高对…）" in presentation mode)."""
        hint = super().sizeFromContents(contents, option, size, widget)
        if contents == QStyle.ContentsType.CT_MenuItem:
            fusion = self.baseStyle().pixelMetric(PM.PM_IndicatorWidth, option, widget)
            grown = self.pixelMetric(PM.PM_IndicatorWidth, option, widget) - fusion
            hint.setWidth(hint.width() + max(0, grown))
        return hint

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        PE = QStyle.PrimitiveElement
        if element == PE.PE_IndicatorCheckBox:
            self._check_box(option, painter)
        elif element == PE.PE_IndicatorRadioButton:
            self._radio_button(option, painter)
        elif element == PE.PE_FrameLineEdit:
            self._field_frame(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)

    # --- drawing ----------------------------------------------------------------------------------
    def _colours(self, option) -> tuple[QColor, QColor, QColor, QColor]:
        """(fill, border, mark fill, mark) for the option's state."""
        palette = option.palette
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        fill = palette.color(group, QPalette.ColorRole.Base)
        border = (
            QColor(style.theme().control_border)
            if enabled
            else palette.color(group, QPalette.ColorRole.Text)
        )
        accent = palette.color(group, QPalette.ColorRole.Highlight)
        mark = palette.color(group, QPalette.ColorRole.HighlightedText)
        if not enabled:
            accent = palette.color(group, QPalette.ColorRole.Text)
        return fill, border, accent, mark

    def _box(self, option) -> QRectF:
        side = min(option.rect.width(), option.rect.height())
        rect = QRectF(0, 0, side, side)
        rect.moveCenter(QRectF(option.rect).center())
        width = max(1.0, 1.5 * self.scale)
        return rect.adjusted(width / 2, width / 2, -width / 2, -width / 2), width

    def _check_box(self, option, painter: QPainter) -> None:
        fill, border, accent, mark = self._colours(option)
        rect, width = self._box(option)
        on = bool(option.state & QStyle.StateFlag.State_On)
        partly = bool(option.state & QStyle.StateFlag.State_NoChange)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(accent if on or partly else border, width))
        painter.setBrush(accent if on or partly else fill)
        radius = rect.width() * 0.15
        painter.drawRoundedRect(rect, radius, radius)
        if on or partly:
            pen = QPen(mark, max(1.5, rect.width() * 0.14))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            x, y, s = rect.x(), rect.y(), rect.width()
            if partly:
                painter.drawLine(
                    QPointF(x + 0.25 * s, y + 0.5 * s), QPointF(x + 0.75 * s, y + 0.5 * s)
                )
            else:
                tick = QPainterPath(QPointF(x + 0.22 * s, y + 0.52 * s))
                tick.lineTo(x + 0.42 * s, y + 0.72 * s)
                tick.lineTo(x + 0.78 * s, y + 0.3 * s)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(tick)
        painter.restore()

    def _radio_button(self, option, painter: QPainter) -> None:
        fill, border, accent, _mark = self._colours(option)
        rect, width = self._box(option)
        on = bool(option.state & QStyle.StateFlag.State_On)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(accent if on else border, width))
        painter.setBrush(fill)
        painter.drawEllipse(rect)
        if on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            inset = rect.width() * 0.25
            painter.drawEllipse(rect.adjusted(inset, inset, -inset, -inset))
        painter.restore()

    def _field_frame(self, option, painter: QPainter) -> None:
        _fill, border, accent, _mark = self._colours(option)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        width = max(1.0, (2.0 if focused else 1.0) * self.scale)
        rect = QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(accent if focused else border, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 2.0, 2.0)
        painter.restore()


class ComboSizes(QObject):
    """Makes a QComboBox measure itself again when its font changes.

    Qt's combo box forgets its cached minimum size on a style change but not on a font change
    (``QComboBox::changeEvent`` resets only its size hint there). A scale change sets both, and
    a panel's font reaches its combo boxes after the new style, through the tab's restyle: a
    combo measured in between kept the other scale's height, so after F5 and Esc the Descent
    and Regression panels' rows were 7 px taller than before. On each font change this sends
    the combo the style change that makes it forget (it has no other way).
    """

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QComboBox):
            QCoreApplication.sendEvent(watched, QEvent(QEvent.Type.StyleChange))
        return False


_combo_sizes: ComboSizes | None = None


def watch_combo_sizes(widgets) -> None:
    """Let every QComboBox among ``widgets`` measure itself again on a font change."""
    global _combo_sizes
    if _combo_sizes is None:
        _combo_sizes = ComboSizes()
    for widget in widgets:
        if isinstance(widget, QComboBox) and not widget.property("lossstudio_combo_sizes"):
            widget.installEventFilter(_combo_sizes)
            widget.setProperty("lossstudio_combo_sizes", True)
