"""Themes and scale for the whole app: widget palette, application font and plot style.

One scale multiplies fonts, line widths and markers everywhere: the application font for
widgets, and :func:`lossstudio.ui.style.theme` for plots (tabs re-render on
``style.signals.changed``). Two themes: a high-contrast light one and a dark one.
"""

from __future__ import annotations

import itertools

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QComboBox

from lossstudio.ui import style
from lossstudio.ui.controls import ScaledStyle, watch_combo_sizes

THEMES: tuple[str, ...] = ("light", "dark")
#: The scales Ctrl+= and Ctrl+- step through.
SCALES: tuple[float, ...] = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0)
NORMAL_SCALE = 1.0
PRESENTATION_SCALE = 1.5
#: The presentation scale is PRESENTATION_SCALE on a screen this many logical pixels high, in
#: proportion on others (1.0 on 720 lines): the room sees the same picture on any projector.
PRESENTATION_LINES = 1080
#: The window's size when it first opens, if the screen has room for it.
DEFAULT_SIZE = (1440, 900)
_base_point_size: float | None = None
_style: ScaledStyle | None = None


def _palette(theme: str) -> QPalette:
    palette = QPalette()
    if theme == "dark":
        colours = {
            QPalette.ColorRole.Window: "#1b1f24",
            QPalette.ColorRole.WindowText: "#f2f2f2",
            QPalette.ColorRole.Base: "#111418",
            QPalette.ColorRole.AlternateBase: "#22272e",
            QPalette.ColorRole.Text: "#f2f2f2",
            QPalette.ColorRole.Button: "#2a3038",
            QPalette.ColorRole.ButtonText: "#f2f2f2",
            QPalette.ColorRole.ToolTipBase: "#f2f2f2",
            QPalette.ColorRole.ToolTipText: "#111111",
            QPalette.ColorRole.Highlight: "#56B4E9",
            QPalette.ColorRole.HighlightedText: "#000000",
            QPalette.ColorRole.Link: "#56B4E9",
            QPalette.ColorRole.PlaceholderText: "#a8a8a8",
        }
    else:
        colours = {
            QPalette.ColorRole.Window: "#f4f4f4",
            QPalette.ColorRole.WindowText: "#000000",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#eef3f8",
            QPalette.ColorRole.Text: "#000000",
            QPalette.ColorRole.Button: "#e8e8e8",
            QPalette.ColorRole.ButtonText: "#000000",
            QPalette.ColorRole.ToolTipBase: "#ffffdc",
            QPalette.ColorRole.ToolTipText: "#000000",
            QPalette.ColorRole.Highlight: "#0072B2",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.Link: "#0072B2",
            QPalette.ColorRole.PlaceholderText: "#5a5a5a",
        }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7a7a7a")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply(theme: str, scale: float, presenting: bool = False) -> None:
    """Make ``theme`` and ``scale`` the app's look: widgets, fonts, controls and plots;
    ``presenting``: text the room reads is at least 28 px at the presentation scale."""
    global _base_point_size, _style
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    scale = min(max(float(scale), SCALES[0]), SCALES[-1])
    app = QApplication.instance()
    if _base_point_size is None:
        size = app.font().pointSizeF()
        _base_point_size = size if size > 0 else 10.0
    # before the fonts change (controls.ComboSizes); the windows' own children, not
    # allWidgets(), which also lists widgets a deleted window is still taking down
    for window in app.topLevelWidgets():
        watch_combo_sizes(window.findChildren(QComboBox))
    if _style is None or _style.scale != scale:
        _style = ScaledStyle()  # a new style instance: Qt re-polishes and re-lays out every widget
        _style.scale = scale
        app.setStyle(_style)
    app.setPalette(_palette(theme))
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size * scale)
    app.setFont(font)
    style.set_theme(style.Theme(theme, scale, bool(presenting)))


def screen_factor(screen) -> float:
    """How much larger than a 1080-line screen ``screen`` (a QScreen, or None) is, in logical
    pixels: 1 on 1920x1080 and on 3840x2160 at device pixel ratio 2, 2/3 on 1280x720."""
    if screen is None:
        return 1.0
    return max(screen.geometry().height(), 1) / PRESENTATION_LINES


