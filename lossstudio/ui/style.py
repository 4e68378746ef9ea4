"""Plot styling shared by every tab: palette, line styles, theme and presentation scale.

Colours are the Okabe-Ito colour-blind-safe palette, and every series also has its own
line style, so curves stay apart on a grayscale projector. The current :class:`Theme`
(light or dark, and a scale for fonts, line widths and markers) is module state owned by
the main window; tabs read it through :func:`theme` whenever they draw, and
:data:`signals` tells them when it changed.
"""

from __future__ import annotations

import html
import weakref
from dataclasses import dataclass

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPen

from lossstudio.ui import ticks
from lossstudio.ui.line_breaks import break_lines

#: Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow (light backgrounds: use last)
)
#: The same hues for the light theme, the four light ones darkened (same hue and saturation,
#: less lightness) to reach 3:1 against white and the window grey (WCAG 2.1 non-text contrast).
LIGHT_PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#C4659A",
    "#B07A00",
    "#1B8DCE",
    "#90870B",
)
#: One line style per series, in the same order as PALETTE, no two alike: Qt's five styles,
#: then two dash patterns of our own (in pen widths: long dashes, long dash and two dots).
DASHES: tuple[Qt.PenStyle, ...] = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
    Qt.PenStyle.CustomDashLine,
    Qt.PenStyle.CustomDashLine,
)
#: The dash patterns of the custom styles above, by series index.
DASH_PATTERNS: dict[int, tuple[float, ...]] = {5: (8.0, 3.0), 6: (8.0, 2.0, 1.0, 2.0, 1.0, 2.0)}
#: Text the room reads (plot titles, axis labels, ticks, legends, texts in plots) is at least
#: this many points before scaling in presentation mode: 28 px at the presentation scale 1.5.
ROOM_MIN_PT = 14.0
#: Marker symbols per series (pyqtgraph names), again in palette order.
SYMBOLS: tuple[str, ...] = ("o", "s", "t", "d", "+", "star", "x")


@dataclass(frozen=True)
class Theme:
    """How plots look now: ``name`` is ``"light"`` or ``"dark"``; ``scale`` multiplies sizes."""

    name: str = "light"
    scale: float = 1.0
    #: presentation mode: text the room reads is at least ROOM_MIN_PT before scaling
    presenting: bool = False

    @property
    def background(self) -> str:
        return "#ffffff" if self.name == "light" else "#111418"

    @property
    def foreground(self) -> str:
        return "#111111" if self.name == "light" else "#f2f2f2"

    @property
    def muted(self) -> str:
        return "#6b6b6b" if self.name == "light" else "#a8a8a8"

    @property
    def accent(self) -> str:
        return PALETTE[1]

    @property
    def series(self) -> tuple[str, ...]:
        """The series colours on this theme's background (each at least 3:1 against it)."""
        return LIGHT_PALETTE if self.name == "light" else PALETTE

    @property
    def warning(self) -> str:
        """Warning text (a bad value, a sum that is not 1): 4.5:1 against window and base."""
        return "#B65000" if self.name == "light" else "#FB6F00"

    @property
    def control_border(self) -> str:
        """Borders of check boxes, radio buttons and fields: 3:1 against window and base."""
        return "#6b6b6b" if self.name == "light" else "#9aa3ad"

    def px(self, size: float) -> float:
        """A size in pixels at the current scale."""
        return size * self.scale

    def room_pt(self, point_size: float) -> float:
        """The point size of text the room reads (in plots): ``point_size`` scaled, and in
        presentation mode never under :data:`ROOM_MIN_PT` before scaling."""
        floor = ROOM_MIN_PT if self.presenting else 0.0
        return max(point_size, floor) * self.scale


class _Signals(QObject):
    changed = Signal()


_theme = Theme()
signals = _Signals()
_styled_plots: weakref.WeakSet = weakref.WeakSet()


