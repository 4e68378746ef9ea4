"""The catalog state: validation, JSON round trip, switching losses."""

import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossstudio.model.catalog import LOSS_KEYS, CatalogState
from lossstudio.model.serial import SceneError


def test_default_is_valid_and_round_trips():
    state = CatalogState()
    assert CatalogState.from_json(json.loads(json.dumps(state.to_json()))) == state
    assert state.table_labels == (1, 1, 1)
    assert state.table_first == (1, 2, 3) and state.table_second == (1, 3, 3)


@given(
    st.sampled_from(LOSS_KEYS),
    st.floats(-3, 3),
    st.floats(-10, 10),
    st.floats(-3, 3),
)
def test_switching_loss_gives_a_valid_state(key, label, prediction, start):
    state = CatalogState().with_loss("squared")
    state = dataclasses.replace(state, label=label, prediction=prediction % 3, start=start)
    switched = state.with_loss(key)
    assert switched.problem() == ""
    assert CatalogState.from_json(switched.to_json()) == switched


def test_label_conventions():
    state = CatalogState()
    assert state.with_loss("log").label == 1.0
    assert dataclasses.replace(state, label=-2.0).with_loss("log").label == 0.0
    assert dataclasses.replace(state, label=-2.0).with_loss("hinge").label == -1.0
    assert state.with_loss("log").prediction == 1.0  # clamped into [0, 1]
    # the walk does not start at a = 0, where -ln a is infinite (Step was disabled)
    assert state.start < 0 and state.with_loss("log").start == 0.1
    assert dataclasses.replace(state, start=2.5).with_loss("log").start == 0.9
    assert dataclasses.replace(state, start=0.3).with_loss("log").start == 0.3


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"loss": "cubic"}, "loss"),
        ({"loss": "hinge", "label": 0.5}, "label"),
        ({"loss": "log", "prediction": 1.5}, "prediction"),
        ({"steps": 999}, "steps"),
        ({"steps": True}, "steps"),
        ({"learning_rate": 0}, "learning_rate"),
        ({"shown": [True] * 5}, "shown"),
        ({"table_first": [1, 2]}, "table_first"),
        ({"table_first": [1, 2, float("nan")]}, "table_first"),
        ({"margin": "x"}, "margin"),
    ],
)
def test_bad_json_is_a_scene_error(change, message):
    data = {**CatalogState().to_json(), **change}
    with pytest.raises(SceneError, match=message):
        CatalogState.from_json(data)
    with pytest.raises(SceneError):
        CatalogState.from_json([1, 2])


def test_invalid_states_cannot_be_built():
    with pytest.raises(ValueError):
        CatalogState(loss="hinge", label=0.0)
