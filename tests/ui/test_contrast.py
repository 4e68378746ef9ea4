"""Contrast in both themes meets WCAG 2.1 (text 4.5:1; curves, markers, control borders 3:1),
computed from the theme's own colours, and the controls Qt draws show those colours."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QRadioButton

from lossstudio.ui import appearance, style
from lossstudio.ui.contrast import NON_TEXT, TEXT, contrast_ratio, relative_luminance

R = QPalette.ColorRole


@pytest.fixture(autouse=True)
def _back_to_light():
    yield
    appearance.apply("light", appearance.NORMAL_SCALE)


def test_contrast_ratio_matches_wcag_examples():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WCAG's grey
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)
    with pytest.raises(ValueError):
        relative_luminance("#fff")


def _ratios(theme_name: str) -> tuple[list[str], list[str]]:
    """(text pairs under 4.5:1, non-text pairs under 3:1) of the theme as described."""
    appearance.apply(theme_name, 1.0)
    palette = QApplication.palette()
    t = style.theme()

    def c(role):
        return palette.color(role).name()

    text = [
        ("window text", c(R.WindowText), c(R.Window)),
        ("field text", c(R.Text), c(R.Base)),
        ("field text, alternate row", c(R.Text), c(R.AlternateBase)),
        ("button text", c(R.ButtonText), c(R.Button)),
        ("selected text", c(R.HighlightedText), c(R.Highlight)),
        ("placeholder", c(R.PlaceholderText), c(R.Base)),
        ("tooltip", c(R.ToolTipText), c(R.ToolTipBase)),
        ("link", c(R.Link), c(R.Window)),
        ("plot text", t.foreground, t.background),
        ("muted plot text", t.muted, t.background),
        ("muted text on window", t.muted, c(R.Window)),
        ("warning on window", t.warning, c(R.Window)),
        ("warning on field", t.warning, c(R.Base)),
    ]
    non_text = [("control border on window", t.control_border, c(R.Window))]
    non_text += [("control border on field", t.control_border, c(R.Base))]
    non_text += [("checked box on window", c(R.Highlight), c(R.Window))]
    non_text += [("axis on plot", t.foreground, t.background)]
    non_text += [(f"series {i} on plot", s, t.background) for i, s in enumerate(t.series)]
    non_text += [(f"series {i} on window", s, c(R.Window)) for i, s in enumerate(t.series)]
    low_text = [
        f"{n}: {contrast_ratio(a, b):.2f}" for n, a, b in text if contrast_ratio(a, b) < TEXT
    ]
    low = [
        f"{n}: {contrast_ratio(a, b):.2f}"
        for n, a, b in non_text
        if contrast_ratio(a, b) < NON_TEXT
    ]
    return low_text, low


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_theme_colours_meet_wcag(qapp, theme_name):
    low_text, low_non_text = _ratios(theme_name)
    assert not low_text, f"text under 4.5:1 in {theme_name}: {low_text}"
    assert not low_non_text, f"non-text under 3:1 in {theme_name}: {low_non_text}"


def _drawn_contrast(widget, background: str) -> float:
    """The highest contrast of any pixel of the widget's picture against ``background``."""
    widget.resize(widget.sizeHint())
    image = widget.grab().toImage()
    best = 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            best = max(best, contrast_ratio(image.pixelColor(x, y).name(), background))
    return best


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_unchecked_boxes_radios_and_fields_show_their_border(qtbot, theme_name):
    """What Qt paints for an unchecked check box, an unchecked radio button and an empty
    field has a border at least 3:1 against the window (a black square on black fails)."""
    appearance.apply(theme_name, 1.0)
    window = QApplication.palette().color(R.Window).name()
    for widget in (QCheckBox(), QRadioButton(), QLineEdit()):
        qtbot.addWidget(widget)
        widget.setAutoFillBackground(True)
        assert _drawn_contrast(widget, window) >= NON_TEXT, (theme_name, type(widget).__name__)


def test_check_boxes_and_radios_grow_with_the_scale(qtbot):
    sizes = []
    for scale in (1.0, 2.0):
        appearance.apply("light", scale)
        box = QCheckBox("x")
        qtbot.addWidget(box)
        sizes.append(box.style().pixelMetric(box.style().PixelMetric.PM_IndicatorWidth))
        radio = QRadioButton("x")
        qtbot.addWidget(radio)
        sizes.append(
            radio.style().pixelMetric(radio.style().PixelMetric.PM_ExclusiveIndicatorWidth)
        )
    assert sizes[2] >= 1.9 * sizes[0] and sizes[3] >= 1.9 * sizes[1], sizes
