"""The session: every tab's state in one place, one signal for every change of it."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from lossstudio.model import regression as regression_model
from lossstudio.model.catalog import CatalogState
from lossstudio.ui.session import Session


@pytest.fixture
def session(qapp):
    session = Session({"catalog": CatalogState})
    session.reports = []
    session.steps = []
    session.changed.connect(lambda key, state, done: session.reports.append((key, state, done)))
    session.committed.connect(lambda key, before, after: session.steps.append((before, after)))
    return session


def test_a_drag_is_previews_then_one_end_and_one_undo_step(session):
    start = session.state("catalog")
    frames = [dataclasses.replace(start, prediction=p) for p in (0.5, 0.7, 0.9)]
    for frame in frames:
        session.preview("catalog", frame)
    assert [done for _key, _state, done in session.reports] == [False, False, False]
    assert session.gesture_active("catalog") and session.steps == []
    session.finish("catalog")
    assert session.reports[-1] == ("catalog", frames[-1], True)
    assert session.steps == [(start, frames[-1])]
    assert not session.gesture_active("catalog")
    session.finish("catalog")  # nothing in progress: nothing to report
    assert len(session.reports) == 4 and len(session.steps) == 1


def test_apply_ends_a_gesture_and_set_state_is_no_undo_step(session):
    start = session.state("catalog")
    moved = dataclasses.replace(start, prediction=0.5)
    final = dataclasses.replace(start, prediction=0.25)
    session.preview("catalog", moved)
    session.change("catalog", final, True)  # the release carries the last value
    assert session.steps == [(start, final)]
    session.set_state("catalog", start)
    assert session.reports[-1] == ("catalog", start, True)
    assert session.steps == [(start, final)]
    session.apply("catalog", start)  # no change: no undo step
    assert len(session.steps) == 1
    with pytest.raises(KeyError):
        session.set_state("nonsense", start)


def test_window_session_holds_unbuilt_tabs_and_undo_goes_through_it(window):
    session = window.session
    assert not window.pages.is_built("regression")
    state = regression_model.with_line(session.state("regression"), -0.75, 1.25)
    session.apply("regression", state)  # one undo step, the tab not built yet
    assert window.undo_stack.count() == 1
    tab = window.pages["regression"]
    assert tab.state() is state and tab.equation.toPlainText() == "z = -0.75x + 1.25"
    window.undo_stack.undo()
    assert session.state("regression") == regression_model.default_state()
    assert tab.equation.toPlainText() == "z = 2x + 2"
    reports = []
    session.changed.connect(lambda key, s, done: reports.append((key, done)))
    window.undo_stack.redo()
    assert reports == [("regression", True)]
    assert tab.state() == state


def test_scene_round_trip_through_the_session(window, tmp_path):
    session = window.session
    catalog = dataclasses.replace(session.state("catalog"), prediction=0.5)
    session.set_state("catalog", catalog)
    path = tmp_path / "scene.json"
    assert window.save_scene(str(path))
    session.set_state("catalog", CatalogState())
    assert window.open_scene(str(path))
    assert session.state("catalog") == catalog
    window.undo_stack.undo()
    assert session.state("catalog") == CatalogState()


def test_descent_reads_the_regression_points_from_the_session(window):
    from lossstudio.ui.descent import tab as descent_tab

    assert "findChild" not in inspect.getsource(descent_tab)
    session = window.session
    descent = window.pages["descent"]
    assert not window.pages.is_built("regression")
    points = ((0.0, 1.0, 2.0, 3.0), (1.0, 3.0, 2.0, 5.0))
    session.set_state(
        "regression", regression_model.with_data(session.state("regression"), *points)
    )
    descent._choose_surface("regression")
    assert descent.state().data_x == points[0]
    steps = window.undo_stack.count()
    # the points change on the Regression tab (a person, undo, a scene): Descent follows
    session.apply(
        "regression",
        regression_model.with_data(session.state("regression"), (0.0, 1.0, 2.0), (0.0, 1.0, 4.0)),
    )
    assert descent.state().data_x == (0.0, 1.0, 2.0)
    assert descent.panel.note.text().startswith("3 points")
    assert window.undo_stack.count() == steps + 1  # the Regression tab's step only
    # a line drag (no new points) leaves the Descent state alone
    before = descent.state()
    session.preview("regression", regression_model.with_line(session.state("regression"), 1.0, 0.0))
    session.finish("regression")
    assert descent.state() is before
