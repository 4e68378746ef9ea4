"""Property (issue 19): every state the app reaches through its own inputs saves to a scene
that opens again to the same state.

The inputs are the app's own: numbers typed (through the fields' parser and the tab's clamps),
points added, dragged and deleted (the gestures' model functions), points loaded from a CSV
file the app's reader accepts, and the Descent tab's copy of the Regression data.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lossstudio.model import csv_data
from lossstudio.model import regression as model
from lossstudio.model import scene as scenes
from lossstudio.model.catalog import CatalogState
from lossstudio.model.descent import DescentState
from lossstudio.model.numbers import NumberError, parse_number
from lossstudio.model.regression import RegressionState

TYPES = {"catalog": CatalogState, "regression": RegressionState, "descent": DescentState}
# what a person can type or drag to: any float, far beyond every cap included
anything = st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from(
    [0.0, -0.0, 5e-324, 1e-320, 1e9, -1e9, 1e9 + 1e3, 1e300, -1e308]
)
typed = st.one_of(anything.map(repr), st.sampled_from(["1e400", "nan", "１２", "3,5", "-0", ""]))

operation = st.one_of(
    st.tuples(st.just("add"), anything, anything),
    st.tuples(st.just("move"), st.integers(0, 1000), anything, anything),
    st.tuples(st.just("delete"), st.integers(0, 1000)),
    st.tuples(st.just("line"), typed, typed),
    st.tuples(st.just("csv"), st.lists(st.tuples(anything, anything), min_size=0, max_size=8)),
)


def step(state: RegressionState, op) -> RegressionState:
    kind = op[0]
    if kind == "add":
        return model.add_point(state, op[1], op[2])
    if kind == "move":
        return model.move_point(state, op[1] % state.m, op[2], op[3])
    if kind == "delete":
        try:
            return model.delete_point(state, op[1] % state.m)
        except ValueError:  # the tab refuses to leave fewer than two points
            return state
    if kind == "line":
        try:
            limit = model.PARAMETER_LIMIT
            w, b = (parse_number(t, minimum=-limit, maximum=limit) for t in op[1:])
        except NumberError:  # refused at the field: the value stays
            return state
        return model.with_line(state, w, b)
    with tempfile.TemporaryDirectory(prefix="lossstudio-prop-") as folder:
        path = Path(folder) / "points.csv"
        path.write_text("x,y\n" + "".join(f"{a!r},{b!r}\n" for a, b in op[1]), encoding="utf-8")
        try:
            x, y = csv_data.read_points(path)
        except csv_data.CsvError:  # refused with a message: the data stay
            return state
    return model.with_data(state, x, y)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, max_size=12), st.booleans())
def test_every_reachable_state_saves_a_scene_that_opens_to_it(operations, descent_copy):
    state = model.default_state()
    for op in operations:
        state = step(state, op)
    states = {"regression": state}
    if descent_copy:  # Descent on "Regression tab's data" copies the points as they are
        states["descent"] = DescentState(surface="regression", data_x=state.x, data_y=state.y)
    text = scenes.dumps(scenes.Scene("regression", states))
    assert scenes.loads(text, TYPES).states == states


def test_through_the_window_a_dragged_typed_and_loaded_state_opens_again(window, tmp_path):
    """The same property through the window once: Regression edited, Descent on its data,
    saved and opened again after a reset."""
    regression = window.pages["regression"]
    state = regression.state()
    for op in [("add", 1e9 + 5.0, -3.0), ("move", 3, 1e-320, 1e300), ("line", "1e6", "-0")]:
        state = step(state, op)
        regression.apply(state)
    window.show_tab("descent")
    descent = window.pages["descent"]
    box = descent.panel.surface
    box.setCurrentIndex(box.findData("regression"))
    box.activated.emit(box.currentIndex())
    states = {key: window.pages.peek(key).state() for key in window.pages}
    assert states["descent"].data_x == states["regression"].x
    path = tmp_path / "s.json"
    assert window.save_scene(str(path))
    for key in ("regression", "descent"):
        window.pages[key].apply(dataclasses.replace(window.pages[key].default_state()))
    assert window.open_scene(str(path)), window.last_message
    assert {key: window.pages.peek(key).state() for key in window.pages} == states
