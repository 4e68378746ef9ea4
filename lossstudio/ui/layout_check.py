"""Checks of what a hall sees, for ``tools/screens.py`` and the tests: every tab and inner page
shown in turn, text the room reads measured in pixels, clipped and overlapping widgets, a
minimum size above the screen.

All sizes are logical pixels (at device pixel ratio 2 each is two physical pixels).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pyqtgraph as pg
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from lossstudio.ui import text_fit

#: Text the room reads is at least this tall at presentation scale on a 1080-line screen.
ROOM_PX = 28
#: A plot narrower or lower than this (logical px) is not a usable plot.
PLOT_MIN = (160, 120)


def settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def inner_tabs(page: QWidget) -> list[QTabWidget]:
    return [w for w in page.findChildren(QTabWidget) if w.count() > 1]


def every_page(window, keys=None) -> Iterator[str]:
    """Show each tab and, inside it, each page of its inner tab widgets in turn; yield a name
    (``"regression"``, ``"regression/3-D surface"``) with that page on screen."""
    from lossstudio.ui.tabs import KEYS

    for key in keys or KEYS:
        window.show_tab(key)
        settle()
        yield key
        page = window.pages[key]
        for tabs in inner_tabs(page):
            first = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == first:
                    continue
                tabs.setCurrentIndex(index)
                settle()
                yield f"{key}/{index}"
            tabs.setCurrentIndex(first)
            settle()


# --- text the room reads ---------------------------------------------------------------------
def _css_px(size: str | None, default_pt: float = 9.0) -> float:
    """Pixels of a CSS size such as ``"21pt"`` or ``"28px"`` (as pyqtgraph's labels take)."""
    match = re.match(r"\s*([\d.]+)\s*(pt|px)?", size or "")
    if not match:
        return default_pt * 96 / 72
    value = float(match.group(1))
    return value if match.group(2) == "px" else value * 96 / 72


def room_texts(view: pg.GraphicsView) -> list[tuple[str, float]]:
    """(what, pixel size) of every visible text of a plot: ticks, axis labels, titles,
    legend entries, text items."""
    found = []
    name = view.objectName() or type(view).__name__
    for item in view.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, pg.AxisItem):
            if item.style.get("showValues", True) and item.height() > 0 and item.width() > 0:
                font = item.style.get("tickFont") or item.font()
                found.append((f"{name} ticks ({item.orientation})", QFontInfo(font).pixelSize()))
            if item.label.isVisible() and item.labelText:
                size = item.labelStyle.get("font-size")
                found.append((f"{name} axis label {item.labelText!r}", _css_px(size)))
        elif isinstance(item, pg.LabelItem) and item.text:
            found.append((f"{name} label {item.text[:30]!r}", _css_px(item.opts.get("size"))))
        elif isinstance(item, pg.TextItem) and item.toPlainText().strip():
            text = item.toPlainText()[:30]
            found.append((f"{name} text {text!r}", QFontInfo(item.textItem.font()).pixelSize()))
    return found


def small_room_texts(window, minimum: float = ROOM_PX) -> list[str]:
    """Every plot text under ``minimum`` px on any page."""
    small = []
    for page in every_page(window):
        for view in window.findChildren(pg.GraphicsView):
            if view.isVisible():
                for what, px in room_texts(view):
                    if px < minimum - 0.5:
                        small.append(f"{page}: {what} {px:.0f} px")
    return sorted(set(small))