def theme() -> Theme:
    """The theme in force."""
    return _theme


def set_theme(new: Theme) -> None:
    """Change the theme, restyle every styled plot and tell the tabs (``signals.changed``)."""
    global _theme
    _theme = new
    pg.setConfigOption("background", new.background)
    pg.setConfigOption("foreground", new.foreground)
    for plot in list(_styled_plots):
        if _alive(plot):
            _apply(plot)
        else:  # its widget was deleted while Python still holds the wrapper (a ref cycle)
            _styled_plots.discard(plot)
    signals.changed.emit()


def _alive(plot: pg.PlotItem) -> bool:
    """Whether the plot and its axes' labels still exist on the C++ side."""
    try:
        return shiboken6.isValid(plot) and all(
            shiboken6.isValid(plot.getAxis(name).label) for name in ("left", "bottom")
        )
    except RuntimeError:
        return False


def color(index: int) -> QColor:
    """The colour of series ``index`` (cycling) on the current theme's background."""
    colours = _theme.series
    return QColor(colours[index % len(colours)])


def series_pen(index: int, width: float = 3.0, *, dashed: bool = True) -> QPen:
    """The pen of series ``index``: palette colour, its own line style, scaled width."""
    pen = pg.mkPen(color(index), width=_theme.px(width))
    if dashed:
        series = index % len(DASHES)
        pen.setStyle(DASHES[series])
        if series in DASH_PATTERNS:
            pen.setDashPattern(list(DASH_PATTERNS[series]))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def pen(color_name: str | QColor | None = None, width: float = 2.0, style=None) -> QPen:
    """A scaled pen; ``None`` colour means the theme's foreground."""
    pen = pg.mkPen(color_name or _theme.foreground, width=_theme.px(width))
    if style is not None:
        pen.setStyle(style)
    return pen


def font(point_size: float = 11.0, *, bold: bool = False) -> QFont:
    """The app font at ``point_size`` times the current scale."""
    font = QFont()
    font.setPointSizeF(point_size * _theme.scale)
    font.setBold(bold)
    return font


def room_font(point_size: float = 11.0, *, bold: bool = False) -> QFont:
    """The font of text the room reads in a plot (a TextItem, a label on a curve): like
    :func:`font`, but at least 28 px at the presentation scale (:meth:`Theme.room_pt`)."""
    font = QFont()
    font.setPointSizeF(_theme.room_pt(point_size))
    font.setBold(bold)
    return font


def style_legend(legend: pg.LegendItem) -> None:
    """Legend text in the theme's foreground at the room's size, on the theme's background;
    also the labels already in it (pyqtgraph's setLabelTextColor only stores the colour, so
    after a theme switch the old text colour stayed: dark text on the dark background)."""
    t = _theme
    size = f"{t.room_pt(11):.1f}pt"
    legend.opts["labelTextColor"] = pg.mkColor(t.foreground)
    legend.opts["labelTextSize"] = size
    backdrop = QColor(t.background)
    backdrop.setAlpha(215)
    legend.setBrush(pg.mkBrush(backdrop))
    legend.setPen(pen(t.muted, 1))
    for _sample, label in legend.items:
        label.setText(label.text, color=t.foreground, size=size)
        # as large as the new text, now: the legend measures its box from its labels' sizes,
        # and a label kept a larger font's size (the desk's legend after presenting)
        label.resize(label.effectiveSizeHint(Qt.SizeHint.PreferredSize))
    legend.updateSize()


def wrap_in_box(text: pg.TextItem, box: pg.ViewBox, share: float = 1.0) -> None:
    """Wrap ``text`` (a text in a plot) at ``share`` of ``box``'s width, now and whenever the
    box is resized: on a narrow plot a long note ran past its edge and under the legend."""

    def fit(*_args) -> None:
        if shiboken6.isValid(text) and shiboken6.isValid(box):
            text.setTextWidth(max(box.width() * share - 8.0, 60.0))

    if not getattr(text, "_lossstudio_wraps", False):
        text._lossstudio_wraps = True
        box.sigResized.connect(fit)
    fit()


