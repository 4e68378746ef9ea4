"""F5 then Esc gives the desk back as it was: every widget in its layout at its place, the
splitters where the person left them (a tester saw the Regression panel's best fit above J
after Esc, and the Classification splitter moved)."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
import shiboken6
from PySide6.QtWidgets import QLayout, QSplitter

from lossstudio.ui import appearance, i18n, layout_check
from lossstudio.ui.tabs import KEYS


@pytest.fixture(autouse=True)
def _back_to_defaults():
    yield
    i18n.set_language("en")
    appearance.apply("light", appearance.NORMAL_SCALE)


def _name(widget) -> str:
    address = shiboken6.getCppPointer(widget)[0]
    return widget.objectName() or f"{type(widget).__name__}@{address:x}"


def arrangement(tab) -> dict:
    """Each layout's widgets in order, and each splitter's sizes."""
    layouts = {}
    for layout in tab.findChildren(QLayout):
        items = [layout.itemAt(i) for i in range(layout.count())]
        order = [_name(item.widget()) for item in items if item.widget() is not None]
        if order:
            layouts[shiboken6.getCppPointer(layout)[0]] = order
    splitters = {_name(s): s.sizes() for s in tab.findChildren(QSplitter)}
    legends = {  # a legend's box (it kept the presentation font's size at the desk)
        _name(view): tuple(round(v, 1) for v in view.getPlotItem().legend.geometry().getRect())
        for view in tab.findChildren(pg.PlotWidget)
        if view.getPlotItem().legend is not None
    }
    window = tab.window().size().toTuple()
    return {"layouts": layouts, "splitters": splitters, "legends": legends, "window": window}


@pytest.mark.parametrize("key", KEYS)
def test_f5_then_esc_puts_every_widget_back(window, key):
    window.resize(1024, 700)
    window.show()
    window.show_tab(key)
    layout_check.settle(10)  # the tab's first layout may still grow the window
    tab = window.pages[key]
    desk = arrangement(tab)
    window.set_presenting(True)
    layout_check.settle()
    window.set_presenting(False)
    layout_check.settle()
    back = arrangement(tab)
    moved = {
        key: (order, back["layouts"].get(key))
        for key, order in desk["layouts"].items()
        if back["layouts"].get(key) != order
    }
    assert not moved
    assert back["window"] == desk["window"]
    assert back["legends"] == desk["legends"]
    assert back["splitters"] == desk["splitters"]


def _pixels(label) -> int:
    from PySide6.QtGui import QFontInfo

    return QFontInfo(label.font()).pixelSize()


def _sizes_at_desk_presenting_and_back(window, key: str, label_of) -> tuple[int, int, int]:
    """The pixel size of ``label_of(tab)``'s font at the desk, presenting on a 1280x720 screen
    and back at the desk."""
    window.resize(1024, 700)
    window.show()
    window.show_tab(key)
    layout_check.settle()
    label = label_of(window.pages[key])
    desk = _pixels(label)
    window.screen_lines, window.screen_size = 720, (1280, 720)
    window.set_presenting(True, full_screen=False)
    window.resize(1280, 720)
    layout_check.settle()
    presenting = _pixels(label)
    window.set_presenting(False, full_screen=False)
    window.screen_lines = window.screen_size = None
    layout_check.settle()
    return desk, presenting, _pixels(label)


def test_the_best_fit_line_above_the_plot_is_read_from_the_back_row(window):
    """Presenting at 1280x720 the best fit's line and J moved above the plot kept the desk's
    9-point font: 12 px high. Now at least 20 px there, and the desk's own size back after."""
    desk, presenting, back = _sizes_at_desk_presenting_and_back(
        window, "regression", lambda tab: tab.panel.best_loss
    )
    assert presenting >= 20
    assert back == desk


def test_the_terms_of_j_on_classification_are_read_from_the_back_row(window):
    """Presenting at 1280x720, "J = 0.51 + 0.36 + 1.20 + 0.51" under the 40 px J had the body
    text's 20 px font (its digits 12 px high): now at least 24 px, and the desk's own after."""
    desk, presenting, back = _sizes_at_desk_presenting_and_back(
        window, "classification", lambda tab: tab.students.terms
    )
    assert window.pages["classification"].students.terms.text().startswith("J = 0.51 + 0.36")
    assert presenting >= 24, presenting
    assert back == desk
