"""Small things a projector shows: pointing at a plot adds nothing, Reset clears the banner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui import mouse


@pytest.fixture
def regression(window):
    window.show_tab("regression")
    return window.pages["regression"]


def test_a_plain_click_on_empty_space_adds_no_point_but_says_how(window, regression):
    tab = regression
    before = tab.state()
    mouse.click(tab.plot, tab.data_box, (0.05, 5.2))
    assert tab.state() == before
    assert "Shift+click or double-click" in window.statusBar().currentMessage()
    mouse.double_click(tab.plot, tab.data_box, (0.05, 5.2))
    assert tab.state().m == before.m + 1
    assert tab.state().x[-1] == pytest.approx(0.05, abs=0.01)
    mouse.click(tab.plot, tab.data_box, (0.9, 2.2), modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert tab.state().m == before.m + 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert tab.state() == before


def test_reset_clears_the_loaded_banner(window, regression, tmp_path):
    path = tmp_path / "five.csv"
    path.write_text("x,y\n0,1\n1,2\n2,2\n3,4\n4,5\n", encoding="utf-8")
    assert regression.load_csv(str(path))
    assert regression.banner.isVisible() and regression.message.text() == "Loaded 5 points."
    window.reset_current_tab()
    assert not regression.banner.isVisible()
    assert regression.state().m == 50