def mark_readout(widget, point_size: float = 14.0, *, bold: bool = True) -> None:
    """Make ``widget`` a readout: at least 14 pt before scaling (28 px and more at presentation
    scale) and tagged with the ``readout`` property, which tests and tools look for."""
    widget.setFont(font(max(point_size, 14.0), bold=bold))
    widget.setProperty("readout", True)


def style_plot(plot: pg.PlotItem, x_label: str, y_label: str, title: str | None = None) -> None:
    """Label and style a plot; it follows later theme changes by itself.

    Call it again with new text when the language changes. Tabs call it from ``render``, so
    on drag frames: when neither the text nor the theme changed, it does nothing.
    """
    labels = (x_label, y_label, title)
    unchanged = getattr(plot, "_lossstudio_labels", None) == labels
    if unchanged and plot in _styled_plots and getattr(plot, "_lossstudio_theme", None) == _theme:
        return
    plot._lossstudio_labels = labels
    _styled_plots.add(plot)
    _apply(plot)


def title_size() -> str:
    """The CSS size of a plot title (for titles a tab sets itself with ``setTitle``)."""
    return f"{_theme.room_pt(13):.1f}pt"


def set_title(plot: pg.PlotItem, title: str) -> None:
    """Show ``title`` over ``plot`` in the theme's colour at the room's size, on as many lines
    as the plot's width needs (re-fitted when the plot is resized), in a title row as tall as
    the text (pyqtgraph fixes that row at 30 px, which cut a presentation-size title)."""
    plot._lossstudio_title = title
    label = plot.titleLabel
    if not getattr(label, "_lossstudio_no_min_width", False):
        # pyqtgraph makes a label's text width its minimum width: a long title held the plot
        # wider than its view (cut on the right). The title wraps instead (_fit_title).
        label._lossstudio_no_min_width = True
        label.updateMin = lambda label=label: _title_minimum(label)
    _follow_size(plot)
    _fit_title(plot)


def _title_minimum(label: pg.LabelItem) -> None:
    """A title's minimum: as tall as its text, no width of its own."""
    height = label.itemRect().height()
    label.setMinimumWidth(0)
    label.setMinimumHeight(height)
    size = Qt.SizeHint
    label._sizeHint = {
        size.MinimumSize: (0, height),
        size.PreferredSize: (0, height),
        size.MaximumSize: (-1, -1),
        size.MinimumDescent: (0, 0),
    }
    label.updateGeometry()


def _follow_size(plot: pg.PlotItem) -> None:
    """Re-fit the title and axis labels whenever the plot is resized (connected once)."""
    if not getattr(plot, "_lossstudio_follows", False):
        plot._lossstudio_follows = True
        plot.geometryChanged.connect(lambda plot=plot: _fit_texts(plot))
        plot.vb.sigResized.connect(lambda _box, plot=plot: _fit_texts(plot))  # axes widened


def _fit_texts(plot: pg.PlotItem) -> None:
    """Re-fit once the resizing is over (a view's resize and its plot item's follow each
    other): the texts then depend on the final width only, whatever the order of events."""
    if not getattr(plot, "_lossstudio_fit_pending", False):
        plot._lossstudio_fit_pending = True
        QTimer.singleShot(0, lambda plot=plot: _refit(plot))


def _refit(plot: pg.PlotItem) -> None:
    if not shiboken6.isValid(plot):
        return
    plot._lossstudio_fit_pending = False
    if getattr(plot, "_lossstudio_title", None) is not None:
        _fit_title(plot)
    if getattr(plot, "_lossstudio_labels", None) is not None:
        _fit_axis_labels(plot)


