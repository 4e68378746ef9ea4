"""The Descent tab live, as a hall watches it: the speed set is the speed delivered (clocked
steps that catch up), a default walk that converges in a watchable time with its −∇J label on
the map, Reset that resets the loss axis, one step count, the badge's four states, and where a
diverged walk went."""

from __future__ import annotations

import dataclasses

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lossstudio.engine.descent import OPTIMIZERS
from lossstudio.model.walks import HEAD, TAIL, drawn_indices
from lossstudio.ui.descent.walks import surface_of, walks_of


class FakeClock:
    """Stands in for the tab's QElapsedTimer: the test says how much time has passed."""

    def __init__(self):
        self.ms = 0

    def start(self):
        self.ms = 0

    def elapsed(self):
        return self.ms


def descent(window):
    window.show_tab("descent")
    tab = window.pages["descent"]
    tab.plots.contour.setFocus()
    QApplication.processEvents()
    return tab


def scene_rect(text):
    """Where a pyqtgraph TextItem's text is drawn, in scene pixels (after a paint)."""
    for view in text.scene().views():
        view.viewport().repaint()
    return text.textItem.mapRectToScene(text.textItem.boundingRect())


def with_rate(state, rate, name="gd"):
    return state.with_settings(dataclasses.replace(state.settings_for(name), learning_rate=rate))


def test_playback_delivers_the_speed_set_and_late_frames_catch_up(window):
    tab = descent(window)
    tab.clock = FakeClock()
    tab.apply(dataclasses.replace(tab.state(), speed=20.0))
    tab.toggle_play()
    assert tab.state().playing and tab.timer.isActive()
    tab.clock.ms = 20  # a tick before the first step is due draws nothing
    tab._tick()
    assert tab.state().iteration == 0
    tab.clock.ms = 1000  # one second, however few ticks came: 20 steps
    tab._tick()
    assert tab.state().iteration == 20
    tab.clock.ms = 2550  # a late timer: the walk is where the clock says, not one step on
    tab._tick()
    assert tab.state().iteration == 51
    tab.toggle_play()
    tab.apply(dataclasses.replace(tab.state(), speed=100.0))
    tab.toggle_play()  # the clock starts again from where the walk is
    tab.clock.ms = 100
    tab._tick()
    assert tab.state().iteration == 61


def test_a_long_walk_draws_a_bounded_number_of_points(window):
    assert drawn_indices(HEAD + TAIL) is None
    for count in (HEAD + TAIL + 1, 1000, 3001):
        index = drawn_indices(count)
        assert len(index) <= HEAD + TAIL + 2
        assert list(index[:HEAD]) == list(range(HEAD)) and index[-1] == count - 1
        assert np.all(np.diff(index) > 0)
    tab = descent(window)
    state = with_rate(tab.state(), 0.002)
    tab.set_state(dataclasses.replace(state, iteration=2900))
    walk = walks_of(tab.state())["gd"]
    xs, ys = tab.plots.runners["gd"].path.getData()
    assert len(xs) <= HEAD + TAIL + 2
    np.testing.assert_array_equal(np.column_stack([xs, ys])[-1], walk.descent.path[2900])
    np.testing.assert_array_equal(xs[:HEAD], walk.descent.path[:HEAD, 0])


def test_the_default_walk_converges_watchably_with_its_label_on_the_map(window):
    tab = descent(window)
    state = tab.state()
    walk = walks_of(state)["gd"]
    assert walk.descent.converged and walk.steps <= 150  # was 278
    assert walk.steps / state.speed <= 7.5  # seconds at the default speed
    view = surface_of(state).view
    w, b = state.start
    assert view[0] < w < view[1] and view[2] < b < view[3]
    box = tab.plots.contour_plot.getViewBox()
    label = tab.plots.gradient_label
    assert label.isVisible() and label.toPlainText() == "−∇J"
    assert box.sceneBoundingRect().contains(scene_rect(label))


