"""F5 then Esc gives the desk back its layout exactly: every widget of the tab where it was,
as large as it was (the Descent panel's rows came back 7 px taller: its combo boxes kept the
presentation font's minimum height, controls.ComboSizes)."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QComboBox, QWidget

from lossstudio.ui import appearance, layout_check


@pytest.fixture(autouse=True)
def _back_to_defaults():
    yield
    appearance.apply("light", appearance.NORMAL_SCALE)


def _geometries(tab: QWidget) -> dict[object, tuple]:
    """Where each widget of ``tab`` is and how large, and each plot axis's rectangle."""
    shown = {
        widget: (widget.mapTo(tab, widget.rect().topLeft()).toTuple(), widget.size().toTuple())
        for widget in tab.findChildren(QWidget)
        if widget.isVisible()
    }
    for view in tab.findChildren(pg.PlotWidget):
        if view.isVisible():
            for axis in view.getPlotItem().axes.values():
                shown[axis["item"]] = tuple(round(v, 2) for v in axis["item"].geometry().getRect())
    return shown


def _name(thing) -> str:
    if isinstance(thing, pg.AxisItem):
        views = thing.scene().views() if thing.scene() is not None else []
        return f"{views[0].objectName() if views else '?'} axis {thing.orientation}"
    return thing.objectName() or type(thing).__name__


@pytest.mark.parametrize("key", ["descent", "regression", "catalog"])
# (1024x768 in the slow stage, `pytest -m slow`: the default suite stays about five minutes)
@pytest.mark.parametrize("size", [(1280, 720), pytest.param((1024, 768), marks=pytest.mark.slow)])
def test_presenting_and_back_returns_the_layout_exactly(window, key, size):
    window.resize(*size)
    window.show_tab(key)
    layout_check.settle()
    tab = window.pages[key]
    before = _geometries(tab)
    assert key == "catalog" or any(isinstance(widget, QComboBox) for widget in before)
    for _round in range(2):
        window.set_presenting(True, full_screen=False)
        layout_check.settle()
        window.set_presenting(False, full_screen=False)
        layout_check.settle()  # the desk's window size comes back after a turn of events
        window.resize(*size)
        layout_check.settle()
        after = _geometries(tab)
        moved = [
            (_name(widget), before[widget], after.get(widget))
            for widget in before
            if after.get(widget) != before[widget]
        ]
        assert not moved, moved
