"""The Descent tab with real key presses and clicks: markers on the engine's paths."""

import dataclasses
import warnings

import numpy as np
import pytest
from numpy.testing import assert_allclose
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lossstudio.engine import surfaces
from lossstudio.engine.descent import OPTIMIZERS, descend
from lossstudio.model.descent import MAX_STEPS, TOLERANCE, DescentState
from lossstudio.ui.descent import DescentTab
from tests.ui import mouse


@pytest.fixture
def tab(qtbot):
    """The tab alone (building the whole window for every test would be slow)."""
    page = DescentTab()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.plots.contour.setFocus()
    return page


@pytest.fixture
def window_tab(window):
    window.show_tab("descent")
    page = window.pages["descent"]
    page.plots.contour.setFocus()
    return page


def engine_path(state: DescentState, name: str, surface=None) -> np.ndarray:
    surface = surface or surfaces.chapter_surface()
    optimizer = state.settings_for(name).optimizer()
    return descend(surface.gradient, state.start, optimizer, MAX_STEPS, tolerance=TOLERANCE).path


def marker(tab: DescentTab, name: str) -> tuple[float, float]:
    return tab.plots.runners[name].current()


def drawn_path(tab: DescentTab, name: str) -> np.ndarray:
    xs, ys = tab.plots.runners[name].path.getData()
    return np.column_stack([xs, ys])


def test_right_key_steps_along_the_engines_path_and_left_goes_back(qtbot, window_tab):
    tab = window_tab
    state = tab.state().with_focus("momentum")
    tab.set_state(state)
    path = engine_path(state, "momentum")
    for k in range(1, 8):
        qtbot.keyClick(tab.plots.contour, Qt.Key.Key_Right)
        assert tab.state().iteration == k
        assert_allclose(marker(tab, "momentum"), path[k])
    qtbot.keyClick(tab.plots.contour, Qt.Key.Key_PageDown)
    assert_allclose(marker(tab, "momentum"), path[8])
    for k in (7, 6):
        qtbot.keyClick(tab.plots.contour, Qt.Key.Key_Left)
        assert_allclose(marker(tab, "momentum"), path[k])
    qtbot.keyClick(tab.plots.contour, Qt.Key.Key_PageUp)
    assert_allclose(marker(tab, "momentum"), path[5])
    qtbot.keyClick(tab.plots.contour, Qt.Key.Key_R)
    assert tab.state().iteration == 0
    assert_allclose(marker(tab, "momentum"), path[0])
    assert tab.findChild(QLabel, "descent.iteration").text().endswith("0")


def test_learning_rate_field_changes_the_walk(qtbot, window_tab):
    tab = window_tab
    field = tab.panel.learning_rate.field
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "0,2")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    state = tab.state()
    assert state.settings_for("gd").learning_rate == pytest.approx(0.2)
    tab.plots.contour.setFocus()
    for _ in range(3):
        qtbot.keyClick(tab.plots.contour, Qt.Key.Key_Right)
    assert_allclose(marker(tab, "gd"), engine_path(state, "gd")[3])


def test_a_click_on_the_contour_sets_the_start(qtbot, window_tab):
    tab = window_tab
    mouse.click(tab.plots.contour, tab.plots.contour_plot, (1.0, 2.0))
    w, b = tab.state().start
    # a click lands on a pixel: within a pixel of the aimed point
    width, height = tab.plots.contour_plot.getViewBox().viewPixelSize()
    assert abs(w - 1.0) <= 1.5 * width and abs(b - 2.0) <= 1.5 * height
    assert tab.state().iteration == 0
    assert_allclose(marker(tab, "gd"), (w, b))
    assert tab.panel.start_w.value() == pytest.approx(w)
    qtbot.keyClick(tab.plots.contour, Qt.Key.Key_Right)
    assert_allclose(marker(tab, "gd"), engine_path(tab.state(), "gd")[1])


def test_dragging_on_the_contour_moves_the_start_with_the_walk_in_one_undo_step(window_tab):
    tab = window_tab
    window = tab.window()
    frames = []
    window.session.changed.connect(lambda key, state, finished: frames.append(finished))
    steps, start = window.undo_stack.count(), tab.state().start
    mouse.drag(tab.plots.contour, tab.plots.contour_plot, (3.3, 4.1), (1.5, 2.0))
    w, b = tab.state().start
    width, height = tab.plots.contour_plot.getViewBox().viewPixelSize()
    assert abs(w - 1.5) <= 1.5 * width and abs(b - 2.0) <= 1.5 * height
    assert frames.count(False) >= 5 and frames[-1] is True  # it followed the pointer
    assert_allclose(marker(tab, "gd"), (w, b))
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert tab.state().start == start