def test_badge_paused_walking_converged_and_header_agree(window):
    tab = descent(window)
    badge = tab.badge
    assert (badge.text(), badge.property("kind")) == ("paused", "paused")
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_PageDown)
    assert (badge.text(), badge.property("kind")) == ("paused", "paused")
    tab.toggle_play()
    assert (badge.text(), badge.property("kind")) == ("walking", "walking")
    tab.toggle_play()
    assert badge.text() == "paused"
    steps = walks_of(tab.state())["gd"].steps
    tab.set_state(dataclasses.replace(tab.state(), iteration=steps))
    assert badge.text() == f"converged in {steps} steps"
    assert tab.iteration.text() == f"Iteration {steps}"
    assert badge.property("kind") == "converged"


def test_a_diverged_walk_says_where_it_left_the_map(window):
    tab = descent(window)
    tab.apply(with_rate(tab.state(), 10.0))
    assert not tab.off_map.isVisible()
    walk = walks_of(tab.state())["gd"]
    assert walk.descent.diverged
    tab.set_state(dataclasses.replace(tab.state(), iteration=walk.steps))
    note = tab.off_map
    assert note.isVisible()
    w, b = walk.descent.path[-1]
    view = surface_of(tab.state()).view
    arrow = {(1, 1): "↗", (-1, 1): "↖", (1, -1): "↘", (-1, -1): "↙"}.get(
        (int(np.sign(w - view[1])), int(np.sign(b - view[3])))
    )
    assert note.toPlainText().startswith("off the map ")
    if arrow is not None and not (view[0] <= w <= view[1] or view[2] <= b <= view[3]):
        assert arrow in note.toPlainText()
    box = tab.plots.contour_plot.getViewBox()
    assert box.sceneBoundingRect().contains(scene_rect(note))
    tab.rewind()
    assert not note.isVisible()


def test_reset_after_a_divergence_resets_the_loss_axis(window):
    tab = descent(window)
    tab.apply(dataclasses.replace(with_rate(tab.state(), 10.0), racing=OPTIMIZERS))
    tab.set_state(dataclasses.replace(tab.state(), iteration=tab.last_iteration()))
    assert tab.plots.loss_plot.viewRange()[1][1] > 1e6
    window.reset_current_tab()
    top = tab.plots.loss_plot.viewRange()[1][1]
    every = np.concatenate([walk.losses for walk in walks_of(tab.state()).values()])
    assert top <= 1.2 * float(every.max())
    assert tab.plots.contour_plot.viewRange()[0][1] <= surface_of(tab.state()).view[1] + 1e-9
    assert tab.state().iteration == 0 and tab.badge.text() == "paused"


def test_one_step_is_one_step_in_both_places(window):
    window.show_tab("catalog")
    catalog = window.pages["catalog"]
    catalog.pages.setCurrentWidget(catalog.descent)
    catalog.apply(dataclasses.replace(catalog.state(), steps=1))
    assert catalog.descent.count.text() == "1 step"
    catalog.apply(dataclasses.replace(catalog.state(), steps=2))
    assert catalog.descent.count.text() == "2 steps"


def test_step_counts_in_chinese(window):
    window.set_language("zh")
    try:
        tab = descent(window)
        tab.apply(with_rate(tab.state(), 10.0))
        steps = walks_of(tab.state())["gd"].steps
        tab.set_state(dataclasses.replace(tab.state(), iteration=steps))
        assert tab.badge.text() == f"{steps} 步后发散"
        assert tab.off_map.toPlainText().startswith("已离开等高线图 ")
        tab.rewind()
        assert tab.badge.text() == "已暂停"
    finally:
        window.set_language("en")


def test_a_jump_back_while_playing_plays_on_from_there(window):
    tab = descent(window)
    tab.clock = FakeClock()
    tab.toggle_play()
    tab.clock.ms = 2000
    tab._tick()
    assert tab.state().iteration == 40
    tab.set_state(dataclasses.replace(tab.state(), iteration=5))  # an undo, a scene
    tab.clock.ms = 100
    tab._tick()
    assert tab.state().iteration == 7
