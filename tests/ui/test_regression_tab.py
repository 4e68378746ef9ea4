"""The Regression tab with real mouse gestures and key presses (offscreen)."""

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from lossstudio.engine import regression as engine
from lossstudio.engine.datasets import CHAPTER_LINES
from lossstudio.model import regression as model
from lossstudio.ui.regression import RegressionTab
from lossstudio.ui.regression.panel import loss_text
from tests.ui import mouse


@pytest.fixture
def tab(qtbot):
    widget = RegressionTab()
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    qtbot.waitExposed(widget)
    commits = []
    widget.committed.connect(lambda before, after: commits.append((before, after)))
    widget.commits = commits
    return widget


def shown_loss(tab) -> str:
    return tab.panel.loss.text()


def engine_loss(state) -> float:
    x, y = np.array(state.x), np.array(state.y)
    z = state.w * x + state.b
    return float(engine.mse(z, y) if state.loss == "squared" else engine.mae(z, y))


def test_the_chapters_four_lines_show_the_chapters_values(tab, qtbot):
    for index, (w, b, printed) in enumerate(CHAPTER_LINES):
        button = tab.findChild(QPushButton, f"regression.chapter_line_{index}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert (tab.state().w, tab.state().b) == (w, b)
        assert shown_loss(tab) == f"{printed:.6f}"
    assert len(tab.commits) == 3  # the first line is the default: no change


def test_translate_the_line_by_its_body(tab):
    state = tab.state()
    mouse.drag(tab.plot, tab.data_box, (0.5, 3.0), (0.6, 3.5))
    new = tab.state()
    assert new.w == state.w
    # the grabbed point (0.5, 3) follows the pointer to (0.6, 3.5): b' = b + 0.5 - 2 * 0.1
    assert new.b == pytest.approx(2.3, abs=0.02)
    assert shown_loss(tab) == loss_text(engine_loss(new))
    assert len(tab.commits) == 1 and tab.commits[0][0] == state


def test_rotate_the_line_by_a_handle(tab):
    (x0, z0), (x1, z1) = tab.handle_points()
    mouse.drag(tab.plot, tab.data_box, (x1, z1), (x1, z1 + 1.0))
    new = tab.state()
    assert new.w == pytest.approx(2.0 + 1.0 / (x1 - x0), rel=0.03)
    assert new.w * x0 + new.b == pytest.approx(z0, abs=0.02)  # turned about the other handle
    assert shown_loss(tab) == loss_text(engine_loss(new))
    assert len(tab.commits) == 1


def test_drag_add_and_delete_points(tab, qtbot):
    state = tab.state()
    index = int(np.argmax(state.y))  # the highest point, far from the line z = 2x + 2
    start = (state.x[index], state.y[index])
    mouse.drag(tab.plot, tab.data_box, start, (start[0], start[1] - 0.8))
    moved = tab.state()
    assert moved.y[index] == pytest.approx(start[1] - 0.8, abs=0.02)
    assert shown_loss(tab) == loss_text(engine_loss(moved))

    mouse.click(tab.plot, tab.data_box, (0.05, 5.2))  # pointing at empty space adds nothing
    assert tab.state() == moved
    mouse.click(tab.plot, tab.data_box, (0.05, 5.2), modifiers=Qt.KeyboardModifier.ShiftModifier)
    added = tab.state()
    assert added.m == 51 and added.x[-1] == pytest.approx(0.05, abs=0.01)
    assert shown_loss(tab) == loss_text(engine_loss(added))

    mouse.click(tab.plot, tab.data_box, (added.x[-1], added.y[-1]), Qt.MouseButton.RightButton)
    assert tab.state().m == 50
    assert shown_loss(tab) == loss_text(engine_loss(tab.state()))

    mouse.click(tab.plot, tab.data_box, (moved.x[index], moved.y[index]))  # select
    qtbot.keyClick(tab.plot, Qt.Key.Key_Delete)
    assert tab.state().m == 49
    assert shown_loss(tab) == loss_text(engine_loss(tab.state()))
    assert len(tab.commits) == 4


def test_arrow_keys_nudge_the_line(tab, qtbot):
    tab.plot.setFocus()
    qtbot.keyClick(tab.plot, Qt.Key.Key_Up)
    assert (tab.state().w, tab.state().b) == (2.0, pytest.approx(2.05))
    qtbot.keyClick(tab.plot, Qt.Key.Key_Right)
    assert tab.state().w == pytest.approx(2.05)
    qtbot.keyClick(tab.plot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert tab.state().b == pytest.approx(2.04)
    assert shown_loss(tab) == loss_text(engine_loss(tab.state()))


def test_contour_click_and_drag_set_the_line_and_slices_follow(tab):
    views = tab.views
    mouse.click(views.contour, views.contour_box, (2.5, 3.5))
    state = tab.state()
    assert state.w == pytest.approx(2.5, abs=0.03) and state.b == pytest.approx(3.5, abs=0.03)
    assert shown_loss(tab) == loss_text(engine_loss(state))
    mouse.drag(views.contour, views.contour_box, (2.5, 3.5), (1.5, 2.5))
    state = tab.state()
    assert state.w == pytest.approx(1.5, abs=0.03) and state.b == pytest.approx(2.5, abs=0.03)
    assert len(tab.commits) == 2
    marker_w = views.slice_w.marker.getData()
    marker_b = views.slice_b.marker.getData()
    assert marker_w[0][0] == state.w and marker_b[0][0] == state.b
    assert marker_w[1][0] == pytest.approx(engine_loss(state))
    assert tuple(views.marker.getData()[0]) == (state.w,)


def test_fields_and_snap_and_loss_switch(tab, qtbot):
    field = tab.panel.b.field
    field.setFocus()
    field.setText("３,5")  # full-width digit and a comma decimal (keyClicks types ASCII only)
    field.setModified(True)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert tab.state().b == 3.5
    assert shown_loss(tab) == "0.182604"
    field.selectAll()
    qtbot.keyClicks(field, "nan")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert tab.state().b == 3.5 and field.last_error

    tab.panel.loss_kind.setCurrentIndex(1)
    assert tab.state().loss == "absolute"
    assert shown_loss(tab) == loss_text(engine_loss(tab.state()))
    qtbot.mouseClick(tab.panel.snap_button, Qt.MouseButton.LeftButton)
    x, y = np.array(tab.state().x), np.array(tab.state().y)
    assert (tab.state().w, tab.state().b) == engine.least_absolute(x, y)


def test_outlier_pulls_squared_fit_harder(tab):
    tab.panel.preset_chosen.emit("outlier")
    state = tab.state()
    x, y = np.array(state.x), np.array(state.y)
    squared, absolute = engine.least_squares(x, y), engine.least_absolute(x, y)
    assert abs(squared[0] - 2) > abs(absolute[0] - 2)
    tab.apply(replace(state, best_fit=True))
    assert tab.best_line.getData()[0] is not None
    assert tab.panel.toggles["best_fit"].isChecked()


@pytest.mark.parametrize(
    "content",
    [
        b"x,y\n1,2\n3,abc\n",
        b"x,y\n1,2\n3,nan\n",
        b"x,y\n1,2\n",
        b"time,value\n1,2\n3,4\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00",
        b"x,y\n1,2\n\xff,3\n",
    ],
)
def test_bad_csv_shows_a_message_and_keeps_the_data(tab, tmp_path, content):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = tab.state()
    assert not tab.load_csv(str(path))
    assert tab.state() == before and tab.commits == []
    assert tab.banner.isVisible()
    assert "bad.csv" in tab.message.text() and "kept" in tab.message.text()


def test_huge_csv_is_refused(tab, tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as stream:
        stream.truncate(25 * 1024 * 1024)
    before = tab.state()
    assert not tab.load_csv(str(path))
    assert tab.state() == before and "MB" in tab.message.text()


def test_csv_save_and_load(tab, tmp_path):
    path = tmp_path / "points.csv"
    assert tab.save_csv(str(path))
    tab.panel.preset_chosen.emit("three")
    assert tab.state().m == 3
    assert tab.load_csv(str(path))
    assert tab.state().m == 50 and tab.state().preset == ""
    assert shown_loss(tab) == "0.530669"


def test_set_state_renders_any_state_exactly(tab):
    state = model.RegressionState(
        x=(0.0, 1.0, 2.0, 5.0),
        y=(1.0, -1.0, 4.0, 2.0),
        w=-0.75,
        b=1.25,
        loss="absolute",
        residuals=False,
        squares=False,
        best_fit=True,
        equal_aspect=True,
        preset="",
    )
    tab.set_state(state)
    assert tab.commits == []
    assert shown_loss(tab) == loss_text(engine_loss(state))
    assert tab.panel.w.field.value() == -0.75 and tab.panel.b.field.value() == 1.25
    assert not tab.panel.toggles["residuals"].isChecked()
    assert tab.panel.toggles["equal_aspect"].isChecked()
    assert tab.panel.loss_kind.currentData() == "absolute"
    assert not tab.squares.isVisible()
    assert tab.views.contour_box.state["aspectLocked"]
    assert list(tab.points.getData()[0]) == list(state.x)
    assert tab.equation.toPlainText() == "z = -0.75x + 1.25"
    tab.set_state(tab.default_state())
    assert shown_loss(tab) == "0.530669"


def test_large_data_grid_is_not_recomputed_on_a_line_drag(tab, monkeypatch):
    x, y = (np.linspace(0, 1, 10_000), np.linspace(3, 5, 10_000))
    tab.apply(model.with_data(tab.state(), x, y))
    calls = []
    monkeypatch.setattr(tab.views, "set_grid", lambda *a, **k: calls.append(a))
    mouse.drag(tab.plot, tab.data_box, (0.5, 3.0), (0.5, 3.2))
    assert calls == []
    assert shown_loss(tab) == loss_text(engine_loss(tab.state()))


def test_surface_without_opengl_shows_a_message(tab, qtbot):
    tab.views.views.setCurrentIndex(1)
    qtbot.mouseClick(tab.views.surface.show_button, Qt.MouseButton.LeftButton)
    assert tab.views.surface.gl_view is None
    assert "OpenGL" in tab.views.surface.message.text()


def test_theme_change_rerenders(tab, monkeypatch):
    """A theme change restyles the items and renders the state again: the contour map is
    drawn anew (its colours and lines follow the theme) and the readouts stay the state's."""
    from lossstudio.ui import style

    tab.apply(model.with_line(tab.state(), 1.0, 3.0))
    grids = []
    real = tab.views.set_grid
    monkeypatch.setattr(tab.views, "set_grid", lambda *a, **k: (grids.append(a), real(*a, **k)))
    try:
        style.set_theme(style.Theme("dark", 1.5))
        assert len(grids) == 1
        ws, bs, values = grids[0][:3]
        corner = model.with_line(tab.state(), ws[0], bs[0])
        assert values[0, 0] == pytest.approx(engine_loss(corner))
        assert shown_loss(tab) == loss_text(engine_loss(tab.state()))
        assert tab.points.opts["pen"].color().name() == style.theme().background.lower()
    finally:
        style.set_theme(style.Theme())


def test_rendering_reports_no_gesture(tab):
    """Showing a state sets the panel's boxes without their signals: no undo step, and the
    session reports the change once (a box's signal would apply it again)."""
    reports = []
    tab.session.changed.connect(lambda key, state, done: reports.append(done))
    state = replace(tab.state(), residuals=False, squares=True, best_fit=False, equal_aspect=True)
    tab.set_state(replace(state, loss="absolute", preset=""))
    assert reports == [True] and tab.commits == []
    assert not tab.panel.toggles["residuals"].isChecked()
    assert tab.panel.loss_kind.currentData() == "absolute"


def test_every_residual_square_stays_inside_the_plot(window):
    """The squares of points near the right edge turn left (they were cut by the border)."""
    window.show_tab("regression")
    tab = window.pages["regression"]
    QApplication.processEvents()
    (left, right), _ = tab.data_box.viewRange()
    rects = tab.squares._rects.ndarray()
    assert len(rects) == 50
    assert rects[:, 0].min() >= left and (rects[:, 0] + rects[:, 2]).max() <= right