# --- clipping, overlap, size -------------------------------------------------------------------
def _visible_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` (in window coordinates) that its ancestors leave on screen."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
        rect = rect.intersected(area)
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    name = widget.objectName()
    text = ""
    if hasattr(widget, "text") and callable(widget.text):
        try:
            text = str(widget.text())[:40]
        except TypeError:
            text = ""
    return f"{type(widget).__name__} {name or ''} {text!r}".replace("  ", " ")


def layout_problems(window, screen: tuple[int, int]) -> list[str]:
    """What is wrong with the window as shown now on a ``screen`` (width, height): a window or
    minimum size above the screen, widgets cut off by their ancestors (outside scroll areas),
    texts that do not fit, overlapping siblings and plots too small to use."""
    problems = []
    hint = window.minimumSizeHint()
    minimum = window.minimumSize().expandedTo(hint)
    if minimum.width() > screen[0] or minimum.height() > screen[1]:
        problems.append(f"minimum size {minimum.width()}x{minimum.height()} above the screen")
    if window.width() > screen[0] or window.height() > screen[1]:
        problems.append(f"window {window.width()}x{window.height()} above the screen")
    central = window.centralWidget()
    for widget in [central, *central.findChildren(QWidget)]:
        stacked = isinstance(widget.parentWidget(), QStackedWidget)
        if widget.isVisible() and not widget.size().isEmpty() and not stacked:
            problems += _widget_problems(widget)
    return problems + drawer_problems(window)


def _window_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def drawer_problems(window) -> list[str]:
    """An open drawer (presentation mode) that leaves the window or covers a readout the room
    reads (a widget with the ``readout`` property); a folded panel is no problem: its controls
    are one key (F9) or click (the handle) away, and scroll in the open drawer."""
    from lossstudio.ui.drawer import DrawerSheet

    out = []
    for sheet in window.findChildren(DrawerSheet):
        if not sheet.isVisible():
            continue
        area = _window_rect(sheet)
        if not window.rect().contains(area):
            out.append(f"open drawer {sheet.objectName()} leaves the window")
        for widget in window.findChildren(QWidget):
            readout = widget.property("readout") and widget.isVisible()
            if not readout or sheet.isAncestorOf(widget) or _may_be_covered(widget):
                continue
            if _window_rect(widget).intersects(area):
                out.append(f"open drawer {sheet.objectName()} covers {_describe(widget)}")
    return out


#: A widget with this property set to True repeats readouts shown elsewhere on the page (the
#: Descent race board's J, which the header above also shows): an open drawer may cover it.
MAY_BE_COVERED = "lossstudio_may_be_covered"


def _may_be_covered(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property(MAY_BE_COVERED):
            return True
        widget = widget.parentWidget()
    return False


def _scroll_cut(widget: QWidget) -> list[str]:
    """A scroll area without a horizontal scroll bar whose content is wider than its view."""
    if not isinstance(widget, QScrollArea) or widget.widget() is None:
        return []
    off = widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    content, view = widget.widget().width(), widget.viewport().width()
    if off and content > view + 1:
        return [f"cut off: {_describe(widget.widget())} is {content} px wide in a {view} px view"]
    return []


def _plot_problems(view: pg.GraphicsView) -> list[str]:
    """A plot too small to use, a title wider than its plot, an axis label longer than its
    axis (pyqtgraph cuts both)."""
    name = view.objectName() or type(view).__name__
    out = []
    if view.width() < PLOT_MIN[0] or view.height() < PLOT_MIN[1]:
        out.append(f"plot too small: {name} {view.width()}x{view.height()}")
    for item in view.scene().items():
        if isinstance(item, pg.PlotItem) and item.isVisible():
            right = item.mapRectToScene(item.boundingRect()).right()
            if right > view.viewport().width() + 1:
                out.append(f"plot cut: {name} is {right:.0f} px wide in a {view.width()} px view")
            title = item.titleLabel
            if title.isVisible() and title.text:
                needed = title.item.boundingRect()
                if needed.width() > title.width() + 1 or needed.height() > title.height() + 1:
                    out.append(f"title cut: {name} {title.text[:40]!r}")
        elif isinstance(item, pg.TextItem) and item.isVisible() and item.toPlainText().strip():
            box = next((p for p in _ancestors(item) if isinstance(p, pg.ViewBox)), None)
            width = item.textItem.boundingRect().width()
            if box is not None and width > box.width() + 1:
                text = item.toPlainText()[:40]
                out.append(
                    f"text wider than its plot: {name} {text!r} ({width:.0f} > {box.width():.0f})"
                )
        elif isinstance(item, pg.AxisItem) and item.isVisible() and item.label.isVisible():
            length = item.height() if item.orientation in ("left", "right") else item.width()
            needed = item.label.boundingRect().width()
            if item.labelText and needed > length + 1:
                out.append(
                    f"axis label cut: {name} {item.labelText[:40]!r} ({needed:.0f} > {length:.0f})"
                )
    return out


def _ancestors(item):
    parent = item.parentItem()
    while parent is not None:
        yield parent
        parent = parent.parentItem()


def _widget_problems(widget: QWidget) -> list[str]:
    shown = _visible_rect(widget)
    cut = shown.width() < widget.width() - 2 or shown.height() < widget.height() - 2
    if cut and not _in_scroll_area(widget):
        size = f"{shown.width()}x{shown.height()} of {widget.width()}x{widget.height()}"
        return [f"cut off: {_describe(widget)} shows {size}"]
    problems = _scroll_cut(widget)
    why = text_fit.text_clipped(widget)
    if why:
        problems.append(f"clipped: {_describe(widget)}: {why}")
    if isinstance(widget, QTableWidget):
        problems += [
            f"clipped: {widget.objectName()} {cell}" for cell in text_fit.cells_clipped(widget)
        ]
    if isinstance(widget, pg.GraphicsView):
        problems += _plot_problems(widget)
    return problems + _overlaps(widget)


def _overlaps(parent: QWidget) -> list[str]:
    """Visible child widgets of ``parent`` laid out by its layout that overlap one another."""
    layout = parent.layout()
    if layout is None or isinstance(parent, (QStackedWidget, QSplitter)):
        return []
    children = [
        w
        for w in parent.findChildren(QWidget, options=_direct())
        if (w.isVisible() and not w.isWindow() and layout.indexOf(w) >= 0) or _in_nested(layout, w)
    ]
    children = [w for w in children if w.isVisible()]
    out = []
    for i, first in enumerate(children):
        for second in children[i + 1 :]:
            overlap = first.geometry().intersected(second.geometry())
            if overlap.width() > 2 and overlap.height() > 2:
                out.append(f"overlap: {_describe(first)} and {_describe(second)}")
    return out


def _direct():
    return Qt.FindChildOption.FindDirectChildrenOnly


def _in_nested(layout, widget) -> bool:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return True
        if item.layout() is not None and _in_nested(item.layout(), widget):
            return True
    return False


# --- menus ---------------------------------------------------------------------------------------
def cut_menu_items(window) -> list[str]:
    """Menu items whose text the style elides ("浅色（高对…）"): each menu of the menu bar is
    popped up and grabbed as it is and again 200 px wider; an item drawn whole looks the same in
    both (left of the arrow column), an elided one does not."""
    found = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        menu = menus.pop(0)
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
        found += _cut_items(menu)
    return found


def _cut_items(menu) -> list[str]:
    from PySide6.QtCore import QPoint

    def grabbed(extra: int):
        menu.setMinimumWidth(menu.sizeHint().width() + extra if extra else 0)
        menu.popup(QPoint(0, 0))
        menu.adjustSize()
        settle(2)
        image = menu.grab().toImage()
        rects = {action: menu.actionGeometry(action) for action in menu.actions()}
        menu.hide()
        return image, rects

    (narrow, rects), (wide, _) = grabbed(0), grabbed(200)
    menu.setMinimumWidth(0)
    ratio = narrow.devicePixelRatio()
    found = []
    # the text's part: left of the shortcut column and the submenu arrow (they move right)
    shortcuts = max(
        (menu.fontMetrics().horizontalAdvance(a.shortcut().toString()) for a in menu.actions()),
        default=0,
    )
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible() or not action.text():
            continue
        rect = rects[action]
        rect.setRight(rect.right() - shortcuts - rect.height())
        device = QRect(
            *(round(v * ratio) for v in (rect.x(), rect.y(), rect.width(), rect.height()))
        )
        if narrow.copy(device) != wide.copy(device):
            found.append(f"menu item cut: {menu.title()!r} > {action.text()!r}")
    return found