def _room(plot: pg.PlotItem) -> float:
    """The width a title has over the plot: the view box's column (the title row spans it)."""
    return plot.vb.width()


def _fit_axis_labels(plot: pg.PlotItem) -> None:
    """Axis labels longer than their axis on two or more lines (pyqtgraph cuts them)."""
    x_label, y_label, _title = plot._lossstudio_labels
    lengths = (round(plot.getAxis("bottom").width()), round(plot.getAxis("left").height()))
    key = (x_label, y_label, lengths, _theme)
    if getattr(plot, "_lossstudio_axes_key", None) == key:
        return
    plot._lossstudio_axes_key = key
    for name, text in (("bottom", x_label), ("left", y_label)):
        axis = plot.getAxis(name)
        length = axis.height() if name == "left" else axis.width()
        if not text or length <= 0:
            continue
        style_css = axis.labelStyle
        item = axis.label

        def width(line, axis=axis, item=item, css=style_css):
            axis.setLabel(html.escape(line), siPrefixEnableRanges=(), **css)
            return item.boundingRect().width()

        lines = [text] if width(text) <= length else break_lines(text, length - 4, width)
        shown = text if len(lines) == 1 else "<br>".join(html.escape(line) for line in lines)
        axis.setLabel(shown, siPrefixEnableRanges=(), **style_css)
        axis.enableAutoSIPrefix(False)


def _fit_title(plot: pg.PlotItem) -> None:
    if not shiboken6.isValid(plot):
        return
    title = plot._lossstudio_title
    width = _room(plot)
    key = (title, round(width), _theme)
    if getattr(plot, "_lossstudio_title_key", None) == key:
        return
    plot._lossstudio_title_key = key
    label = plot.titleLabel
    if not title:
        plot.setTitle(None)
        return

    def measure(line):
        label.setText(html.escape(line), color=_theme.foreground, size=title_size())
        return label.item.boundingRect().width()

    lines = break_lines(title, max(width - 8.0, 40.0), measure)
    text = title if len(lines) == 1 else "<br>".join(html.escape(line) for line in lines)
    label.setText(text, color=_theme.foreground, size=title_size())
    label.setVisible(True)
    height = label.item.boundingRect().height()
    label.setMaximumHeight(height)
    plot.layout.setRowFixedHeight(0, height)
    plot.layout.activate()  # at once: a posted relayout left a frame with the new lines cut


def _apply(plot: pg.PlotItem) -> None:
    x_label, y_label, title = plot._lossstudio_labels
    t = _theme
    plot._lossstudio_theme = t
    size = f"{t.room_pt(12):.1f}pt"
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(pen(t.foreground, 1))
        axis.setTextPen(pen(t.foreground, 1))
        axis.setStyle(tickFont=room_font(10), tickTextOffset=int(t.px(4)))
        ticks.let_labels_reach(axis, room_font(10))
    # AxisItem turns keywords into CSS for the label's <span>: "font-size", not "size"
    label_style = {"color": t.foreground, "font-size": size}
    plot.setLabel("bottom", x_label, **label_style)
    plot.setLabel("left", y_label, **label_style)
    # Ticks show the numbers themselves. For a unitless label pyqtgraph 0.14 rescales a range
    # inside (0, 1) to "100-500" with an "m" prefix it never shows, and enableAutoSIPrefix(False)
    # recomputes that scale anyway; setLabel resets the ranges, so this comes after it.
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setSIPrefixEnableRanges(())
        axis.enableAutoSIPrefix(False)
    if title is not None:
        set_title(plot, title)
    plot.showGrid(x=True, y=True, alpha=0.25)
    if plot.legend is not None:
        style_legend(plot.legend)
    plot._lossstudio_axes_key = None
    _follow_size(plot)
    _fit_axis_labels(plot)
    view = plot.getViewBox()
    if view is not None and plot.scene() is not None:
        for widget in plot.scene().views():
            widget.setBackground(t.background)
