"""One gesture protocol: every slider and every draggable item of every tab, dragged with the
real mouse over several frames, makes exactly one undo step, and the session reports each
frame as a preview (finished False) and the end once (finished True).
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QSlider, QStyle, QStyleOptionSlider

from lossstudio.ui.widgets.number_field import SliderField
from tests.ui import mouse

FRAMES = 6


class Recorder:
    """The session's ``changed`` reports for one tab key."""

    def __init__(self, session, key: str):
        self.key = key
        self.reports: list[bool] = []
        session.changed.connect(self._changed)

    def _changed(self, key, _state, finished) -> None:
        if key == self.key:
            self.reports.append(finished)

    def clear(self) -> None:
        self.reports.clear()


def _send(widget, kind, pos: QPoint, button, buttons) -> None:
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def drag_slider(slider: QSlider, frames: int = FRAMES) -> None:
    """Press the handle, move it right in ``frames`` moves (button held), release."""
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    start = handle.center()
    room = slider.width() - start.x() - handle.width()
    if room < 8 * frames:  # near the right end: drag to the left
        room = -(start.x() - handle.width())
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _send(slider, QEvent.Type.MouseButtonPress, start, left, left)
    end = start
    for i in range(1, frames + 1):
        end = QPoint(start.x() + round(room * 0.6 * i / frames), start.y())
        _send(slider, QEvent.Type.MouseMove, end, none, left)
        QApplication.processEvents()
    _send(slider, QEvent.Type.MouseButtonRelease, end, left, none)
    QApplication.processEvents()


def sub_pages(tab):
    """Each page of the tab in turn (the catalog's and the classification's inner tabs; on
    the Descent tab each optimizer in focus, on a surface with a condition number)."""
    if tab.key == "descent":
        from lossstudio.engine.descent import OPTIMIZERS

        for name in OPTIMIZERS:
            state = dataclasses.replace(tab.state(), surface="bowl")
            tab.set_state(state.with_racing(name, True).with_focus(name))
            QApplication.processEvents()
            yield
        return
    inner = getattr(tab, "pages", None) if tab.key == "catalog" else getattr(tab, "panels", None)
    if inner is None:
        yield
        return
    for index in range(inner.count()):
        inner.setCurrentIndex(index)
        QApplication.processEvents()
        yield


def one_step(window, tab, recorder, gesture, name: str) -> None:
    stack = window.undo_stack
    count, before = stack.index(), tab.state()
    recorder.clear()
    gesture()
    assert tab.state() != before, f"{name}: the drag changed nothing"
    assert stack.index() == count + 1, f"{name}: {stack.index() - count} undo steps"
    assert recorder.reports.count(False) >= 3, f"{name}: previews {recorder.reports}"
    assert recorder.reports[-1] is True and recorder.reports.count(True) == 1, (
        f"{name}: reports {recorder.reports}"
    )
    stack.undo()
    assert tab.state() == before, f"{name}: undo did not restore the state"


@pytest.mark.parametrize(
    "key",
    [
        "catalog",
        "regression",
        # Descent's sliders (each re-walks six optimizers): ~11 s, in the slow stage
        pytest.param("descent", marks=pytest.mark.slow),
        "classification",
    ],
)
def test_every_slider_drag_is_one_undo_step(window, key):
    window.show_tab(key)
    tab = window.pages[key]
    recorder = Recorder(window.session, key)
    dragged = 0
    for _ in sub_pages(tab):
        for field in tab.findChildren(SliderField):
            if not field.isVisible() or not field.isEnabled():
                continue
            one_step(
                window, tab, recorder, lambda f=field: drag_slider(f.slider), field.objectName()
            )
            dragged += 1
    visible_sliders = [s for s in tab.findChildren(QSlider) if s.isVisible()]
    assert all(isinstance(s.parent(), SliderField) for s in visible_sliders)
    assert dragged >= {"catalog": 3, "regression": 2, "descent": 9, "classification": 1}[key]


def _regression_items(tab):
    state = tab.state()
    index = max(range(state.m), key=lambda i: state.y[i])  # far above the line
    point = (state.x[index], state.y[index])
    _, (x1, z1) = tab.handle_points()
    views = tab.views
    views.views.setCurrentWidget(views.contour)
    return {
        "line body": lambda: mouse.drag(tab.plot, tab.data_box, (0.5, 3.0), (0.6, 3.5), FRAMES),
        "line handle": lambda: mouse.drag(tab.plot, tab.data_box, (x1, z1), (x1, z1 + 1.0), FRAMES),
        "point": lambda: mouse.drag(
            tab.plot, tab.data_box, point, (point[0], point[1] - 0.8), FRAMES
        ),
        "contour": lambda: mouse.drag(
            views.contour, views.contour_box, (2.5, 3.5), (1.5, 2.5), FRAMES
        ),
    }


def _catalog_items(tab):
    single, margin = tab.single, tab.margin

    def marker():
        tab.pages.setCurrentWidget(single)
        pos = single.marker.pos()
        mouse.drag(single.plot, single.plot.getPlotItem(), (pos.x(), pos.y()), (-1.0, 4.0), FRAMES)

    def cursor():
        tab.pages.setCurrentWidget(margin)
        start = (tab.state().margin, 2.0)
        mouse.drag(margin.plot, margin.plot.getPlotItem(), start, (-1.2, 2.0), FRAMES)

    return {"marker": marker, "margin cursor": cursor}


def _classification_items(tab):
    binary, why = tab.binary_plot, tab.why_not_mse

    def student():
        tab.panels.setCurrentIndex(0)
        start = binary.point_position(0)
        mouse.drag(binary.view, binary.plot, start, (0.9, start[1]), FRAMES)

    def map_marker(i):
        tab.panels.setCurrentIndex(2)
        x, y = why.markers[i].getData()
        mouse.drag(why.views[i], why.maps[i], (x[0], y[0]), (x[0] + 1.0, y[0] - 1.0), FRAMES)

    def gradient():
        tab.panels.setCurrentIndex(2)
        x, y = why.gradient_points.getData()
        mouse.drag(why.gradient_view, why.gradient, (x[1], y[1]), (7.0, y[1]), FRAMES)

    return {
        "student point": student,
        "MSE map marker": lambda: map_marker(0),
        "cross-entropy map marker": lambda: map_marker(1),
        "gradient point": gradient,
    }


ITEMS = {
    "regression": _regression_items,
    "catalog": _catalog_items,
    "classification": _classification_items,
}


@pytest.mark.parametrize("key", ["catalog", "regression", "classification"])
def test_every_draggable_item_is_one_undo_step(window, key):
    window.show_tab(key)
    tab = window.pages[key]
    recorder = Recorder(window.session, key)
    for name, gesture in ITEMS[key](tab).items():
        one_step(window, tab, recorder, gesture, name)