def presentation_factor(lines: int) -> float:
    """The presentation scale over PRESENTATION_SCALE on a screen ``lines`` logical pixels
    high: in proportion above 1080 lines, and 1 below: the presentation layout (panels in
    drawers, no menu bar) leaves a 720- or 768-line projector room for the same text size as
    a 1080-line one, as far as :func:`largest_presenting_scale` says it fits."""
    return max(lines / PRESENTATION_LINES, 1.0)


#: The presentation layout's least window size (logical px, the widest and the tallest page in
#: English or Chinese, panels folded) at a few scales, measured with a little to spare; between
#: them it grows linearly. ``tools/screens.py --modes present --scales all`` checks it.
PRESENTING_LEAST = (
    (0.8, (720, 380)),
    (1.0, (900, 450)),
    (1.15, (1040, 490)),
    (1.3, (1150, 530)),
    (1.5, (1265, 600)),
    (2.0, (1610, 830)),
    (3.0, (2365, 1250)),
)


def presenting_least(scale: float) -> tuple[float, float]:
    """The presentation layout's least window size at ``scale`` (linear between the
    measured scales of PRESENTING_LEAST)."""
    points = PRESENTING_LEAST
    for (low, low_size), (high, high_size) in itertools.pairwise(points):
        if scale <= high or high == points[-1][0]:
            t = (scale - low) / (high - low)
            return tuple(a + (b - a) * t for a, b in zip(low_size, high_size, strict=True))
    return points[-1][1]


#: The lesson bar above the tabs (a title and up to three caption lines) in logical pixels per
#: unit of scale (181 px at 1.5 with two lines), which a running lesson takes from the tab.
LESSON_BAR_LINES = 125


def largest_presenting_scale(available: tuple[int, int], lesson: bool = False) -> float:
    """The largest scale whose presentation layout fits a screen of this size (the whole
    screen: full screen, no menu bar): 1.5 on 1280x720, 1.13 on 1024x768; ``lesson``: with the
    lesson bar above the tabs (1.33 on 1280x720)."""
    best = SCALES[0]
    steps = round((SCALES[-1] - SCALES[0]) / 0.01)
    for step in range(steps + 1):
        scale = round(SCALES[0] + step * 0.01, 2)
        width, height = presenting_least(scale)
        height += LESSON_BAR_LINES * scale if lesson else 0
        if width <= available[0] and height <= available[1]:
            best = scale
    return best


def default_size(available: tuple[int, int]) -> tuple[int, int]:
    """The window's first size on a screen whose available area is ``available``: 1440x900,
    or less where the screen is smaller (room left for the window frame)."""
    width = min(DEFAULT_SIZE[0], round(available[0] * 0.96))
    height = min(DEFAULT_SIZE[1], round(available[1] * 0.92))
    return width, height


#: The largest scale offered is LARGEST_SCALE on a 1920x1080 screen and in proportion on others
#: (each page's minimum size grows about linearly with the scale: 1,700 x 860 px at 2.0), so
#: every page fits every offered scale; ``tools/screens.py --scales all`` checks that.
LARGEST_SCALE = 2.0
LARGEST_ON = (1920, 1080)


def largest_scale(available: tuple[int, int]) -> float:
    """The largest scale offered on a screen with this free area (width, height): 2.0 on
    1920x1080, 1.33 on 1280x720, 1.07 on 1024x768 (never under the smallest scale)."""
    fits = min(room / size for room, size in zip(available, LARGEST_ON, strict=True))
    return max(LARGEST_SCALE * fits, SCALES[0])


def offered_scales(available: tuple[int, int]) -> tuple[float, ...]:
    """The scales Ctrl+= and Ctrl+- step through on a screen with this free area."""
    largest = largest_scale(available)
    return tuple(s for s in SCALES if s <= largest + 1e-9) or (SCALES[0],)


def step_scale(scale: float, direction: int) -> float:
    """The next scale up (``direction`` 1) or down (-1) from ``scale``."""
    if direction > 0:
        return next((s for s in SCALES if s > scale + 1e-9), SCALES[-1])
    return next((s for s in reversed(SCALES) if s < scale - 1e-9), SCALES[0])
