"""Table 3-2's page scrolls (its left column is tall): the bars H(p) + KL and H(p, q) they
compare stretched to the column's height, and the H(p, q) bar was below the fold at 1280x720
and cut off at the window's edge in lesson step 20 at 1024x768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea

from lossstudio.ui import appearance, layout_check


@pytest.fixture(autouse=True)
def _back_to_defaults():
    yield
    appearance.apply("light", appearance.NORMAL_SCALE)


def bars_bottom_and_fold(window) -> tuple[int, int]:
    panel = window.pages["classification"].information
    view = panel.view
    area = next(
        a
        for a in window.findChildren(QScrollArea)
        if a.widget() is not None and a.widget().isAncestorOf(view)
    )
    area.verticalScrollBar().setValue(0)
    layout_check.settle()
    bottom = view.mapTo(area.viewport(), QPoint(0, view.height())).y()
    return bottom, area.viewport().height()


@pytest.mark.parametrize(
    ("size", "presenting"), [((1280, 720), False), ((1024, 768), True), ((1920, 1080), True)]
)
def test_both_bars_are_on_screen_with_the_page_at_its_top(window, size, presenting):
    window.screen_lines, window.screen_size = size[1], size
    window.resize(*size)
    window.show()
    if presenting:
        window.set_presenting(True, full_screen=False)
        window.resize(*size)
    window.show_tab("classification")
    window.pages["classification"].show_page("information")
    layout_check.settle(6)
    bottom, fold = bars_bottom_and_fold(window)
    window.set_presenting(False, full_screen=False)
    window.screen_lines = window.screen_size = None
    assert bottom <= fold, (bottom, fold)