def test_a_race_of_six_draws_the_engines_six_paths(qtbot, tab):
    tab.apply(dataclasses.replace(tab.state(), racing=OPTIMIZERS, iteration=40))
    state = tab.state()
    for name in OPTIMIZERS:
        runner = tab.plots.runners[name]
        assert runner.isVisible()
        path = engine_path(state, name)
        shown = min(40, len(path) - 1)
        assert_allclose(drawn_path(tab, name), path[: shown + 1])
        assert_allclose(marker(tab, name), path[shown])
        _, ys = tab.plots.loss_curves[name].getData()
        assert_allclose(ys, surfaces.chapter_surface().path_values(path[: shown + 1]))


def test_learning_rate_ten_on_the_chapter_data_ends_in_the_diverged_badge(qtbot, window_tab):
    tab = window_tab
    state = tab.state()
    settings = dataclasses.replace(state.settings_for("gd"), learning_rate=10.0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tab.apply(state.with_settings(settings))
        path = engine_path(tab.state(), "gd")
        for _ in range(len(path) + 2):
            qtbot.keyClick(tab.plots.contour, Qt.Key.Key_Right)
    badge = tab.findChild(QLabel, "descent.badge")
    # one step count: the badge's is the header's iteration at the walk's end
    assert badge.text() == f"diverged after {len(path) - 1} steps"
    assert tab.iteration.text() == f"Iteration {len(path) - 1}"
    assert badge.property("kind") == "diverged"
    assert "nan" not in tab.findChild(QLabel, "descent.readout").text()
    assert tab.state().iteration == len(path) - 1


def test_timer_stops_when_paused_and_when_every_walk_has_ended(qtbot, window_tab):
    tab = window_tab
    tab.apply(dataclasses.replace(tab.state(), racing=("gd", "adam"), speed=500.0))
    qtbot.keyClick(tab.plots.contour, Qt.Key.Key_Space)
    assert tab.state().playing and tab.timer.isActive()
    qtbot.keyClick(tab.plots.contour, Qt.Key.Key_Space)
    assert not tab.state().playing and not tab.timer.isActive()
    paused_at = tab.state().iteration
    tab.set_state(dataclasses.replace(tab.state(), iteration=tab.last_iteration() - 20))
    qtbot.keyClick(tab.plots.contour, Qt.Key.Key_Space)
    assert tab.timer.isActive()
    qtbot.waitUntil(lambda: not tab.timer.isActive(), timeout=20000)
    assert tab.state().iteration == tab.last_iteration() >= paused_at
    assert not tab.state().playing
    badge = tab.findChild(QLabel, "descent.badge")
    assert badge.property("kind") == "converged"
    assert badge.text() == f"converged in {len(engine_path(tab.state(), 'gd')) - 1} steps"


def test_play_button_and_timer_after_divergence(qtbot, tab):
    state = tab.state()
    settings = dataclasses.replace(state.settings_for("gd"), learning_rate=10.0)
    tab.apply(dataclasses.replace(state.with_settings(settings), speed=500.0))
    qtbot.mouseClick(tab.panel.play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.timer.isActive(), timeout=5000)
    assert tab.findChild(QLabel, "descent.badge").property("kind") == "diverged"
    assert tab.panel.play.text() == "Play"


@pytest.mark.parametrize("surface", ["bowl", "banana", "regression"])
def test_other_surfaces_walk_on_the_engines_surface(qtbot, window_tab, surface):
    tab = window_tab
    index = tab.panel.surface.findData(surface)
    tab.panel.surface.setCurrentIndex(index)
    tab.panel.surface.activated.emit(index)
    state = tab.state()
    assert state.surface == surface
    expected = {
        "bowl": surfaces.bowl_surface(state.condition),
        "banana": surfaces.banana_surface(),
        "regression": surfaces.chapter_surface(),  # no Regression data yet: the fallback
    }[surface]
    assert state.start == expected.start
    tab.plots.contour.setFocus()
    for _ in range(5):
        qtbot.keyClick(tab.plots.contour, Qt.Key.Key_Right)
    assert_allclose(marker(tab, "gd"), engine_path(state, "gd", expected)[5])
    assert tab.plots.inset.isVisible() == (expected.data is not None)


def test_regression_data_is_read_from_the_regression_tab(qtbot, window_tab, window):
    tab = window_tab
    tab = window_tab
    regression = window.pages["regression"]
    points = ((0.0, 1.0, 2.0, 3.0), (1.0, 3.0, 2.0, 5.0))
    regression.set_state(dataclasses.replace(regression.state(), x=points[0], y=points[1]))
    tab._choose_surface("regression")
    state = tab.state()
    assert state.data_x == points[0] and state.uses_own_data()
    surface = surfaces.data_surface(*points)
    assert_allclose(state.start, surface.start)
    assert tab.panel.note.text().startswith("4 points")
    qtbot.keyClick(tab.plots.contour, Qt.Key.Key_Right)
    assert_allclose(marker(tab, "gd"), engine_path(state, "gd", surface)[1])
    # the points change on the Regression tab; coming back re-reads them
    window.show_tab("regression")
    regression.set_state(
        dataclasses.replace(regression.state(), x=(0.0, 1.0, 2.0), y=(0.0, 1.0, 4.0))
    )
    window.show_tab("descent")
    assert tab.state().data_x == (0.0, 1.0, 2.0)


def test_set_state_round_trip_and_undo(qtbot, window_tab, window):
    tab = window_tab
    state = DescentState(
        surface="bowl",
        condition=30.0,
        start=(-3.0, 1.0),
        focus="adam",
        racing=("momentum", "adam"),
        iteration=12,
        log_loss=True,
        equal_aspect=True,
    )
    tab.set_state(DescentState.from_json(state.to_json()))
    assert tab.state() == state
    path = engine_path(state, "adam", surfaces.bowl_surface(30.0))
    assert_allclose(marker(tab, "adam"), path[12])
    assert tab.panel.hyper["beta1"].isVisible() and not tab.panel.hyper["momentum"].isVisible()
    assert tab.plots.loss_plot.getAxis("left").logMode
    assert not tab.timer.isActive()
    tab.panel.race["gd"].click()
    assert "gd" in tab.state().racing
    window.undo_action.trigger()
    assert tab.state() == state


def test_retranslate_and_theme_change_keep_the_state(qtbot, tab):
    from lossstudio.ui import style

    state = dataclasses.replace(tab.state(), racing=OPTIMIZERS, iteration=9, focus="gd")
    tab.set_state(state)
    try:
        style.set_theme(style.Theme("dark", 1.5))
        assert tab.state() == state
        assert_allclose(marker(tab, "adam"), engine_path(state, "adam")[9])
    finally:
        style.set_theme(style.Theme())
    tab.retranslate()
    assert tab.panel.play.text() == "Play"


def test_the_gradients_read_with_the_same_precision(tab):
    """Side by side in the header and in step 4 of the five steps: 3 significant digits each,
    trailing zeros kept ("∂J/∂w = 1   ∂J/∂b = 1.8" read as if the two differed in precision)."""
    import re

    readout = tab.findChild(QLabel, "descent.readout")
    for iteration in (0, 1, 5):
        tab.set_state(dataclasses.replace(tab.state(), iteration=iteration))
        gradients = re.findall(r"∂J/∂[wb] = ([^\s,;]+)", readout.text())
        assert len(gradients) == 2 and "-" not in readout.text()
        for text in gradients:
            digits = re.sub(r"e.*|[^0-9]", "", text).lstrip("0")
            assert len(digits) == 3, gradients
        steps = tab.words.five_steps.text()
        assert f"∂J/∂w = {gradients[0]}, ∂J/∂b = {gradients[1]};" in steps


@pytest.mark.parametrize("log_loss", [False, True])
def test_the_loss_now_is_drawn_inside_the_loss_axis(tab, log_loss):
    """At iteration 0 the curve is one point and draws nothing: a dot shows J there, inside
    the axis; at every iteration the axis holds each drawn loss and the current one."""
    from lossstudio.model.walks import walks_of

    tab.set_state(dataclasses.replace(tab.state(), log_loss=log_loss, iteration=0))
    for iteration in (0, 3, 40):
        tab.set_state(dataclasses.replace(tab.state(), iteration=iteration))
        walk = walks_of(tab.state())["gd"]
        now = float(walk.losses[walk.index(iteration)])
        xs, ys = tab.plots.now_dots.getData()
        expected = np.log10(now) if log_loss else now
        assert list(xs) == [walk.index(iteration)] and ys[0] == pytest.approx(expected)
        low, high = tab.plots.loss_plot.viewRange()[1]
        _, drawn = tab.plots.loss_curves["gd"].getData()
        assert low <= min(drawn.min(), ys[0]) and max(drawn.max(), ys[0]) <= high
